"""The user's private cache directory (`$XDG_CACHE_HOME/scalawasi`, else `~/.cache/scalawasi`): created 0700 and
verified before every use, because what the caches hold is loaded as code (compiled modules, the pickled prelude)
and whoever could write there could run code as the user."""
from __future__ import annotations

import os
import stat
from pathlib import Path


class UnsafeCache(Exception):
    """The cache directory (or an entry) could be written by someone else: it must not be used."""


def cache_root() -> Path:
    """The user's XDG cache directory for scalawasi (an absolute $XDG_CACHE_HOME, else ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path(os.path.expanduser("~")) / ".cache"
    return root / "scalawasi"


def open_private_directory(path: Path) -> int:
    """Creates (0700) and verifies the directory and its ancestors; returns a descriptor for it (so a rename of its
    path cannot swap it afterwards). Raises UnsafeCache when it must not be used."""
    if not path.is_absolute():
        raise UnsafeCache(f"{path}: the cache directory must be an absolute path")
    create_private(path)
    verify_ancestors(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as e:
        raise UnsafeCache(f"{path}: cannot open the cache directory: {e.strerror}") from None
    try:
        verify_private(path, os.fstat(fd))
    except UnsafeCache:
        os.close(fd)
        raise
    return fd


def create_private(path: Path) -> None:
    """Creates the missing levels of path, each 0700 (an existing level is left as it is and verified later)."""
    missing = []
    level = path
    while not os.path.lexists(level):
        missing.append(level)
        if level.parent == level:
            break
        level = level.parent
    for level in reversed(missing):
        try:
            os.mkdir(level, 0o700)
        except FileExistsError:
            pass  # made meanwhile, by us or by someone else: the checks decide
        except OSError as e:
            raise UnsafeCache(f"{level}: cannot create the cache directory: {e.strerror}") from None


def verify_private(path: Path, info: os.stat_result, directory: bool = True) -> None:
    """A level of the cache (a real directory, no access for others) or an entry (a regular file no one else can
    write), owned by the user either way."""
    if directory != stat.S_ISDIR(info.st_mode) or not (directory or stat.S_ISREG(info.st_mode)):
        raise UnsafeCache(f"{path}: not a {'directory' if directory else 'regular file'}")
    if info.st_uid != os.geteuid():
        raise UnsafeCache(f"{path}: owned by uid {info.st_uid}, not by this user (uid {os.geteuid()})")
    if info.st_mode & (0o077 if directory else 0o022):
        raise UnsafeCache(f"{path}: mode {stat.S_IMODE(info.st_mode):04o}, " +
                          ("other users have access (want 0700)" if directory else "writable by other users"))


def verify_ancestors(path: Path) -> None:
    """Every directory above the cache: whoever could rename or replace a level could redirect the cache.

    Each must be owned by the user or root and writable by no one else, except a sticky directory (like /tmp),
    where others cannot rename what they do not own. Our own level `scalawasi` must be private like the cache."""
    try:
        info = os.lstat(path)
    except OSError as e:
        raise UnsafeCache(f"{path}: {e.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeCache(f"{path}: is a symbolic link")
    verify_private(path, info)
    own = path.parent
    own_info = os.lstat(own)
    if stat.S_ISLNK(own_info.st_mode):
        raise UnsafeCache(f"{own}: is a symbolic link")
    verify_private(own, own_info)
    euid = os.geteuid()
    for level in [Path(os.path.realpath(own.parent)), *Path(os.path.realpath(own.parent)).parents]:
        info = os.stat(level)
        if info.st_uid not in (0, euid):
            raise UnsafeCache(f"{level}: owned by uid {info.st_uid}, who could replace the cache directory")
        if info.st_mode & 0o022 and not info.st_mode & stat.S_ISVTX:
            raise UnsafeCache(f"{level}: mode {stat.S_IMODE(info.st_mode):04o}, writable by other users")


def read_entry(folder: Path, dir_fd: int, name: str) -> bytes:
    """The bytes of an entry of a verified private directory (folder, open as dir_fd): it must be the user's regular
    file that no one else can write, opened without following a link. Raises OSError or UnsafeCache."""
    fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=dir_fd)
    with os.fdopen(fd, "rb") as f:
        verify_private(folder / name, os.fstat(f.fileno()), directory=False)
        return f.read()


def write_entry(dir_fd: int, name: str, data: bytes) -> bool:
    """Writes an entry of a private directory atomically: a temporary file (0600) beside it, renamed into place, so
    a reader never sees half of it. False (and nothing left behind) when it cannot be written."""
    temporary = f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600,
                     dir_fd=dir_fd)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temporary, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        return True
    except OSError:
        try:
            os.unlink(temporary, dir_fd=dir_fd)
        except OSError:
            pass
        return False
