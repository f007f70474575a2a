"""The `scala.scalajs.wasm` intrinsics: linear-memory scopes and segments, WASI preview1, `@WasmImport`."""
from __future__ import annotations


def typer_extensions(*units) -> list:
    """The intrinsics for a program of these compilation units: a name any file imports is visible in all."""
    from .typing import MemoryIntrinsics

    return [MemoryIntrinsics([imp for unit in units for imp in unit.imports])]


def lowering_extensions() -> list:
    from .lowering import MemoryLowering

    return [MemoryLowering()]
