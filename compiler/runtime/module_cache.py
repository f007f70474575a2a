"""A per-user cache of wasmtime's compiled machine code, kept only where no one but the user can write.

Loading a cached entry (`wasmtime.Module.deserialize`) is loading native code: whoever can write the cache can run
code as the user. So the cache lives in the user's cache directory (`$XDG_CACHE_HOME/scalawasi/modules`, else
`~/.cache/scalawasi/modules`), each level we create is made 0700, and before every use the directory and every
directory above it is verified (owned by the user or root, writable by nobody else unless sticky, our own levels
0700 and not symlinks). Entries are opened through the verified directory's descriptor, must be regular files the
user owns and only the user can write, carry the key they were written for and a checksum of their bytes, and are
written atomically (a private temporary file, then rename). Anything that fails a check is refused: the module is
compiled again in memory and the problem is reported, never "fixed" by trusting it. See docs/security.md.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

import wasmtime

# Entry layout: MAGIC, then the 32-byte SHA-256 of the key, then the 32-byte SHA-256 of the payload, then the payload.
MAGIC = b"scalawasi-cwasm-1\n"
SUFFIX = ".cwasm"
DEFAULT_SIZE_CAP = 256 * 1024 * 1024  # bytes of entries kept; the least recently used go first
SIZE_CAP_ENV = "SCALAWASI_MODULE_CACHE_MIB"  # overrides the cap (0 switches the cache off)
STALE_TEMPORARY_SECONDS = 600  # a temporary entry this old was left by a killed writer


class UnsafeCache(Exception):
    """The cache directory (or an entry) could be written by someone else: it must not be used."""


def cache_directory() -> Path:
    """Where the cache belongs: the XDG cache directory of the user (an absolute $XDG_CACHE_HOME, else ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path(os.path.expanduser("~")) / ".cache"
    return root / "scalawasi" / "modules"


def size_cap() -> int:
    raw = os.environ.get(SIZE_CAP_ENV, "")
    try:
        mib = float(raw)
    except ValueError:
        return DEFAULT_SIZE_CAP
    return int(mib * 1024 * 1024) if 0 <= mib < 1e6 else DEFAULT_SIZE_CAP


@dataclass
class ModuleCache:
    """An open, verified cache directory (held by descriptor, so a rename of its path cannot swap it)."""

    path: Path
    dir_fd: int
    cap: int
    problems: list[str] = field(default_factory=list)  # entries refused or not stored, for the user to see

    @staticmethod
    def open(path: Path | None = None, cap: int | None = None) -> "ModuleCache":
        """Creates (0700) and verifies the directory; raises UnsafeCache when it must not be used."""
        path = Path(path) if path is not None else cache_directory()
        if not path.is_absolute():
            raise UnsafeCache(f"{path}: the cache directory must be an absolute path")
        _create_private(path)
        _verify_ancestors(path)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError as e:
            raise UnsafeCache(f"{path}: cannot open the cache directory: {e.strerror}") from None
        try:
            _verify_private(path, os.fstat(fd))
        except UnsafeCache:
            os.close(fd)
            raise
        return ModuleCache(path, fd, size_cap() if cap is None else cap)

    def close(self) -> None:
        if self.dir_fd >= 0:
            os.close(self.dir_fd)
            self.dir_fd = -1

    def __enter__(self) -> "ModuleCache":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- entries -----------------------------------------------------------------------------------------------

    @staticmethod
    def key(wasm: bytes, engine_fingerprint: str) -> str:
        """An entry's key: the module's digest, the engine's configuration and wasmtime's version together."""
        return f"{hashlib.sha256(wasm).hexdigest()}|{engine_fingerprint}|wasmtime {wasmtime_version()}"

    def load(self, engine: wasmtime.Engine, key: str) -> wasmtime.Module | None:
        """The module stored under key, or None when there is none (or it is unusable: it is then removed)."""
        name = _entry_name(key)
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=self.dir_fd)
        except FileNotFoundError:
            return None
        except OSError as e:
            raise UnsafeCache(f"{self.path / name}: cannot open the entry: {e.strerror}") from None
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(fd)
            _verify_private(self.path / name, info, directory=False)
            data = f.read(min(info.st_size, self.cap) + 1)
        payload = _unwrap(data, key)
        if payload is None:
            self._remove(name)  # torn, or written for another key: rebuilt below
            return None
        try:
            module = wasmtime.Module.deserialize(engine, payload)
        except wasmtime.WasmtimeError:
            self._remove(name)
            return None
        try:
            os.utime(name, dir_fd=self.dir_fd, follow_symlinks=False)  # recently used: pruned last
        except OSError:
            pass
        return module

    def store(self, key: str, module: wasmtime.Module) -> None:
        """Writes the module's machine code under key atomically, then keeps the cache under its size cap."""
        payload = module.serialize()
        data = MAGIC + hashlib.sha256(key.encode()).digest() + hashlib.sha256(payload).digest() + payload
        if len(data) > self.cap:
            return
        name = _entry_name(key)
        temporary = f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600,
                     dir_fd=self.dir_fd)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(temporary, name, src_dir_fd=self.dir_fd, dst_dir_fd=self.dir_fd)
        except BaseException:
            self._remove(temporary)
            raise
        self.prune()

    def prune(self) -> None:
        """Removes the least recently used entries until the rest fit the size cap, and stale temporary files."""
        entries, total, now = [], 0, time.time()
        with os.scandir(self.dir_fd) as it:
            for entry in it:
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if entry.name.endswith(".tmp") and now - info.st_mtime > STALE_TEMPORARY_SECONDS:
                    self._remove(entry.name)
                elif entry.name.endswith(SUFFIX) and stat.S_ISREG(info.st_mode):
                    entries.append((info.st_mtime, entry.name, info.st_size))
                    total += info.st_size
        for _, name, size in sorted(entries):
            if total <= self.cap:
                break
            self._remove(name)
            total -= size

    def total_size(self) -> int:
        with os.scandir(self.dir_fd) as it:
            return sum(e.stat(follow_symlinks=False).st_size for e in it if e.name.endswith(SUFFIX))

    def _remove(self, name: str) -> None:
        try:
            os.unlink(name, dir_fd=self.dir_fd)
        except OSError:
            pass


