"""scalawasi's compiler: a Scala subset to a WasmGC + WASI preview1 module (entry points in `api`)."""
from .api import Analysis, BuildOptions, BuildResult, CodeSpan, analyze, build

__all__ = ["Analysis", "BuildOptions", "BuildResult", "CodeSpan", "analyze", "build"]
