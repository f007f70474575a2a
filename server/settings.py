"""The `scalawasi` settings section, read from initializationOptions and workspace/configuration."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info", "hint", "off")

# The memory-intrinsic checks: what `diagnostics.onlyIntrinsicChecks` keeps (for use beside Metals).
INTRINSIC_CHECK_CODES = frozenset({
    "nested-allocator", "suspended-allocator", "segment-escape", "allocator-escape", "segment-out-of-bounds",
    "misaligned-access", "negative-allocation", "wasi-signature", "unknown-wasi-import", "import-body",
    "ignored-errno",
})


@dataclass(frozen=True)
class RunSettings:
    time_limit_seconds: float = 10.0
    memory_limit_mib: int = 256
    output_limit_bytes: int = 1024 * 1024
    args: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Settings:
    checks: dict[str, str] = field(default_factory=dict)  # code -> severity or "off"
    run: RunSettings = RunSettings()
    unchecked: bool = False
    only_intrinsic_checks: bool = False
    debounce_seconds: float = 0.03

    @staticmethod
    def from_json(raw: Any) -> "Settings":
        """Lenient: unknown keys are ignored and a malformed value keeps its default."""
        if not isinstance(raw, dict):
            return Settings()
        if isinstance(raw.get("scalawasi"), dict):  # {"scalawasi": {...}} as well as the section itself
            raw = raw["scalawasi"]
        checks = {str(k): str(v) for k, v in _dict(raw.get("checks")).items() if str(v) in SEVERITIES}
        run = _dict(raw.get("run"))
        defaults = RunSettings()
        run_settings = RunSettings(
            time_limit_seconds=_number(run.get("timeLimitSeconds"), defaults.time_limit_seconds, positive=True),
            memory_limit_mib=int(_number(run.get("memoryLimitMiB"), defaults.memory_limit_mib, positive=True)),
            output_limit_bytes=int(_number(run.get("outputLimitBytes"), defaults.output_limit_bytes, positive=True)),
            args=tuple(str(a) for a in run.get("args", ()) if isinstance(a, (str, int, float))),
            env=tuple((str(k), str(v)) for k, v in _dict(run.get("env")).items()),
        )
        build = _dict(raw.get("build"))
        diagnostics = _dict(raw.get("diagnostics"))
        return Settings(
            checks=checks,
            run=run_settings,
            unchecked=bool(build.get("unchecked", False)),
            only_intrinsic_checks=bool(diagnostics.get("onlyIntrinsicChecks", False)),
            debounce_seconds=_number(diagnostics.get("debounceMs"), 30, positive=False) / 1000,
        )


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _number(value: Any, default: float, positive: bool) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    if value < 0 or (positive and value == 0):
        return default
    return float(value)
