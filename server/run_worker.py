"""A one-shot child process that runs a compiled module under wasmtime, so the server can kill it at any time.

Usage: python -m scalawasi.server.run_worker REQUEST.json  (or --wait-fd FD: import everything first, then read the
request path from that pipe, which lets the server keep one warm worker ready). The program's stdout and stderr
are this process's own (the server points them at files); the result, as JSON, goes to the request's result path.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _open_module_cache() -> tuple["ModuleCache | None", str | None]:
    """The user's compiled-module cache (wasmtime compile is most of a warm run), or why it is not used."""
    from scalawasi.compiler.runtime.module_cache import ModuleCache, UnsafeCache

    try:
        return ModuleCache.open(), None
    except (UnsafeCache, OSError) as e:
        return None, f"compiled-module cache not used: {e}"


def run(request: dict) -> dict:
    from scalawasi.compiler.runtime.runner import ModuleError, run_module

    wasm = Path(request["wasm"]).read_bytes()
    cache, problem = _open_module_cache()
    problems = [problem] if problem else []
    try:
        outcome = run_module(
            wasm,
            args=request.get("args", []),
            env=request.get("env") or {},
            program_name=request.get("program_name", "main"),
            time_limit=request.get("time_limit"),
            memory_limit=request.get("memory_limit"),
            inherit_stdio=True,
            module_cache=cache,
        )
    except ModuleError as e:
        return {"error": str(e)}
    finally:
        if cache is not None:
            problems += cache.problems
            cache.close()
    trap = outcome.trap
    return {
        "exit_code": outcome.exit_code,
        "duration": outcome.duration,
        "extra_stderr": outcome.stderr.decode("utf-8", errors="replace"),
        "timed_out": outcome.timed_out,
        "cache_problems": problems,
        "trap": None if trap is None else {
            "message": trap.message, "code": trap.code, "function": trap.function,
            "module_offset": trap.module_offset, "detail": trap.detail, "reported": trap.reported,
        },
    }


def main(argv: list[str]) -> int:
    if argv[:1] == ["--wait-fd"]:
        import scalawasi.compiler.runtime.runner  # noqa: F401  (the slow imports, before the request arrives)

        with os.fdopen(int(argv[1]), "r") as pipe:
            request_path = pipe.readline().strip()
        if not request_path:
            return 0
    else:
        request_path = argv[0]
    request = json.loads(Path(request_path).read_text(encoding="utf-8"))
    try:
        result = run(request)
    except BaseException as e:  # the server reads the failure from the result, not from the program's stderr
        result = {"error": f"{type(e).__name__}: {e}"}
    sys.stdout.flush()
    tmp = request["result"] + ".tmp"
    Path(tmp).write_text(json.dumps(result), encoding="utf-8")
    os.replace(tmp, request["result"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
