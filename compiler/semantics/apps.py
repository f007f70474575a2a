"""`object Main extends App { body }`: scala.App, whose body runs as the program's `main` (delayedInit).

The object's statements and field initializers become the body of a synthesized `def main(args: Array[String])`, so
they run when main runs, as on the JVM (an exception thrown there is main's, not an initializer's), and the object
itself needs no initializer; `args` in the body is App's member, set from main's parameter first. A program that
defines its own class or trait named App keeps it.
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..syntax import ast
from . import tir
from .symbols import FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from .types import STRING, UNIT, ArrayType


def _names_app(ref) -> bool:
    """Whether a parent reference names scala.App."""
    return getattr(ref, "name", None) == "App" and not getattr(ref, "args", None) \
        and list(getattr(ref, "qualifier", None) or []) in ([], ["scala"])


def defines_class_named(units, name: str) -> bool:
    """Whether the program defines a class, trait or object of this name anywhere (then `App` is its own)."""
    stack = [d for unit in units for d in getattr(unit, "defs", ())]
    while stack:
        d = stack.pop()
        if isinstance(d, (ast.ClassDef, ast.ObjectDef)):
            if d.name == name:
                return True
            stack.extend(getattr(d, "body", ()) or ())
    return False


class AppTyping:
    """Typer mixin: an App object's `args` member and its synthesized main."""

    def enter_app_args(self, obj: ObjectSymbol) -> None:
        if "args" not in obj.fields:
            obj.fields["args"] = FieldSymbol("args", obj.defn.name_span, obj, ArrayType(STRING), True)

    def app_main(self, obj: ObjectSymbol, stats: list) -> bool:
        """Make `main` of the object's statements. An object writing `override def main` replaces App's, so its body
        (deferred by delayedInit) never runs, as on the JVM; without `override` it is scalac's error."""
        own = obj.methods.get("main")
        if own is not None:
            if "override" not in (getattr(own.defn, "modifiers", None) or ()):
                self.error(codes.MISSING_OVERRIDE, "overriding method main in trait App of type "
                           "(args: Array[String])Unit; method main needs `override' modifier", own.span)
            obj.init_locals.clear()
            return True
        span = obj.defn.name_span
        param = LocalSymbol("args", span, ArrayType(STRING), is_param=True)
        main = MethodSymbol("main", span, obj, [param], UNIT)
        body = list(stats)
        field = obj.fields.get("args")
        if field is not None and field.owner is obj and field.defn is None \
                and any(sym is field for _, sym in self.references):
            body.insert(0, tir.GlobalSet(span, UNIT, field, tir.LocalGet(span, param.tpe, param)))
        main.body = tir.Block(obj.defn.span, UNIT, body, None)
        main.locals = list(obj.init_locals)
        obj.init_locals.clear()
        obj.methods["main"] = main
        return True
