"""A one-shot child process that runs a compiled module under wasmtime, so the server can kill it at any time.

Usage: python -m scalawasi.server.run_worker REQUEST.json  (or --wait-fd FD FOLDER SERVER_PID: import everything
first, then read the request path from that pipe, which lets the server keep one warm worker ready; FOLDER is the
worker's own, removed if the server dies). The program's stdout and stderr are this process's own (the server points
them at files); the result, as JSON, goes to the request's result path.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import time
from pathlib import Path

PARENT_POLL_SECONDS = 0.2


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
    # Epoch interruption stops Wasm code, not a host call (a poll_oneoff sleep): past the limit, the result says
    # "timed out" and the process ends, before the server's own backstop has to kill it.
    expired = {"exit_code": 1, "duration": request.get("time_limit"), "extra_stderr": "", "timed_out": True,
               "cache_problems": [], "trap": None}
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
            stack_size=request.get("stack_size"),
            inherit_stdio=True,
            module_cache=cache,
            on_host_overrun=lambda: _write_result(request["result"], expired),
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
        fd, folder, parent = int(argv[1]), argv[2], int(argv[3])
        _follow_parent(parent, folder)
        import scalawasi.compiler.runtime.runner  # noqa: F401  (the slow imports, before the request arrives)

        with os.fdopen(fd, "r") as pipe:
            request_path = pipe.readline().strip()
        if not request_path:  # the server closed the pipe without a request (it is gone, or shutting down)
            shutil.rmtree(folder, ignore_errors=True)
            return 0
    else:
        request_path = argv[0]
    request = json.loads(Path(request_path).read_text(encoding="utf-8"))
    try:
        result = run(request)
    except BaseException as e:  # the server reads the failure from the result, not from the program's stderr
        result = {"error": f"{type(e).__name__}: {e}"}
    sys.stdout.flush()
    _write_result(request["result"], result)
    return 0


def _write_result(path: str, result: dict) -> None:
    tmp = f"{path}.{threading.get_ident()}.tmp"
    Path(tmp).write_text(json.dumps(result), encoding="utf-8")
    os.replace(tmp, path)


def _follow_parent(parent: int, folder: str) -> None:
    """When the server dies (killed, so it could not clean up), this worker removes its folder and ends too, even
    in the middle of a run: a thread watches for the reparenting that follows the server's death."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        shutil.rmtree(folder, ignore_errors=True)
        os._exit(0)

    threading.Thread(target=watch, name="scalawasi-parent-watch", daemon=True).start()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