def wasmtime_version() -> str:
    try:
        from importlib.metadata import version

        return version("wasmtime")
    except Exception:  # noqa: BLE001 - an unknown version still keys entries apart from known ones
        return "unknown"


def _entry_name(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest() + SUFFIX


def _unwrap(data: bytes, key: str) -> bytes | None:
    head = len(MAGIC) + 64
    if len(data) < head or not data.startswith(MAGIC):
        return None
    key_digest, payload_digest = data[len(MAGIC):len(MAGIC) + 32], data[len(MAGIC) + 32:head]
    payload = data[head:]
    if key_digest != hashlib.sha256(key.encode()).digest() or payload_digest != hashlib.sha256(payload).digest():
        return None
    return payload


def _create_private(path: Path) -> None:
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


def _verify_private(path: Path, info: os.stat_result, directory: bool = True) -> None:
    """A level of the cache (a real directory, no access for others) or an entry (a regular file no one else can
    write), owned by the user either way."""
    if directory != stat.S_ISDIR(info.st_mode) or not (directory or stat.S_ISREG(info.st_mode)):
        raise UnsafeCache(f"{path}: not a {'directory' if directory else 'regular file'}")
    if info.st_uid != os.geteuid():
        raise UnsafeCache(f"{path}: owned by uid {info.st_uid}, not by this user (uid {os.geteuid()})")
    if info.st_mode & (0o077 if directory else 0o022):
        raise UnsafeCache(f"{path}: mode {stat.S_IMODE(info.st_mode):04o}, " +
                          ("other users have access (want 0700)" if directory else "writable by other users"))


def _verify_ancestors(path: Path) -> None:
    """Every directory above the cache: whoever could rename or replace a level could redirect the cache.

    Each must be owned by the user or root and writable by no one else, except a sticky directory (like /tmp),
    where others cannot rename what they do not own. Our own level `scalawasi` must be private like the cache."""
    try:
        info = os.lstat(path)
    except OSError as e:
        raise UnsafeCache(f"{path}: {e.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeCache(f"{path}: is a symbolic link")
    _verify_private(path, info)
    own = path.parent
    own_info = os.lstat(own)
    if stat.S_ISLNK(own_info.st_mode):
        raise UnsafeCache(f"{own}: is a symbolic link")
    _verify_private(own, own_info)
    euid = os.geteuid()
    for level in [Path(os.path.realpath(own.parent)), *Path(os.path.realpath(own.parent)).parents]:
        info = os.stat(level)
        if info.st_uid not in (0, euid):
            raise UnsafeCache(f"{level}: owned by uid {info.st_uid}, who could replace the cache directory")
        if info.st_mode & 0o022 and not info.st_mode & stat.S_ISVTX:
            raise UnsafeCache(f"{level}: mode {stat.S_IMODE(info.st_mode):04o}, writable by other users")
