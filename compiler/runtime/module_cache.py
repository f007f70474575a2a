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

from ..private_dir import UnsafeCache, cache_root, open_private_directory, verify_private

# Entry layout: MAGIC, then the 32-byte SHA-256 of the key, then the 32-byte SHA-256 of the payload, then the payload.
MAGIC = b"scalawasi-cwasm-1\n"
SUFFIX = ".cwasm"
DEFAULT_SIZE_CAP = 256 * 1024 * 1024  # bytes of entries kept; the least recently used go first
SIZE_CAP_ENV = "SCALAWASI_MODULE_CACHE_MIB"  # overrides the cap (0 switches the cache off)
STALE_TEMPORARY_SECONDS = 600  # a temporary entry this old was left by a killed writer


def cache_directory() -> Path:
    """Where the cache belongs: `modules` in the user's private scalawasi cache directory."""
    return cache_root() / "modules"


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
        fd = open_private_directory(path)
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
            verify_private(self.path / name, info, directory=False)
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
