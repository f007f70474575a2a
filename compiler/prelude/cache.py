"""The typed prelude kept on disk between processes, so a build does not parse and type it on every start.

The file is keyed by the package version and by a digest of the prelude's sources and of every source file of the
compiler itself: any edit (to the prelude, the parser, the typer, ...) gives another key, so a stale file is never
read. It lives in the user's private cache directory (see private_dir.py: unpickling runs code, so only a directory
no one else can write is used; the file is 0600), is written to a temporary file and renamed into place
(concurrent builds never see half a file), and anything wrong with it (missing, truncated, not private, from another
Python) means the prelude is typed again and the file rewritten.

What is stored is the typed tree and the syntax behind its symbols (typing a call of a library method reads its
definition: default and named arguments), without source spans: the prelude's code carries none in the module and
reports no diagnostics. Types that the compiler compares by identity (`t is INT`) are stored by name and come back
as the same objects.
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

from ..private_dir import UnsafeCache, cache_root, open_private_directory, verify_private
from ..source import Span
from ..version import VERSION

COMPILER_DIR = Path(__file__).resolve().parent.parent
_NOWHERE = Span(0, 0)
_RECURSION_LIMIT = 20_000  # the typed tree is deep: pickle walks it recursively


CACHE_SWITCH = "SCALAWASI_PRELUDE_CACHE"  # "off" switches the cache off


def cache_dir() -> Path | None:
    """`prelude` in the user's private scalawasi cache directory; None when switched off."""
    if os.environ.get(CACHE_SWITCH, "").lower() in ("off", "0", "no"):
        return None
    return cache_root() / "prelude"


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
        self._types = {id(v): k for k, v in _shared_types().items()}

    def persistent_id(self, obj):
        if isinstance(obj, Span):
            return "span"
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
        return self._types[pid]


def _with_recursion_limit(action):
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, _RECURSION_LIMIT))
    try:
        return action()
    finally:
        sys.setrecursionlimit(old)


def _open_entry(path: Path, flags: int, mode: int = 0o600) -> tuple[int, int]:
    """(directory descriptor, file descriptor) of an entry, through the verified private directory."""
    dir_fd = open_private_directory(path.parent)
    try:
        return dir_fd, os.open(path.name, flags | os.O_NOFOLLOW | os.O_CLOEXEC, mode, dir_fd=dir_fd)
    except BaseException:
        os.close(dir_fd)
        raise


def load(path: Path):
    """The cached program, or None when there is no usable file (missing, damaged, or not private to the user)."""
    try:
        dir_fd, fd = _open_entry(path, os.O_RDONLY)
    except (OSError, UnsafeCache):
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            verify_private(path, os.fstat(f.fileno()), directory=False)
            data = f.read()
    except (OSError, UnsafeCache):
        return None
    finally:
        os.close(dir_fd)
    try:
        return _with_recursion_limit(lambda: _Unpickler(io.BytesIO(data)).load())
    except Exception:  # noqa: BLE001 - a damaged or foreign file is only a cache miss
        return None


def store(path: Path, program) -> None:
    """Write the program atomically (a private temporary file renamed into place); a cache that cannot be written
    is silently skipped: a read-only home or a full disk must not fail the build."""
    try:
        buffer = io.BytesIO()
        _with_recursion_limit(lambda: _Pickler(buffer).dump(program))
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
        dir_fd, fd = _open_entry(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except (OSError, UnsafeCache, pickle.PicklingError, RecursionError):
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(buffer.getvalue())
        os.replace(temporary.name, path.name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        _remove_stale(dir_fd, keep=path.name)
    except OSError:
        try:
            os.unlink(temporary.name, dir_fd=dir_fd)
        except OSError:
            pass
    finally:
        os.close(dir_fd)


_KEPT = 8  # several checkouts of the compiler may share one cache directory: keep theirs too


def _remove_stale(dir_fd: int, keep: str) -> None:
    """The oldest files beyond the few most recent: each edit of the compiler leaves one behind otherwise."""
    with os.scandir(dir_fd) as it:
        files = sorted(((e.stat(follow_symlinks=False).st_mtime, e.name) for e in it
                        if e.name.startswith("prelude-") and e.name.endswith(".pickle")), reverse=True)
    for _, name in files[_KEPT:]:
        if name != keep:
            try:
                os.unlink(name, dir_fd=dir_fd)
            except OSError:
                pass
