"""The `scalawasi` settings section, read from initializationOptions and workspace/configuration."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from scalawasi.compiler.runtime.limits import MAX_WASM_STACK

SEVERITIES = ("error", "warning", "info", "hint", "off")

# The memory-intrinsic checks: what `diagnostics.onlyIntrinsicChecks` keeps (for use beside Metals).
INTRINSIC_CHECK_CODES = frozenset({
    "nested-allocator", "suspended-allocator", "segment-escape", "allocator-escape", "segment-out-of-bounds",
    "misaligned-access", "negative-allocation", "wasi-signature", "unknown-wasi-import", "import-body",
    "ignored-errno",
})


# Bounds of the run settings: a value outside them is reported and its default kept (1e300 MiB must not reach
# wasmtime as a size, nor 1e300 seconds as an epoch deadline).
MAX_TIME_LIMIT_SECONDS = 24 * 3600
MAX_MEMORY_LIMIT_MIB = 64 * 1024
MAX_OUTPUT_LIMIT_BYTES = 1024 * 1024 * 1024
MAX_STACK_SIZE_KIB = MAX_WASM_STACK // 1024
MAX_CONCURRENT_RUNS = 64
MAX_DEBOUNCE_MS = 10_000


@dataclass(frozen=True)
class RunSettings:
    time_limit_seconds: float = 10.0
    memory_limit_mib: int = 256
    output_limit_bytes: int = 1024 * 1024
    args: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()
    stack_size_kib: int | None = None  # None: wasmtime's 512 KiB
    max_concurrent_runs: int = 2  # more runs than this wait for one to finish


@dataclass(frozen=True)
class InlayHintSettings:
    types: bool = True  # `: T` after a val/var/def without a written type
    bounds_checks: bool = True  # at each memory access: whether its bounds check runs


@dataclass(frozen=True)
class Settings:
    checks: dict[str, str] = field(default_factory=dict)  # code -> severity or "off"
    run: RunSettings = RunSettings()
    unchecked: bool = False
    only_intrinsic_checks: bool = False
    debounce_seconds: float = 0.03
    inlay_hints: InlayHintSettings = InlayHintSettings()
    problems: tuple[str, ...] = ()  # values that were malformed or out of range, each kept at its default

    @staticmethod
    def from_json(raw: Any) -> "Settings":
        """Lenient: unknown keys are ignored; a malformed or out-of-range value keeps its default and is named in
        `problems`, for the server to show."""
        if raw is None:
            return Settings()
        if not isinstance(raw, dict):
            return Settings(problems=(f"the settings must be an object, not {_kind(raw)}",))
        if isinstance(raw.get("scalawasi"), dict):  # {"scalawasi": {...}} as well as the section itself
            raw = raw["scalawasi"]
        read = _Reader()
        checks = {}
        for code, severity in read.section(raw, "checks").items():
            if str(severity) in SEVERITIES:
                checks[str(code)] = str(severity)
            else:
                read.problems.append(f"checks.{code}: {severity!r} is not one of {', '.join(SEVERITIES)}")
        run = read.section(raw, "run")
        d = RunSettings()
        run_settings = RunSettings(
            time_limit_seconds=read.number(run, "run.timeLimitSeconds", d.time_limit_seconds, MAX_TIME_LIMIT_SECONDS),
            memory_limit_mib=int(read.number(run, "run.memoryLimitMiB", d.memory_limit_mib, MAX_MEMORY_LIMIT_MIB)),
            output_limit_bytes=int(read.number(run, "run.outputLimitBytes", d.output_limit_bytes,
                                               MAX_OUTPUT_LIMIT_BYTES)),
            args=read.strings(run, "run.args"),
            env=tuple((str(k), str(v)) for k, v in read.section(run, "env", "run.env").items()),
            stack_size_kib=_optional_int(read.number(run, "run.stackSizeKiB", None, MAX_STACK_SIZE_KIB)),
            max_concurrent_runs=int(read.number(run, "run.maxConcurrentRuns", d.max_concurrent_runs,
                                                MAX_CONCURRENT_RUNS)),
        )
        build = read.section(raw, "build")
        diagnostics = read.section(raw, "diagnostics")
        hints = read.section(raw, "inlayHints")
        return Settings(
            checks=checks,
            run=run_settings,
            unchecked=read.boolean(build, "build.unchecked"),
            only_intrinsic_checks=read.boolean(diagnostics, "diagnostics.onlyIntrinsicChecks"),
            debounce_seconds=read.number(diagnostics, "diagnostics.debounceMs", 30, MAX_DEBOUNCE_MS,
                                         positive=False) / 1000,
            inlay_hints=InlayHintSettings(types=read.boolean(hints, "inlayHints.types", True),
                                          bounds_checks=read.boolean(hints, "inlayHints.boundsChecks", True)),
            problems=tuple(read.problems),
        )


class _Reader:
    """Reads typed values out of the raw JSON, noting every value it had to replace by its default."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def section(self, raw: dict, key: str, name: str | None = None) -> dict:
        value = raw.get(key)
        if value is None or isinstance(value, dict):
            return value or {}
        self.problems.append(f"{name or key} must be an object, not {_kind(value)}")
        return {}

    def number(self, raw: dict, name: str, default, maximum: float, positive: bool = True):
        value = raw.get(name.rsplit(".", 1)[-1])
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            self.problems.append(f"{name} must be a number, not {_kind(value)}")
            return default
        if value < 0 or (positive and value == 0) or value > maximum:
            low = "greater than 0" if positive else "at least 0"
            self.problems.append(f"{name} must be {low} and at most {maximum:g}, not {value:g}")
            return default
        return float(value)

    def strings(self, raw: dict, name: str) -> tuple[str, ...]:
        value = raw.get(name.rsplit(".", 1)[-1])
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(a, (str, int, float)) for a in value):
            self.problems.append(f"{name} must be a list of strings, not {_kind(value)}")
            return ()
        return tuple(str(a) for a in value)

    def boolean(self, raw: dict, name: str, default: bool = False) -> bool:
        value = raw.get(name.rsplit(".", 1)[-1], default)
        if not isinstance(value, bool):
            self.problems.append(f"{name} must be true or false, not {_kind(value)}")
            return default
        return value


def _optional_int(value: float | None) -> int | None:
    return None if value is None else int(value)


def _kind(value: Any) -> str:
    if isinstance(value, (bool, int, float)) or value is None:
        return json.dumps(value)
    if isinstance(value, str):
        return json.dumps(value if len(value) <= 40 else value[:40] + "...")
    return "an object" if isinstance(value, dict) else "a list" if isinstance(value, list) else type(value).__name__
