"""The run lens's temporary folders: one per worker, named after the server that made it, so that the folders of a
server that was killed (and could not clean up) are removed by the next server that starts."""
from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

PREFIX = "scalawasi-lsp-run-"
_NAME = re.compile(re.escape(PREFIX) + r"(\d+)-[A-Za-z0-9_]+")


def make() -> Path:
    """A fresh private folder (mkdtemp: random name, mode 0700) tagged with this server's process id."""
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))


def sweep_orphans(root: str | None = None) -> list[Path]:
    """Removes the run folders of servers that are no longer running; returns what it removed.

    Only folders this user owns (never a symbolic link, never someone else's, in a shared /tmp) whose server
    process is gone."""
    removed = []
    base = root or tempfile.gettempdir()
    try:
        entries = list(os.scandir(base))
    except OSError:
        return removed
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match is None or _alive(int(match[1])):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid():
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True
