"""Static checks over the typed program, and their configuration (`[tool.scalawasi.checks]` in pyproject.toml)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..diagnostics import Diagnostic, Severity, registry
from .memory import run_memory_checks

__all__ = ["CheckConfig", "load_config", "run_memory_checks", "apply_config", "CHECK_CODES"]

# The codes whose severity a user may change or switch off. Errors that stop a build (syntax, types) are not
# among them: switching those off would only hide why the build fails.
CHECK_CODES = (
    "nested-allocator", "suspended-allocator", "segment-escape", "allocator-escape", "segment-out-of-bounds",
    "misaligned-access", "negative-allocation", "wasi-signature", "unknown-wasi-import", "import-body",
    "ignored-errno",
)


@dataclass(frozen=True)
class CheckConfig:
    """Severity per check code; None switches the check off. Codes not named keep their default severity."""

    severities: tuple[tuple[str, Severity | None], ...] = ()
    problems: tuple[str, ...] = field(default=(), compare=False)
    origin: str | None = field(default=None, compare=False)  # the pyproject.toml it came from

    @staticmethod
    def from_mapping(mapping: dict, origin: str | None = None) -> "CheckConfig":
        entries = []
        problems = []
        for code, value in (mapping or {}).items():
            if code not in CHECK_CODES:
                problems.append(f"unknown check `{code}` (known: {', '.join(CHECK_CODES)})")
                continue
            text = str(value).lower()
            if text in ("off", "none", "false"):
                entries.append((code, None))
            elif text in {s.value for s in Severity}:
                entries.append((code, Severity(text)))
            else:
                problems.append(f"`{code}`: severity must be error, warning, info, hint or off, not `{value}`")
        return CheckConfig(tuple(entries), tuple(problems), origin)


def apply_config(diagnostics: list[Diagnostic], config: CheckConfig | None) -> list[Diagnostic]:
    if not config or not config.severities:
        return diagnostics
    table = dict(config.severities)
    out = []
    for d in diagnostics:
        if d.code in table:
            severity = table[d.code]
            if severity is None:
                continue
            d = replace(d, severity=severity)
        out.append(d)
    return out


def load_config(path: str | None) -> CheckConfig:
    """The `[tool.scalawasi.checks]` table of the nearest pyproject.toml (or `[checks]` of a scalawasi.toml) at or
    above the file's folder."""
    if not path or path.startswith("<"):
        return CheckConfig()
    try:
        folder = Path(path).resolve().parent
    except OSError:
        return CheckConfig()
    return _config_for_folder(str(folder))


@lru_cache(maxsize=64)
def _config_for_folder(folder: str) -> CheckConfig:
    here = Path(folder)
    for candidate in (here, *here.parents):
        # A scalawasi.toml (a project that is not a Python project) has the table at `[checks]`.
        for config, path in ((candidate / "scalawasi.toml", ("checks",)),
                             (candidate / "pyproject.toml", ("tool", "scalawasi", "checks"))):
            if not config.is_file():
                continue
            import tomllib  # only where a configuration exists: most builds need no TOML parser

            try:
                data = tomllib.loads(trusted_text(config))
            except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                return CheckConfig(problems=(f"cannot read it: {exc}",), origin=str(config))
            except UntrustedConfig as exc:
                return CheckConfig(problems=(str(exc),), origin=str(config))
            table = data
            for key in path:
                table = table.get(key, {}) if isinstance(table, dict) else {}
            if not isinstance(table, dict):
                return CheckConfig(problems=(f"[{'.'.join(path)}] must be a table",), origin=str(config))
            return CheckConfig.from_mapping(table, str(config))
    return CheckConfig()


class UntrustedConfig(Exception):
    """A configuration file another user could have written: its settings are not applied."""


def trusted_text(pyproject: Path, limit: int = 1 << 20) -> str:
    """The file's text, when another user cannot have written it (a file in a shared folder such as /tmp could
    otherwise switch checks off for everyone's sources below it). Checked on the open descriptor."""
    import os
    import stat

    with open(pyproject, "rb") as f:
        info = os.fstat(f.fileno())
        if info.st_uid not in (0, os.geteuid()):
            raise UntrustedConfig(f"owned by uid {info.st_uid}, another user")
        if info.st_mode & 0o022:
            raise UntrustedConfig(f"mode {stat.S_IMODE(info.st_mode):04o}, other users can write it")
        return f.read(limit).decode("utf-8")


assert all(code in registry() for code in CHECK_CODES)
