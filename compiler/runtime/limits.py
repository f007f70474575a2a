"""The limits a run holds whatever the program does: memory by default, Wasm stack depth, and wall time in host calls.

The JVM caps its heap at a quarter of physical memory unless told otherwise; `scalawasi run` does the same.
Wasm frames live on the native stack of the thread that calls into wasmtime, so a Wasm stack larger than the
calling thread's own would crash the process instead of raising StackOverflowError: a run with a larger stack
calls in from a thread made big enough. Epoch interruption stops Wasm code, not a host call (a blocking read of
stdin, a `poll_oneoff` sleep), so a hard deadline ends the whole process when the program overstays its limit there.
"""
from __future__ import annotations

import ctypes
import os
import threading
from typing import Callable, TypeVar

import wasmtime

T = TypeVar("T")

MIB = 1024 * 1024
# wasmtime's default `max_wasm_stack`: plain recursion of a one-Int method stops between 15,000 and 20,000 frames.
DEFAULT_WASM_STACK = 512 * 1024
# Stacks up to this size run on the calling thread (Python's main and worker threads have megabytes to spare).
_INLINE_STACK = 1 * MIB
# Native stack kept beyond the Wasm stack for the host's own frames (WASI calls, Python callbacks).
_HOST_STACK_MARGIN = 8 * MIB
_ASYNC_STACK_DEFAULT = 2 * MIB  # wasmtime's async_stack_size, which bounds max_wasm_stack
MAX_WASM_STACK = 1024 * MIB  # a larger request is refused (it would be reserved as one thread's stack)
# How long past the time limit a program blocked in a host call has before the process is ended.
HARD_DEADLINE_GRACE = 0.5


def physical_memory() -> int | None:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def default_memory_limit() -> int:
    """The JVM's default maximum heap: a quarter of physical memory (1 GiB when it cannot be read)."""
    physical = physical_memory()
    return physical // 4 if physical else 1024 * MIB


def allow_wasm_stack(config: wasmtime.Config, stack_size: int) -> None:
    """wasmtime refuses a Wasm stack larger than its async stack (2 MiB by default), even for synchronous calls;
    wasmtime-py has no setter for the latter, so the C API's is called directly."""
    if stack_size <= _ASYNC_STACK_DEFAULT:
        return
    setter = getattr(wasmtime._ffi.dll, "wasmtime_config_async_stack_size_set", None)
    if setter is None:
        raise ValueError(f"this wasmtime cannot give Wasm more than {_ASYNC_STACK_DEFAULT // 1024} KiB of stack")
    setter.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    setter.restype = None
    setter(ctypes.cast(config.ptr(), ctypes.c_void_p), stack_size + _HOST_STACK_MARGIN)


def call_with_stack(stack_size: int | None, call: Callable[[], T]) -> T:
    """call() on a native stack big enough for stack_size bytes of Wasm frames (a new thread when needed)."""
    if stack_size is None or stack_size <= _INLINE_STACK:
        return call()
    outcome: list = []

    def body() -> None:
        try:
            outcome.append((True, call()))
        except BaseException as e:  # noqa: BLE001 - handed back to the caller's thread as it was
            outcome.append((False, e))

    previous = threading.stack_size()
    threading.stack_size(stack_size + _HOST_STACK_MARGIN)
    try:
        thread = threading.Thread(target=body, name="scalawasi-wasm-stack")
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


class HardDeadline:
    """Ends the process at time_limit + grace with on_expire(): for a program blocked in a host call, where epoch
    interruption cannot reach it. Cancel it when the run is over."""

    def __init__(self, time_limit: float | None, on_expire: Callable[[], None],
                 grace: float = HARD_DEADLINE_GRACE) -> None:
        self._timer = None
        if time_limit is not None:
            seconds = min(time_limit + grace, threading.TIMEOUT_MAX, 10**9)  # beyond that, never
            self._timer = threading.Timer(seconds, self._expire, args=(on_expire,))
            self._timer.daemon = True
            self._timer.start()

    @staticmethod
    def _expire(on_expire: Callable[[], None]) -> None:
        try:
            on_expire()
        finally:
            os._exit(1)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def __enter__(self) -> "HardDeadline":
        return self

    def __exit__(self, *_exc) -> None:
        self.cancel()
