"""Diagnostics as plain data, and the one registry of their stable codes."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .source import Span


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    HINT = "hint"


@dataclass(frozen=True)
class Code:
    """A stable diagnostic code: its name is part of the interface, its default severity can be configured."""

    name: str
    severity: Severity
    summary: str


_REGISTRY: dict[str, Code] = {}


def _code(name: str, severity: Severity, summary: str) -> Code:
    code = Code(name, severity, summary)
    _REGISTRY[name] = code
    return code


# Front end
SYNTAX_ERROR = _code("syntax-error", Severity.ERROR, "The text is not valid Scala syntax.")
UNSUPPORTED = _code("unsupported", Severity.ERROR, "A Scala construct outside the subset this compiler accepts.")
UNRESOLVED_NAME = _code("unresolved-name", Severity.ERROR, "A name that refers to nothing in scope.")
TYPE_MISMATCH = _code("type-mismatch", Severity.ERROR, "An expression whose type does not fit where it is used.")
DUPLICATE_DEFINITION = _code("duplicate-definition", Severity.ERROR, "Two definitions with the same name in one scope.")
WRONG_ARGUMENTS = _code("wrong-arguments", Severity.ERROR, "A call with the wrong number of arguments.")
NOT_A_MEMBER = _code("not-a-member", Severity.ERROR, "A member selected on a type that does not have it.")
REASSIGN_VAL = _code("reassign-val", Severity.ERROR, "An assignment to a `val` or another name that cannot change.")
NO_MAIN = _code("no-main", Severity.ERROR, "No object defines `def main(args: Array[String]): Unit`.")
INVALID_LITERAL = _code("invalid-literal", Severity.ERROR, "A literal that is out of range or malformed.")
MISSING_TYPE = _code("missing-type", Severity.ERROR, "A definition whose type must be written out (recursive methods).")


def registry() -> dict[str, Code]:
    """Every known code by name."""
    return dict(_REGISTRY)


def lookup(name: str) -> Code:
    return _REGISTRY[name]


@dataclass(frozen=True)
class Related:
    span: Span
    message: str
    path: str | None = None  # None: the same file as the diagnostic


@dataclass(frozen=True)
class TextEdit:
    span: Span
    new_text: str


@dataclass(frozen=True)
class Fix:
    title: str
    edits: tuple[TextEdit, ...]


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    span: Span
    related: tuple[Related, ...] = ()
    fixes: tuple[Fix, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class DiagnosticSink:
    """Collects diagnostics for one file; the only way passes report problems."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def report(
        self,
        code: Code,
        message: str,
        span: Span,
        related: tuple[Related, ...] | list[Related] = (),
        fixes: tuple[Fix, ...] | list[Fix] = (),
    ) -> Diagnostic:
        diag = Diagnostic(code.name, code.severity, message, span, tuple(related), tuple(fixes))
        self.items.append(diag)
        return diag

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=lambda d: (d.span.start, d.span.end, d.code))
