"""The `scala.scalajs.wasm` intrinsics: linear-memory scopes and segments, WASI preview1, `@WasmImport`."""
from __future__ import annotations


def typer_extensions(unit=None) -> list:
    from .typing import MemoryIntrinsics

    return [MemoryIntrinsics(unit.imports if unit is not None else [])]


def lowering_extensions() -> list:
    from .lowering import MemoryLowering

    return [MemoryLowering()]
