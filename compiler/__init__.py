"""scalawasi's compiler: a Scala subset to a WasmGC + WASI preview1 module (entry points in `api`)."""
from . import dataclass_code

dataclass_code.install()  # before the first dataclass of the compiler is made

from .api import Analysis, BuildOptions, BuildResult, CodeSpan, analyze, build

__all__ = ["Analysis", "BuildOptions", "BuildResult", "CodeSpan", "analyze", "build"]
