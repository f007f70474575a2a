"""A project's build cache: results of earlier builds in `.scalawasi/` at the project's root, keyed by content.

Each entry is one pickle, named by a digest of what it was computed from (`key(...)`): the texts of the files, their
places in the program, the options. Nothing is ever looked up by a file's name or time, so an entry is right for
whoever asks with the same key, and a change gives another key rather than a stale answer. Entries live in a folder
named by the compiler's digest (digest.py): another compiler (any edit of its sources) uses another folder, and the
folders of earlier compilers are removed when a new one is made.

Unpickling runs code, so the rules of private_dir.py hold here too: `.scalawasi/` and the compiler's folder in it
are created 0700 and used only when they are the user's own, private, not symbolic links, with no level above them
writable by someone else; each entry must be the user's regular file, writable by no one else, opened without
following links. Entries are written to a temporary file and renamed into place (a build killed midway, or two
builds at once, never leave half an entry), and an entry that cannot be read or unpickled is a miss. Nothing here
ever fails a build: a folder that cannot be used or written means building without the cache.

The layer is plain get/put by key, with no knowledge of the pipeline's stages: the build (pipeline.py) keeps the
converted syntax tree of each file and the finished module of the whole program; other users (a server keeping
per-method results) can keep theirs under their own kinds.
"""
from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

try:
    from _blake2 import blake2b  # hashlib would load OpenSSL first
except ImportError:  # another Python implementation
    from hashlib import blake2b

from .private_dir import UnsafeCache, open_private_directory, read_entry, write_entry

CACHE_FOLDER = ".scalawasi"
ENTRIES_KEPT = 4096  # beyond this many entries the least recently used go (every edit of a file adds one)
_RECURSION_LIMIT = 20_000  # syntax trees are deep: pickle walks them recursively


def key(*parts) -> str:
    """A digest of the parts (str, bytes, int, bool, None, or tuples of these), each told apart from the next."""
    h = blake2b(digest_size=20)
    _feed(h, parts)
    return h.hexdigest()


def _feed(h, part) -> None:
    if isinstance(part, bytes):
        h.update(b"b%d:" % len(part))
        h.update(part)
    elif isinstance(part, str):
        data = part.encode("utf-8", "surrogatepass")
        h.update(b"s%d:" % len(data))
        h.update(data)
    elif isinstance(part, (tuple, list)):
        h.update(b"t%d(" % len(part))
        for item in part:
            _feed(h, item)
        h.update(b")")
    elif part is None or isinstance(part, (bool, int)):
        h.update(repr(part).encode() + b";")
    else:
        raise TypeError(f"not a key part: {type(part).__name__}")


class BuildCache:
    """The entries of one project's cache for this compiler. `modules=False`: callers that need the module value
    itself (WAT printing), not only its bytes, skip the whole-module entries."""

    def __init__(self, root: str | Path, modules: bool = True) -> None:
        from .digest import compiler_digest

        self.root = Path(root).resolve()
        self.folder = self.root / CACHE_FOLDER / f"compiler-{compiler_digest()}"
        self.modules = modules
        self.hits = 0
        self.misses = 0
        self._dir_fd: int | None = None
        self._unusable = False

    def _directory(self) -> int | None:
        if self._dir_fd is None and not self._unusable:
            try:
                new = not self.folder.exists()
                self._dir_fd = open_private_directory(self.folder)
                if new:
                    self._remove_other_compilers()
            except (OSError, UnsafeCache):
                self._unusable = True
        return self._dir_fd

    def close(self) -> None:
        if self._dir_fd is not None:
            os.close(self._dir_fd)
            self._dir_fd = None

    def __enter__(self) -> "BuildCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, kind: str, digest: str):
        """The value stored under (kind, digest), or None (missing, damaged, not private)."""
        dir_fd = self._directory()
        if dir_fd is None:
            return None
        name = f"{kind}-{digest}.pickle"
        try:
            data = read_entry(self.folder, dir_fd, name)
            os.utime(name, dir_fd=dir_fd, follow_symlinks=False)  # recently used: kept when the folder is trimmed
            value = with_recursion_limit(lambda: pickle.loads(data))
        except Exception:  # noqa: BLE001 - missing, damaged or foreign: only a miss
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, kind: str, digest: str, value) -> None:
        """Store value under (kind, digest), atomically; silently nothing when it cannot be written."""
        dir_fd = self._directory()
        if dir_fd is None:
            return
        try:
            data = with_recursion_limit(lambda: pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        except (pickle.PicklingError, RecursionError, TypeError, AttributeError):
            return
        write_entry(dir_fd, f"{kind}-{digest}.pickle", data)

    def trim(self, kept: int = ENTRIES_KEPT) -> None:
        """Remove the least recently used entries beyond `kept`."""
        dir_fd = self._directory()
        if dir_fd is None:
            return
        try:
            with os.scandir(dir_fd) as it:
                entries = [(e.stat(follow_symlinks=False).st_mtime_ns, e.name) for e in it
                           if e.name.endswith(".pickle")]
        except OSError:
            return
        if len(entries) <= kept:
            return
        entries.sort(reverse=True)
        for _, name in entries[kept:]:
            try:
                os.unlink(name, dir_fd=dir_fd)
            except OSError:
                pass

    def _remove_other_compilers(self) -> None:
        """The folders of other compilers' digests: after an upgrade or an edit of the compiler they are dead."""
        import shutil

        parent = self.folder.parent
        for entry in os.scandir(parent):
            if entry.name.startswith("compiler-") and entry.name != self.folder.name and \
                    entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)  # (fd-based: follows no link planted inside)


def with_recursion_limit(action):
    """action(), with room for the deep recursion of pickling a syntax or typed tree."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, _RECURSION_LIMIT))
    try:
        return action()
    finally:
        sys.setrecursionlimit(old)
