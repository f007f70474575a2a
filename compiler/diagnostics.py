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
INVALID_ENCODING = _code("invalid-encoding", Severity.ERROR, "The file holds bytes that are not UTF-8.")
UNSUPPORTED = _code("unsupported", Severity.ERROR, "A Scala construct outside the subset this compiler accepts.")
UNRESOLVED_NAME = _code("unresolved-name", Severity.ERROR, "A name that refers to nothing in scope.")
TYPE_MISMATCH = _code("type-mismatch", Severity.ERROR, "An expression whose type does not fit where it is used.")
DUPLICATE_DEFINITION = _code("duplicate-definition", Severity.ERROR, "Two definitions with the same name in one scope.")
WRONG_ARGUMENTS = _code("wrong-arguments", Severity.ERROR, "A call with the wrong number of arguments.")
NOT_A_MEMBER = _code("not-a-member", Severity.ERROR, "A member selected on a type that does not have it.")
INACCESSIBLE = _code("inaccessible", Severity.ERROR,
                     "A `private` or `protected` member used outside its class, its companion and their nested code.")
REASSIGN_VAL = _code("reassign-val", Severity.ERROR, "An assignment to a `val` or another name that cannot change.")
NO_MAIN = _code("no-main", Severity.ERROR, "No object defines `def main(args: Array[String]): Unit`.")
AMBIGUOUS_MAIN = _code("ambiguous-main", Severity.ERROR,
                       "Several objects define `main` and none was chosen (`--main NAME`, `main = ...` in the config).")
INVALID_LITERAL = _code("invalid-literal", Severity.ERROR, "A literal that is out of range or malformed.")
MISSING_TYPE = _code("missing-type", Severity.ERROR, "A definition whose type must be written out (recursive methods).")
NON_EXHAUSTIVE_MATCH = _code("non-exhaustive-match", Severity.WARNING,
                             "A match on a sealed type or a Boolean whose cases leave some values out.")

# Class hierarchies (semantics.hierarchy)
MISSING_OVERRIDE = _code("missing-override", Severity.ERROR,
                         "A member that overrides a concrete member of a parent without the `override` modifier.")
OVERRIDES_NOTHING = _code("overrides-nothing", Severity.ERROR,
                          "A member marked `override` that overrides no member of a parent.")
OVERRIDE_FINAL = _code("override-final", Severity.ERROR, "A member that overrides a `final` member of a parent.")
ILLEGAL_INHERITANCE = _code("illegal-inheritance", Severity.ERROR,
                            "Extending a final class, a sealed class from another file, a class as a mixin, a "
                            "class that extends itself, or a trait whose self type the class does not have.")
ABSTRACT_MEMBER_MISSING = _code("abstract-member-missing", Severity.ERROR,
                                "A class that is not `abstract` but leaves an abstract member without a definition.")
ABSTRACT_INSTANTIATION = _code("abstract-instantiation", Severity.ERROR,
                               "`new` of an abstract class or a trait.")
FORWARD_REFERENCE = _code("forward-reference", Severity.ERROR,
                          "A block's class used above its definition across a value definition.")

# Generics (semantics.generics)
WRONG_TYPE_ARGUMENTS = _code("wrong-type-arguments", Severity.ERROR,
                             "A generic class or method given the wrong number of type arguments, or a type that "
                             "takes none given some.")
TYPE_BOUNDS = _code("type-bounds", Severity.ERROR,
                    "Type arguments, written or inferred, that violate a type parameter's upper or lower bound.")
MISSING_CLASS_TAG = _code("missing-class-tag", Severity.ERROR,
                          "`new Array[T]` for a type parameter T without a ClassTag for it.")

# Implicits (semantics.implicits)
MISSING_IMPLICIT = _code("missing-implicit", Severity.ERROR,
                         "A call leaves out an implicit parameter and no implicit value of its type is in scope.")
AMBIGUOUS_IMPLICIT = _code("ambiguous-implicit", Severity.ERROR,
                           "A call leaves out an implicit parameter and several implicit values in scope fit it.")


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
    path: str | None = None  # the file, in a program of several files (None: the one file analysed)

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

# Memory intrinsics and WASI (scala.scalajs.wasm)
NESTED_ALLOCATOR = _code("nested-allocator", Severity.WARNING,
                         "A withMemoryAllocator scope opened while another one is active.")
SUSPENDED_ALLOCATOR = _code("suspended-allocator", Severity.ERROR,
                            "Allocating from an outer allocator while an inner scope is active.")
SEGMENT_ESCAPE = _code("segment-escape", Severity.ERROR, "A MemorySegment that can outlive its scope.")
ALLOCATOR_ESCAPE = _code("allocator-escape", Severity.ERROR, "A MemoryAllocator that can outlive its scope.")
SEGMENT_OUT_OF_BOUNDS = _code("segment-out-of-bounds", Severity.ERROR,
                              "A MemorySegment access at a constant offset outside the segment.")
MISALIGNED_ACCESS = _code("misaligned-access", Severity.WARNING,
                          "A constant offset that is not a multiple of the access width.")
NEGATIVE_ALLOCATION = _code("negative-allocation", Severity.ERROR, "allocate with a constant negative size.")
WASI_SIGNATURE = _code("wasi-signature", Severity.ERROR,
                       "A @WasmImport of a WASI preview1 function whose types do not match preview1.")
UNKNOWN_WASI_IMPORT = _code("unknown-wasi-import", Severity.ERROR, "A WASI preview1 function name that does not exist.")
IMPORT_BODY = _code("import-body", Severity.ERROR,
                    "A @WasmImport method whose body is not `native`, or that is not in a top-level object.")
IGNORED_ERRNO = _code("ignored-errno", Severity.HINT, "The errno result of a WASI call is thrown away.")
CONFLICTING_IMPORT = _code("conflicting-import", Severity.ERROR,
                           "The same host function imported twice with different signatures.")
IMPORT_TYPE = _code("import-type", Severity.ERROR,
                    "A @WasmImport parameter or result type that cannot cross to the host (Int, Long, Float, "
                    "Double, Boolean, Unit only).")
