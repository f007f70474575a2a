"""The typed prelude kept on disk between processes, so a build does not parse and type it on every start.

The file is keyed by the package version and by a digest of the prelude's sources and of every source file of the
compiler itself: any edit (to the prelude, the parser, the typer, ...) gives another key, so a stale file is never
read. It lives in the user's cache directory (created 0700, the file 0600), is written to a temporary file and
renamed into place (concurrent builds never see half a file), and anything wrong with it (missing, truncated,
unreadable, from another Python) means the prelude is typed again and the file rewritten.

What is stored is the typed tree without what only the prelude's own diagnostics would need: source spans (the
prelude's code carries none in the module) and the syntax trees behind its symbols. Types that the compiler
compares by identity (`t is INT`) are stored by name and come back as the same objects.
"""
from __future__ import annotations

import io
import os
import pickle
import sys
from pathlib import Path

try:
    from _blake2 import blake2b  # hashlib would load OpenSSL first: a fifth of a small build's start-up
except ImportError:  # another Python implementation
    from hashlib import blake2b

from ..source import Span
from ..version import VERSION

COMPILER_DIR = Path(__file__).resolve().parent.parent
_NOWHERE = Span(0, 0)
_RECURSION_LIMIT = 20_000  # the typed tree is deep: pickle walks it recursively


def cache_dir() -> Path | None:
    """$SCALAWASI_CACHE_DIR, else $XDG_CACHE_HOME/scalawasi, else ~/.cache/scalawasi; None when switched off
    (SCALAWASI_CACHE_DIR set to an empty string)."""
    explicit = os.environ.get("SCALAWASI_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "scalawasi"


def source_digest() -> str:
    """A digest of the prelude's Scala files and of the compiler's Python files (names and contents)."""
    h = blake2b(digest_size=16)
    h.update(VERSION.encode())
    h.update(sys.version.encode())  # the pickle refers to classes as this Python sees them
    for path in sorted(COMPILER_DIR.rglob("*")):
        if path.suffix in (".py", ".scala") and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(COMPILER_DIR)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def cache_file() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"prelude-{VERSION}-{source_digest()}.pickle"


def _shared_types() -> dict[int, str]:
    """The type objects that must keep their identity, by name."""
    from ..intrinsics.library import MEMORY_ALLOCATOR, MEMORY_SEGMENT
    from ..semantics import types as st

    named = {f"st.{k}": v for k, v in vars(st).items() if isinstance(v, st.Type) and k.isupper()}
    named["MEMORY_SEGMENT"] = MEMORY_SEGMENT
    named["MEMORY_ALLOCATOR"] = MEMORY_ALLOCATOR
    return named


class _Pickler(pickle.Pickler):
    def __init__(self, file) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        from ..syntax import ast

        self._ast_node = ast.Node
        self._types = {id(v): k for k, v in _shared_types().items()}

    def persistent_id(self, obj):
        if isinstance(obj, Span):
            return "span"
        if isinstance(obj, self._ast_node):
            return "ast"
        name = self._types.get(id(obj))
        if name is not None:
            return name
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file) -> None:
        super().__init__(file)
        self._types = _shared_types()

    def persistent_load(self, pid):
        if pid == "span":
            return _NOWHERE
        if pid == "ast":
            return None
        return self._types[pid]


def _with_recursion_limit(action):
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, _RECURSION_LIMIT))
    try:
        return action()
    finally:
        sys.setrecursionlimit(old)


def _private(path: Path) -> bool:
    """Only a file that this user owns, in a folder nobody else can write to, is unpickled."""
    try:
        folder, file = path.parent.stat(), path.stat()
    except OSError:
        return False
    uid = os.getuid()
    return folder.st_uid == uid and file.st_uid == uid and not folder.st_mode & 0o022


def load(path: Path):
    """The cached program, or None when there is no usable file."""
    if not _private(path):
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _with_recursion_limit(lambda: _Unpickler(io.BytesIO(data)).load())
    except Exception:  # noqa: BLE001 - a damaged or foreign file is only a cache miss
        return None


def store(path: Path, program) -> None:
    """Write the program atomically; a cache that cannot be written is silently skipped."""
    try:
        buffer = io.BytesIO()
        _with_recursion_limit(lambda: _Pickler(buffer).dump(program))
        folder = path.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_uid != os.getuid():
            return  # someone else's directory: never write (or later read) files there
        import tempfile

        fd, temp = tempfile.mkstemp(prefix=".prelude-", dir=folder)  # created 0600
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(buffer.getvalue())
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
        _remove_stale(folder, keep=path.name)
    except Exception:  # noqa: BLE001 - a read-only home or a full disk must not fail the build
        return


_KEPT = 8  # several checkouts of the compiler may share one cache directory: keep theirs too


def _remove_stale(folder: Path, keep: str) -> None:
    """The oldest files beyond the few most recent: each edit of the compiler leaves one behind otherwise."""
    try:
        files = sorted(folder.glob("prelude-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in files[_KEPT:]:
        if old.name != keep:
            try:
                old.unlink()
            except OSError:
                pass
