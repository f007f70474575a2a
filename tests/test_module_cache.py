"""The compiled-module cache plays it safe: another user's planted machine code never runs (docs/security.md).

Each test plays the other local user: it prepares the cache directory as they could (owned by them, writable by
them, or holding an entry they wrote) and stores under the key of program A the compiled code of program B, which
prints PWNED. Running A must print A's output, never B's.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import wasmtime

from scalawasi.compiler.runtime import module_cache as mc
from scalawasi.compiler.runtime import runner
from scalawasi.compiler.runtime.module_cache import ModuleCache, UnsafeCache
from scalawasi.compiler.runtime.runner import EngineOptions, run_module

OTHER_UID = 4242  # the other local user (the tests run as root, so they can hand files to anyone)

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="playing another user needs chown (root)")


def _printer(text: str) -> bytes:
    data = text.encode() + b"\n"
    return wasmtime.wat2wasm(f"""(module
      (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (data (i32.const 100) "{text}\\n")
      (func (export "_start")
        (i32.store (i32.const 0) (i32.const 100)) (i32.store (i32.const 4) (i32.const {len(data)}))
        (drop (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))""")


PROGRAM_A = _printer("this is program A")
PROGRAM_B = _printer("PWNED")
OPTIONS = EngineOptions()


def _engine() -> wasmtime.Engine:
    return runner._RUNTIME.engine(OPTIONS)[0]


def _key(wasm: bytes) -> str:
    return ModuleCache.key(wasm, OPTIONS.fingerprint())


def _entry_bytes(key: str, module: wasmtime.Module) -> bytes:
    """A well-formed entry: the other user knows the format as well as we do."""
    import hashlib

    payload = module.serialize()
    return mc.MAGIC + hashlib.sha256(key.encode()).digest() + hashlib.sha256(payload).digest() + payload


def _plant(directory: Path, owner: int | None = None, mode: int = 0o600) -> Path:
    """Stores B's compiled code under A's key in directory, as its owner would."""
    entry = directory / mc._entry_name(_key(PROGRAM_A))
    entry.write_bytes(_entry_bytes(_key(PROGRAM_A), wasmtime.Module(_engine(), PROGRAM_B)))
    os.chmod(entry, mode)
    if owner is not None:
        os.chown(entry, owner, -1)
    return entry


def _fresh_run_a(cache: ModuleCache | None) -> bytes:
    runner._RUNTIME._modules.clear()  # no in-memory module: the disk cache decides
    return run_module(PROGRAM_A, module_cache=cache).stdout


@pytest.fixture
def cache_dir(tmp_path) -> Path:
    return tmp_path / "home" / ".cache" / "scalawasi" / "modules"


def test_a_planted_entry_is_what_the_checks_stop(cache_dir):
    """The control: an entry that passes the checks is trusted, so B would run if the checks let it through."""
    with ModuleCache.open(cache_dir) as cache:
        _plant(cache_dir)
        assert _fresh_run_a(cache) == b"PWNED\n"


def test_the_cache_is_created_private_and_reused(cache_dir):
    with ModuleCache.open(cache_dir) as cache:
        assert _fresh_run_a(cache) == b"this is program A\n"
        for level in (cache_dir, cache_dir.parent):
            assert (level.stat().st_mode & 0o777, level.stat().st_uid) == (0o700, os.geteuid())
        [entry] = cache_dir.iterdir()
        assert entry.stat().st_mode & 0o777 == 0o600
        assert cache.load(_engine(), _key(PROGRAM_A)) is not None  # the next worker skips compiling
        assert cache.problems == []


@needs_root
def test_a_directory_owned_by_another_user_is_refused(cache_dir):
    cache_dir.mkdir(parents=True, mode=0o700)
    os.chmod(cache_dir.parent, 0o700)
    _plant(cache_dir, owner=OTHER_UID)
    os.chown(cache_dir, OTHER_UID, -1)
    with pytest.raises(UnsafeCache, match=f"owned by uid {OTHER_UID}"):
        ModuleCache.open(cache_dir)
    assert _fresh_run_a(None) == b"this is program A\n"


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o733, 0o702])
def test_a_directory_others_can_write_is_refused(cache_dir, mode):
    cache_dir.mkdir(parents=True, mode=0o700)
    os.chmod(cache_dir.parent, 0o700)
    _plant(cache_dir)
    os.chmod(cache_dir, mode)
    with pytest.raises(UnsafeCache, match="other users have access"):
        ModuleCache.open(cache_dir)


def test_a_world_writable_level_above_the_cache_is_refused(cache_dir):
    cache_dir.mkdir(parents=True, mode=0o700)
    os.chmod(cache_dir.parent, 0o700)
    os.chmod(cache_dir.parent.parent, 0o777)  # ~/.cache: another user could rename scalawasi/ and put theirs
    with pytest.raises(UnsafeCache, match="writable by other users"):
        ModuleCache.open(cache_dir)


@needs_root
def test_a_level_above_owned_by_another_user_is_refused(cache_dir):
    cache_dir.mkdir(parents=True, mode=0o700)
    os.chmod(cache_dir.parent, 0o700)
    os.chown(cache_dir.parent.parent, OTHER_UID, -1)
    with pytest.raises(UnsafeCache, match=f"owned by uid {OTHER_UID}"):
        ModuleCache.open(cache_dir)


def test_a_symlinked_cache_directory_is_refused(cache_dir, tmp_path):
    elsewhere = tmp_path / "planted"
    elsewhere.mkdir(mode=0o700)
    _plant(elsewhere)
    cache_dir.parent.mkdir(parents=True, mode=0o700)
    cache_dir.symlink_to(elsewhere)
    with pytest.raises(UnsafeCache, match="symbolic link"):
        ModuleCache.open(cache_dir)


@needs_root
def test_an_entry_owned_by_another_user_is_refused_and_the_module_recompiled(cache_dir):
    with ModuleCache.open(cache_dir) as cache:
        _plant(cache_dir, owner=OTHER_UID)
        assert _fresh_run_a(cache) == b"this is program A\n"
        assert any(f"owned by uid {OTHER_UID}" in p for p in cache.problems)


def test_an_entry_others_can_write_is_refused(cache_dir):
    with ModuleCache.open(cache_dir) as cache:
        _plant(cache_dir, mode=0o666)
        assert _fresh_run_a(cache) == b"this is program A\n"
        assert any("writable by other users" in p for p in cache.problems)


def test_a_symlinked_entry_is_refused(cache_dir, tmp_path):
    planted_dir = tmp_path / "planted"
    planted_dir.mkdir(mode=0o700)
    planted = _plant(planted_dir)
    with ModuleCache.open(cache_dir) as cache:
        (cache_dir / planted.name).symlink_to(planted)
        assert _fresh_run_a(cache) == b"this is program A\n"
        assert cache.problems


def test_entries_are_keyed_by_engine_configuration_and_wasmtime_version(monkeypatch):
    plain = ModuleCache.key(PROGRAM_A, EngineOptions().fingerprint())
    assert plain != ModuleCache.key(PROGRAM_A, EngineOptions(fuel=True).fingerprint())
    assert plain != ModuleCache.key(PROGRAM_A, EngineOptions(max_wasm_stack=1 << 20).fingerprint())
    assert plain != ModuleCache.key(PROGRAM_B, EngineOptions().fingerprint())
    monkeypatch.setattr(mc, "wasmtime_version", lambda: "0.0.1")
    assert plain != ModuleCache.key(PROGRAM_A, EngineOptions().fingerprint())


def test_an_entry_written_for_another_key_or_torn_is_not_loaded(cache_dir):
    with ModuleCache.open(cache_dir) as cache:
        entry = cache_dir / mc._entry_name(_key(PROGRAM_A))
        # B's entry renamed to A's name: the key inside it says B.
        entry.write_bytes(_entry_bytes(_key(PROGRAM_B), wasmtime.Module(_engine(), PROGRAM_B)))
        os.chmod(entry, 0o600)
        assert cache.load(_engine(), _key(PROGRAM_A)) is None
        # A torn write of A's entry (the checksum no longer matches).
        whole = _entry_bytes(_key(PROGRAM_A), wasmtime.Module(_engine(), PROGRAM_A))
        entry.write_bytes(whole[: len(whole) // 2])
        assert cache.load(_engine(), _key(PROGRAM_A)) is None
        assert not entry.exists()  # removed, to be rewritten whole


def test_the_cache_is_capped_in_size_and_keeps_the_recent(cache_dir):
    modules = [_printer(f"program {i}") for i in range(4)]
    with ModuleCache.open(cache_dir) as cache:
        one_entry = len(_entry_bytes(_key(modules[0]), wasmtime.Module(_engine(), modules[0])))
        cache.cap = int(one_entry * 2.5)  # room for two entries
        for i, wasm in enumerate(modules):
            cache.store(_key(wasm), wasmtime.Module(_engine(), wasm))
            os.utime(cache_dir / mc._entry_name(_key(wasm)), (1000 + i, 1000 + i))
        cache.prune()
        assert cache.total_size() <= cache.cap
        kept = {p.name for p in cache_dir.iterdir()}
        assert kept == {mc._entry_name(_key(w)) for w in modules[2:]}


def test_writes_are_atomic_and_leave_no_temporary_files(cache_dir):
    with ModuleCache.open(cache_dir) as cache:
        stale = cache_dir / ".left-by-a-killed-worker.tmp"
        stale.write_bytes(b"partial")
        os.utime(stale, (0, 0))
        cache.store(_key(PROGRAM_A), wasmtime.Module(_engine(), PROGRAM_A))
        assert [p.name for p in cache_dir.iterdir()] == [mc._entry_name(_key(PROGRAM_A))]


def _run_worker(tmp_path: Path, env: dict[str, str]) -> tuple[str, dict]:
    """Runs program A the way the run lens does: a run_worker process with the server's child environment."""
    wasm, request, result, out = (tmp_path / n for n in ("a.wasm", "request.json", "result.json", "stdout"))
    wasm.write_bytes(PROGRAM_A)
    request.write_text(json.dumps({"wasm": str(wasm), "result": str(result)}))
    with open(out, "wb") as stdout:
        subprocess.run([sys.executable, "-m", "scalawasi.server.run_worker", str(request)], stdout=stdout,
                       stdin=subprocess.DEVNULL, env={**os.environ, **env}, timeout=60, check=True)
    return out.read_text(), json.loads(result.read_text())


@needs_root
def test_the_run_lens_worker_never_runs_planted_code(tmp_path):
    """The attack of the issue, end to end: the old shared location, and a hostile cache home."""
    import hashlib
    import tempfile

    # The old, predictable location under the shared temporary directory, prepared by the other user.
    old = Path(tempfile.gettempdir()) / f"scalawasi-lsp-modules-{os.getuid()}"
    created_old = not old.exists()
    if created_old:
        old.mkdir(mode=0o777)
        os.chmod(old, 0o777)
    try:
        planted_old = old / (hashlib.sha256(PROGRAM_A).digest().hex() + "-.cwasm")
        planted_old.write_bytes(wasmtime.Module(_engine(), PROGRAM_B).serialize())
        # And a cache home the other user owns, holding a well-formed entry for A with B's code.
        hostile = tmp_path / "hostile-cache"
        (hostile / "scalawasi" / "modules").mkdir(parents=True, mode=0o777)
        _plant(hostile / "scalawasi" / "modules", owner=OTHER_UID)
        for level in (hostile, hostile / "scalawasi", hostile / "scalawasi" / "modules"):
            os.chown(level, OTHER_UID, -1)
            os.chmod(level, 0o777)
        work = tmp_path / "work"
        work.mkdir()
        stdout, result = _run_worker(work, {"XDG_CACHE_HOME": str(hostile)})
        assert stdout == "this is program A\n" and "PWNED" not in stdout
        assert result["exit_code"] == 0
        assert any("compiled-module cache not used" in p for p in result["cache_problems"])
    finally:
        if created_old:
            import shutil

            shutil.rmtree(old, ignore_errors=True)
        else:
            planted_old.unlink(missing_ok=True)


def test_the_run_lens_worker_uses_a_private_cache(tmp_path):
    home = tmp_path / "cache-home"
    home.mkdir(mode=0o700)
    work = tmp_path / "work"
    work.mkdir()
    for _ in range(2):
        stdout, result = _run_worker(work, {"XDG_CACHE_HOME": str(home)})
        assert stdout == "this is program A\n" and result["cache_problems"] == []
    assert [p.suffix for p in (home / "scalawasi" / "modules").iterdir()] == [".cwasm"]


def test_the_server_passes_the_cache_home_to_its_workers(monkeypatch):
    from scalawasi.server import runs

    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/private")
    assert runs._child_env()["XDG_CACHE_HOME"] == "/somewhere/private"
