"""Running a WASI module's `_start` under wasmtime-py, timed: the one runner of the benchmarks that time generated code
(bench/codegen/run.py, bench/collections/run.py, bench/ab_builds.py)."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


class Runner:
    """One engine for every module (the same compiler settings for all of them), each run in a fresh store."""

    def __init__(self) -> None:
        import wasmtime

        self.wasmtime = wasmtime
        self.engine = wasmtime.Engine()
        self.linker = wasmtime.Linker(self.engine)
        self.linker.define_wasi()

    def compile(self, wasm: bytes):
        return self.wasmtime.Module(self.engine, wasm)

    def run(self, module) -> tuple[float, str]:
        """`_start`'s wall-clock time in seconds (instantiation excluded) and what it printed."""
        wasmtime = self.wasmtime
        store = wasmtime.Store(self.engine)
        with tempfile.NamedTemporaryFile(suffix=".out", delete=False) as f:
            out_path = f.name
        try:
            config = wasmtime.WasiConfig()
            config.stdout_file = out_path
            store.set_wasi(config)
            instance = self.linker.instantiate(store, module)
            start = instance.exports(store)["_start"]
            t0 = time.perf_counter()
            try:
                start(store)
            except wasmtime.ExitTrap as e:
                if e.code != 0:
                    raise
            elapsed = time.perf_counter() - t0
            return elapsed, Path(out_path).read_text(encoding="utf-8")
        finally:
            os.unlink(out_path)
