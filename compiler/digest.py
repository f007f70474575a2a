"""The compiler's own digest: which compiler (version, Python, and every source of it) made a cached result.

Every cache of the compiler's work (the typed prelude, a project's `.scalawasi/`) is keyed by this digest, so an
edit of any `.py` or `.scala` file of the compiler gives other keys and a stale result is never read. Hashing the
1.5 MB of sources costs a small build a few milliseconds on every start, so the digest is remembered beside the
file stamps it was computed from (path, size, modification and change times of each source): when the stamps are
the same the sources are too (a write always moves the change time, which no tool can set back), and any other
stamp (a file edited, added or removed) means the sources are hashed again.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

try:
    from _blake2 import blake2b  # hashlib would load OpenSSL first: a fifth of a small build's start-up
except ImportError:  # another Python implementation
    from hashlib import blake2b

from .version import VERSION

COMPILER_DIR = Path(__file__).resolve().parent
_SUFFIXES = (".py", ".scala")
_MEMO_NAME = "compiler-digest"
_known: dict[str, str] = {}  # per process: folder -> digest


def _sources(folder: Path) -> list[tuple[str, str]]:
    """(relative path, full path) of every source below folder, sorted."""
    found = []
    for here, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in files:
            if name.endswith(_SUFFIXES):
                full = os.path.join(here, name)
                found.append((os.path.relpath(full, folder), full))
    found.sort()
    return found


def _prefix() -> bytes:
    # the pickles refer to classes as this Python sees them
    return VERSION.encode() + b"\0" + sys.version.encode() + b"\0"


def content_digest(folder: Path = COMPILER_DIR) -> str:
    """A digest of the version, the Python and the names and contents of the compiler's sources below folder."""
    h = blake2b(digest_size=16)
    h.update(_prefix())
    for relative, full in _sources(folder):
        h.update(relative.replace(os.sep, "/").encode())
        with open(full, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def _stamp(folder: Path) -> str:
    h = blake2b(digest_size=16)
    h.update(_prefix())
    h.update(str(folder).encode())
    for relative, full in _sources(folder):
        info = os.stat(full)
        h.update(f"{relative}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}\0{info.st_ino}\n".encode())
    return h.hexdigest()


def compiler_digest(folder: Path = COMPILER_DIR, memo_dir: Path | None = None) -> str:
    """The content digest of the compiler's sources, remembered per process and (in memo_dir, the user's private
    cache directory's `compiler` folder by default) across processes for as long as the sources' stamps stay the
    same."""
    key = str(folder)
    found = _known.get(key)
    if found is not None:
        return found
    stamp = _stamp(folder)
    if memo_dir is None:
        from .private_dir import cache_root

        memo_dir = cache_root() / "compiler"
    found = _read_memo(memo_dir, stamp)
    if found is None:
        found = content_digest(folder)
        _write_memo(memo_dir, stamp, found)
    _known[key] = found
    return found


def _read_memo(folder: Path, stamp: str) -> str | None:
    from .private_dir import UnsafeCache, open_private_directory, read_entry

    try:
        dir_fd = open_private_directory(folder)
    except (OSError, UnsafeCache):
        return None
    try:
        text = read_entry(folder, dir_fd, _MEMO_NAME)[:200].decode("ascii")
    except (OSError, UnsafeCache, UnicodeDecodeError):
        return None
    finally:
        os.close(dir_fd)
    parts = text.split()
    if len(parts) == 2 and parts[0] == stamp and len(parts[1]) == 32:
        return parts[1]
    return None


def _write_memo(folder: Path, stamp: str, digest: str) -> None:
    """A memo that cannot be written is only a re-hash in the next process."""
    from .private_dir import UnsafeCache, open_private_directory, write_entry

    try:
        dir_fd = open_private_directory(folder)
    except (OSError, UnsafeCache):
        return
    try:
        write_entry(dir_fd, _MEMO_NAME, f"{stamp} {digest}\n".encode("ascii"))
    finally:
        os.close(dir_fd)
