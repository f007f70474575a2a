"""The prelude's library offered to programs: `String`, `Char`, `Integer`/`Long` and `StringBuilder` methods, which
the prelude writes in Scala, reached through the type checker's extension hooks.

`s.trim` becomes a call of `StringLib.trim(s)` (the receiver as first argument), `Integer.parseInt(s)` one of
`IntegerLib.parseInt(s)`, and `new StringBuilder()` a prelude class instance; lowering links each function only
when a program reaches it, so programs that use none of them stay as small as before.
"""
from __future__ import annotations

from ..semantics import tir
from ..semantics.typer import Typer, TyperExtension
from ..semantics.types import CHAR, STRING, Type, is_integral
from ..syntax import ast

# Methods on a receiver: (receiver test, prelude object, Scala name -> prelude name).
_STRING_METHODS = {name: name for name in (
    "trim toUpperCase toLowerCase indexOf lastIndexOf contains startsWith endsWith replace reverse * head last tail "
    "init take drop takeRight dropRight size nonEmpty capitalize toCharArray equalsIgnoreCase compareTo toInt toLong "
    "split").split()}
_CHAR_METHODS = {name: name for name in (
    "isDigit isLetter isLetterOrDigit isWhitespace isSpaceChar isUpper isLower toUpper toLower asDigit").split()}
_INT_METHODS = {"toBinaryString": "toBinaryString", "toHexString": "toHexString", "toOctalString": "toOctalString"}

# Static methods by qualified path: path -> (prelude object, method).
_STATICS: dict[str, tuple[str, str]] = {}
for _prefix, _owner, _names in (
    ("Integer.", "IntegerLib", "parseInt toBinaryString toHexString toOctalString bitCount"),
    ("java.lang.Long.", "IntegerLib", "parseLong toBinaryString toHexString toOctalString bitCount"),
    ("Character.", "CharLib", "isDigit isLetter isLetterOrDigit isAlphabetic isWhitespace isSpaceChar isUpperCase "
                              "isLowerCase toUpperCase toLowerCase digit getNumericValue"),
):
    for _name in _names.split():
        _STATICS[_prefix + _name] = (_owner, _name)
        _STATICS["java.lang." + _prefix + _name if not _prefix.startswith("java.") else _prefix + _name] = \
            (_owner, _name)

_CLASSES = {"StringBuilder": "StringBuilder", "java.lang.StringBuilder": "StringBuilder",
            "scala.collection.mutable.StringBuilder": "StringBuilder"}


class LibraryCalls(TyperExtension):
    """Resolves library names to the prelude's Scala definitions (loaded on first use)."""

    def __init__(self) -> None:
        self._prelude = None

    @property
    def prelude(self) -> tir.Program:
        if self._prelude is None:
            from . import load_prelude

            self._prelude = load_prelude()
        return self._prelude

    def resolve_type(self, typer: Typer, name: str) -> Type | None:
        cls = _CLASSES.get(name)
        return self.prelude.classes[cls].tpe if cls is not None else None

    def new(self, typer: Typer, node: ast.New, ctx):
        cls = _CLASSES.get(node.tpe.name)
        if cls is None or node.tpe.args:
            return None
        return typer.construct(self.prelude.classes[cls], node.args, node.span, ctx)

    def select_on_value(self, typer: Typer, qual, name, name_span, span, arg_nodes, ctx):
        t = qual.tpe
        if t is STRING:
            table, owner = _STRING_METHODS, "StringLib"
        elif t is CHAR:
            table, owner = _CHAR_METHODS, "CharLib"
        elif is_integral(t):
            table, owner = _INT_METHODS, "IntegerLib"
        else:
            return None
        method = table.get(name)
        if method is None:
            return None
        receiver = ast.Typed(qual.span, qual)
        return self._call(typer, owner, method, [receiver, *(arg_nodes or [])], span, ctx)

    def builtin_call(self, typer: Typer, path: str, arg_nodes, node, ctx):
        target = _STATICS.get(path)
        if target is None:
            return None
        return self._call(typer, *target, list(arg_nodes), node.span, ctx)

    def _call(self, typer: Typer, owner: str, name: str, arg_nodes: list, span, ctx) -> tir.Expr:
        method = self.prelude.objects[owner].methods[name]
        return typer.call_with_args(method, None, arg_nodes, span, ctx)
