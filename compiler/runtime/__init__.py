"""Running built modules: the WASI runner the CLI, the tests and the language server share."""
from .runner import ModuleError, RunResult, TrapInfo, run_module

__all__ = ["ModuleError", "RunResult", "TrapInfo", "run_module"]
