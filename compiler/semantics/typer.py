"""Name resolution and type checking: the syntax tree in, the typed tree (tir) and diagnostics out.

Scala's rules for the subset live here and only here: numeric widening and promotion, literal narrowing, string
`+`, value discarding, `if`/blocks as expressions. Lowering receives every conversion spelled out.
"""
from __future__ import annotations

import math
import struct
import sys
from typing import Callable

from .. import diagnostics as codes
from ..diagnostics import DiagnosticSink, Related
from ..source import Span
from ..syntax import ast
from . import tir
from .builtins import (
    BIT_CASTS,
    CONSTANTS,
    CONVERSIONS,
    EXCEPTIONS,
    MATH_FUNCTIONS,
    MATH_PREFIXES,
)
from .symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from .types import (
    BOOLEAN,
    BYTE,
    CHAR,
    DOUBLE,
    ERROR,
    FLOAT,
    INT,
    LONG,
    NOTHING,
    NULL,
    PRIMITIVES_BY_NAME,
    SHORT,
    STRING,
    UNIT,
    ArrayType,
    ClassType,
    Type,
    conforms,
    is_integral,
    lub,
    promote,
    unary_promote,
    widens_to,
)

ARITHMETIC = {"+", "-", "*", "/", "%"}
BITWISE = {"&", "|", "^"}
SHIFTS = {"<<", ">>", ">>>"}
ORDERING = {"<", "<=", ">", ">="}
EQUALITY = {"==", "!="}
COMPOUND_OPS = ARITHMETIC | BITWISE | SHIFTS
NARROWABLE = {BYTE: (-128, 127), SHORT: (-32768, 32767), CHAR: (0, 0xFFFF)}


class Scope:
    """Lexical scope of locals: a dict per block, chained to the enclosing one."""

    __slots__ = ("names", "parent")

    def __init__(self, parent: "Scope | None" = None) -> None:
        self.names: dict[str, LocalSymbol] = {}
        self.parent = parent

    def lookup(self, name: str) -> LocalSymbol | None:
        scope: Scope | None = self
        while scope is not None:
            sym = scope.names.get(name)
            if sym is not None:
                return sym
            scope = scope.parent
        return None


class Context:
    """Where an expression is being typed: owner (object or class), method, local scope, collected locals."""

    __slots__ = ("owner", "method", "scope", "locals")

    def __init__(self, owner, method: MethodSymbol | None, scope: Scope, locals_: list[LocalSymbol]) -> None:
        self.owner = owner
        self.method = method
        self.scope = scope
        self.locals = locals_

    def nested(self) -> "Context":
        return Context(self.owner, self.method, Scope(self.scope), self.locals)


def wrap32(v: int) -> int:
    return (v + 2**31) % 2**32 - 2**31


def wrap64(v: int) -> int:
    return (v + 2**63) % 2**64 - 2**63


def to_f32(v: float) -> float:
    try:
        return struct.unpack("<f", struct.pack("<f", v))[0]
    except OverflowError:
        return math.copysign(math.inf, v)


# Valid but deeply nested programs (a 3,000-term `1 + 1 + ...`) recurse once per level here and in the lowering.
# CPython 3.11+ keeps Python-to-Python calls off the C stack, so a higher limit is safe; past it, check_method
# reports the method instead of failing.
if sys.getrecursionlimit() < 30000:
    sys.setrecursionlimit(30000)

# Names scalac resolves that lie outside the subset: `unsupported`, not `unresolved-name` / `not-a-member`.
SCALA_LIBRARY_NAMES = frozenset(
    "List Nil Seq IndexedSeq Vector Set Map Option Some None Either Left Right Iterator Range StringBuilder "
    "BigInt BigDecimal Tuple2 Tuple3 Stream LazyList Ordering Function1".split())
UNIVERSAL_METHODS = frozenset("-> hashCode equals getClass isInstanceOf asInstanceOf eq ne ## ensuring".split())
ARRAY_OPS_METHODS = frozenset(
    "foreach map flatMap filter filterNot foldLeft foldRight fold reduce sum product max min maxBy minBy "
    "mkString sorted sortWith sortBy reverse contains indexOf lastIndexOf isEmpty nonEmpty head last tail init "
    "take drop takeWhile dropWhile exists forall count zip zipWithIndex clone size toList toSeq toSet toArray "
    "slice find distinct indices fill copyToArray iterator grouped sliding updated appended prepended "
    "partition span splitAt".split())


class Typer:
    def __init__(self, sink: DiagnosticSink, extensions: "list[TyperExtension] | None" = None) -> None:
        self.sink = sink
        self.program = tir.Program()
        self.extensions = extensions or []
        self._in_progress: set[object] = set()
        self.node_types: dict[ast.Node, Type] = {}  # for hover on arbitrary expressions
        self.references: list[tuple[Span, object]] = []  # (use span, symbol) for go-to-definition
        self._type_param_names: set[str] = set()  # of generic definitions: already reported as unsupported

    # ------------------------------------------------------------------------------------------ entry

    def check(self, units: list[ast.CompilationUnit]) -> tir.Program:
        for unit in units:
            self.enter(unit)
        for obj in list(self.program.objects.values()):
            self.check_object(obj)
        for cls in list(self.program.classes.values()):
            self.check_class(cls)
        self.program.main = self.find_main()
        return self.program

    def error(self, code: codes.Code, message: str, span: Span, related=(), fixes=()) -> tir.ErrorNode:
        self.sink.report(code, message, span, related, fixes)
        return tir.ErrorNode(span, ERROR)

    def unsupported(self, what: str, span: Span) -> tir.ErrorNode:
        return self.error(codes.UNSUPPORTED, f"{what} is not supported", span)

    # ------------------------------------------------------------------------------------------ symbols

    def enter(self, unit: ast.CompilationUnit) -> None:
        for defn in unit.defs:  # uses of `T` in `class Box[T]` / `def f[T]` stay silent: the generic is reported
            self._type_param_names.update(getattr(defn, "type_params", ()))
            for stat in getattr(defn, "body", ()):
                self._type_param_names.update(getattr(stat, "type_params", ()))
        new_classes: list[ClassSymbol] = []
        new_objects: list[ObjectSymbol] = []
        for defn in unit.defs:
            if isinstance(defn, ast.ObjectDef):
                if self._taken(defn.name, defn.name_span):
                    continue
                obj = ObjectSymbol(defn.name, defn.name_span, defn=defn)
                self.program.objects[defn.name] = obj
                new_objects.append(obj)
            elif isinstance(defn, ast.ClassDef):
                if self._taken(defn.name, defn.name_span):
                    continue
                cls = ClassSymbol(defn.name, defn.name_span, defn=defn)
                cls.tpe = ClassType(defn.name, cls)
                self.program.classes[defn.name] = cls
                new_classes.append(cls)
        # Class members are entered once every class name is known (fields and parameters may have class types).
        for cls in new_classes:
            self.enter_class(cls)
        for obj in new_objects:
            self.enter_members(obj, obj.defn.body)

    def _taken(self, name: str, span: Span) -> bool:
        existing = self.program.objects.get(name) or self.program.classes.get(name)
        if existing is not None:
            self.error(codes.DUPLICATE_DEFINITION, f"`{name}` is already defined", span,
                       [Related(existing.span, f"`{name}` is first defined here")])
            return True
        return False

    def enter_class(self, cls: ClassSymbol) -> None:
        defn: ast.ClassDef = cls.defn
        for p in defn.params:
            tpe = self.resolve_type(p.tpe) if p.tpe else ERROR
            cls.params.append(LocalSymbol(p.name, p.name_span, tpe, is_param=True))
            if p.name in cls.fields:
                self.error(codes.DUPLICATE_DEFINITION, f"`{p.name}` is already defined", p.name_span)
                continue
            cls.fields[p.name] = FieldSymbol(p.name, p.name_span, cls, tpe, p.binding == "var", defn=p,
                                             index=len(cls.fields))
        self.enter_members(cls, defn.body)

    def enter_members(self, owner, body: list) -> None:
        for stat in body:
            if isinstance(stat, ast.ValDef):
                if stat.name in owner.fields or stat.name in owner.methods:
                    self.error(codes.DUPLICATE_DEFINITION, f"`{stat.name}` is already defined", stat.name_span)
                    continue
                tpe = self.resolve_type(stat.tpe) if stat.tpe else None
                owner.fields[stat.name] = FieldSymbol(stat.name, stat.name_span, owner, tpe, stat.mutable,
                                                      defn=stat, index=len(owner.fields))
            elif isinstance(stat, ast.DefDef):
                if stat.name in owner.fields or stat.name in owner.methods:
                    self.error(codes.DUPLICATE_DEFINITION,
                               f"`{stat.name}` is already defined (overloading is not supported)", stat.name_span)
                    continue
                owner.methods[stat.name] = self.enter_method(owner, stat)
            elif isinstance(stat, (ast.ClassDef, ast.ObjectDef)):
                self.unsupported("a nested class or object", stat.span)

    def enter_method(self, owner, defn: ast.DefDef) -> MethodSymbol:
        params = None
        if defn.params is not None:
            params = []
            seen: set[str] = set()
            for p in defn.params:
                if p.name in seen:
                    self.error(codes.DUPLICATE_DEFINITION, f"parameter `{p.name}` is already defined", p.name_span)
                seen.add(p.name)
                if p.tpe is None:
                    self.error(codes.MISSING_TYPE, f"parameter `{p.name}` needs a type", p.name_span)
                tpe = self.resolve_type(p.tpe) if p.tpe else ERROR
                params.append(LocalSymbol(p.name, p.name_span, tpe, is_param=True))
        result = self.resolve_type(defn.ret) if defn.ret else None
        method = MethodSymbol(defn.name, defn.name_span, owner, params, result, defn=defn)
        if defn.type_params:
            self.unsupported("a generic method", defn.name_span)
        for ext in self.extensions:
            ext.enter_method(self, method)
        return method

    def resolve_type(self, ref: ast.TypeRef) -> Type:
        name = ref.name
        if isinstance(ref, ast.UnsupportedType) or name in self._type_param_names:
            return ERROR  # already reported
        if name == "Array":
            if len(ref.args) != 1:
                return self.error(codes.TYPE_MISMATCH, "Array takes one type argument", ref.span).tpe
            return ArrayType(self.resolve_type(ref.args[0]))
        if ref.args:
            self.unsupported(f"the generic type `{name}[...]`", ref.span)
            return ERROR
        prim = PRIMITIVES_BY_NAME.get(name)
        if prim is not None:
            return prim
        cls = self.program.classes.get(name)
        if cls is not None:
            return cls.tpe
        for ext in self.extensions:
            t = ext.resolve_type(self, name)
            if t is not None:
                return t
        if name in ("Any", "AnyRef", "AnyVal", "Object") or name in SCALA_LIBRARY_NAMES:
            self.unsupported(f"the type `{name}`", ref.span)
            return ERROR
        self.error(codes.UNRESOLVED_NAME, f"type `{name}` is not defined", ref.span)
        return ERROR

    # ------------------------------------------------------------------------------------------ bodies

    def check_object(self, obj: ObjectSymbol) -> None:
        def initialize(sym: FieldSymbol, value: tir.Expr, span: Span):
            if isinstance(value, tir.Const):
                # A constant initializer becomes the global's initial value: no initializer code needed.
                sym.initial = value.value
                if not sym.mutable:
                    sym.constant = value.value
                return None
            return tir.GlobalSet(span, UNIT, sym, value)

        stats = self.check_template(obj, Context(obj, None, Scope(), obj.init_locals), initialize)
        obj.needs_init = bool(stats)
        obj.init = tir.Block(obj.defn.span, UNIT, stats, None)

    def check_template(self, owner, ctx: Context, initialize) -> list[tir.Expr]:
        """Type an object's or class's body: its methods, and its initializer statements in order (field
        initializers through `initialize(field, value, span)`, which returns the statement or None)."""
        stats: list[tir.Expr] = []
        for stat in owner.defn.body:
            if isinstance(stat, ast.ValDef):
                sym = owner.fields.get(stat.name)
                if sym is None or sym.defn is not stat:
                    continue
                value = self.field_initializer(sym, ctx)
                if value is not None:
                    init = initialize(sym, value, stat.span)
                    if init is not None:
                        stats.append(init)
            elif isinstance(stat, ast.DefDef):
                method = owner.methods.get(stat.name)
                if method is not None and method.defn is stat:
                    self.check_method(method)
            elif isinstance(stat, (ast.ClassDef, ast.ObjectDef)):
                continue
            else:
                stats.append(self.discard(self.type_expr(stat, ctx, UNIT)))
        return stats

    def field_initializer(self, sym: FieldSymbol, ctx: Context) -> tir.Expr | None:
        """Type a member val/var's initializer once (members may be typed early, on first use)."""
        if getattr(sym, "_init", None) is not None:
            return sym._init  # type: ignore[attr-defined]
        defn: ast.ValDef = sym.defn
        if defn.rhs is None:
            self.unsupported("an abstract member (a `val`/`var` without a value)", defn.span)
            sym.tpe = sym.tpe or ERROR
            return None
        if sym in self._in_progress:
            self.error(codes.MISSING_TYPE, f"`{sym.name}` refers to itself; give it a type", defn.name_span)
            sym.tpe = sym.tpe or ERROR
            return None
        self._in_progress.add(sym)
        try:
            value = self.type_expr(defn.rhs, ctx, sym.tpe)
            if sym.tpe is None:
                sym.tpe = value.tpe  # Scala infers the initializer's type as it is (Null and Nothing included)
            value = self.adapt(value, sym.tpe)
        finally:
            self._in_progress.discard(sym)
        sym._init = value  # type: ignore[attr-defined]
        return value

    def check_class(self, cls: ClassSymbol) -> None:
        ctx = Context(cls, None, Scope(), cls.init_locals)
        for p in cls.params:
            ctx.scope.names[p.name] = p
        this = tir.This(cls.defn.span, cls.tpe, cls)
        stats: list[tir.Expr] = []
        for p in cls.params:
            field = cls.fields.get(p.name)
            if field is not None:
                stats.append(tir.FieldSet(p.span, UNIT, this, field, tir.LocalGet(p.span, p.tpe, p)))
        stats += self.check_template(cls, ctx, lambda sym, value, span: tir.FieldSet(span, UNIT, this, sym, value))
        cls.init = tir.Block(cls.defn.span, UNIT, stats, None)

    def check_method(self, method: MethodSymbol) -> None:
        if method.body is not None or method in self._in_progress:
            return
        defn: ast.DefDef = method.defn
        for ext in self.extensions:
            if ext.check_method(self, method):
                return
        if defn.body is None:
            owner_mods = getattr(getattr(method.owner, "defn", None), "modifiers", ())
            if "trait" not in owner_mods and "abstract" not in owner_mods:
                self.unsupported("an abstract method (a `def` without a body)", defn.span)
            method.result = method.result or ERROR
            method.body = tir.ErrorNode(defn.span, ERROR)
            return
        self._in_progress.add(method)
        try:
            ctx = Context(method.owner, method, Scope(), method.locals)
            for p in method.params or ():
                ctx.scope.names[p.name] = p
            body = self.type_expr(defn.body, ctx, method.result)
            if method.result is None:
                method.result = body.tpe
            method.body = self.adapt(body, method.result)
        except RecursionError:
            method.result = method.result or ERROR
            method.body = self.unsupported(f"an expression nested this deeply (in `{method.name}`)", defn.name_span)
        finally:
            self._in_progress.discard(method)

    def method_result(self, method: MethodSymbol, span: Span) -> Type:
        """The result type of a method at a call site, typing its body first when it was left to inference."""
        if method.result is None:
            if method in self._in_progress:
                self.error(codes.MISSING_TYPE, f"recursive method `{method.name}` needs a result type", span,
                           [Related(method.span, f"`{method.name}` is defined here")])
                method.result = ERROR
            else:
                self.check_method(method)
        return method.result or ERROR

    def field_type(self, sym: FieldSymbol, span: Span) -> Type:
        if sym.tpe is None:
            owner = sym.owner
            ctx = Context(owner, None, Scope(), owner.init_locals)
            if isinstance(owner, ClassSymbol):
                for p in owner.params:
                    ctx.scope.names[p.name] = p
            self.field_initializer(sym, ctx)
        return sym.tpe or ERROR

    def find_main(self) -> MethodSymbol | None:
        for obj in self.program.objects.values():
            main = obj.methods.get("main")
            if main is not None and main.params is not None and len(main.params) == 1 \
                    and main.params[0].tpe == ArrayType(STRING) and main.result in (UNIT, None):
                return main
        return None

    # ------------------------------------------------------------------------------------------ adaptation

    def adapt(self, e: tir.Expr, expected: Type | None, span: Span | None = None) -> tir.Expr:
        """Fit e where `expected` is required: widening, literal narrowing, value discarding, or an error."""
        if expected is None:
            return e
        t = e.tpe
        if t is expected or t == expected or t is ERROR or expected is ERROR or t is NOTHING:
            return e
        if expected is UNIT:
            return self.discard(e)
        if t is NULL and expected.is_reference:
            return tir.Const(e.span, expected, None) if isinstance(e, tir.Const) else e
        if t.is_numeric and expected.is_numeric:
            if widens_to(t, expected):
                if isinstance(e, tir.Const):
                    return tir.Const(e.span, expected, convert_constant(e.value, t, expected))
                return tir.Convert(e.span, expected, e)
            bounds = NARROWABLE.get(expected)
            if bounds and t is INT and isinstance(e, tir.Const) and bounds[0] <= e.value <= bounds[1]:
                return tir.Const(e.span, expected, e.value)
        for ext in self.extensions:
            adapted = ext.adapt(self, e, expected)
            if adapted is not None:
                return adapted
        if span is None and isinstance(e, tir.Block) and e.result is not None:
            span = e.result.span
        return self.error(codes.TYPE_MISMATCH, f"type mismatch: found {t.name}, required {expected.name}",
                          span or e.span)

    def discard(self, e: tir.Expr) -> tir.Expr:
        if e.tpe in (UNIT, NOTHING, ERROR):
            return e
        return tir.Discard(e.span, UNIT, e)

    def convert(self, e: tir.Expr, target: Type) -> tir.Expr:
        """A numeric conversion that the program asked for (`toInt`) or that promotion needs."""
        if e.tpe is target or e.tpe is ERROR:
            return e
        if isinstance(e, tir.Const) and e.tpe.is_numeric:
            return tir.Const(e.span, target, convert_constant(e.value, e.tpe, target))
        return tir.Convert(e.span, target, e)

    # ------------------------------------------------------------------------------------------ expressions

    def type_expr(self, node: ast.Node, ctx: Context, expected: Type | None = None) -> tir.Expr:
        kind = type(node)
        method = _EXPR_DISPATCH.get(kind)
        if method is None:
            method = _EXPR_DISPATCH[kind] = getattr(Typer, "expr_" + kind.__name__, _no_typing_rule)
        if method is _no_typing_rule:
            if isinstance(node, (ast.DefDef, ast.ClassDef, ast.ObjectDef)):
                return self.unsupported("a definition nested inside a method", node.span)
            return self.unsupported(f"`{kind.__name__}`", node.span)
        result = method(self, node, ctx, expected)
        self.node_types[node] = result.tpe
        return result

    def expr_ErrorExpr(self, node, ctx, expected):
        return tir.ErrorNode(node.span, ERROR)

    def expr_Unsupported(self, node, ctx, expected):
        return tir.ErrorNode(node.span, ERROR)  # the parser reported it

    def expr_Literal(self, node: ast.Literal, ctx, expected):
        kind, value = node.kind, node.value
        if kind == "int":
            return tir.Const(node.span, INT, value)
        if kind == "long":
            return tir.Const(node.span, LONG, value)
        if kind == "double":
            return tir.Const(node.span, DOUBLE, float(value))
        if kind == "float":
            return tir.Const(node.span, FLOAT, to_f32(float(value)))
        if kind == "char":
            return tir.Const(node.span, CHAR, ord(value) if isinstance(value, str) else int(value))
        if kind == "string":
            return tir.Const(node.span, STRING, value)
        if kind == "boolean":
            return tir.Const(node.span, BOOLEAN, bool(value))
        if kind == "null":
            return tir.Const(node.span, NULL, None)
        if kind == "unit":
            return tir.UnitValue(node.span, UNIT)
        return self.unsupported(f"the literal `{value}`", node.span)

    def expr_Interpolated(self, node: ast.Interpolated, ctx, expected):
        if node.interpolator != "s":
            return self.unsupported(f"the `{node.interpolator}` interpolator", node.span)
        parts: list[tir.Expr] = []
        for i, text in enumerate(node.parts):
            if text:
                parts.append(tir.Const(node.span, STRING, text))
            if i < len(node.args):
                arg = self.type_expr(node.args[i], ctx)
                parts.append(arg)
        if any(p.tpe is ERROR for p in parts):
            return tir.ErrorNode(node.span, ERROR)
        if not parts:
            return tir.Const(node.span, STRING, "")
        return tir.StringConcat(node.span, STRING, parts)

    def expr_This(self, node, ctx, expected):
        if isinstance(ctx.owner, ClassSymbol):
            return tir.This(node.span, ctx.owner.tpe, ctx.owner)
        return self.unsupported("`this` in an object", node.span)

    def expr_Ident(self, node: ast.Ident, ctx: Context, expected):
        name = node.name
        local = ctx.scope.lookup(name)
        if local is not None:
            self.references.append((node.span, local))
            return tir.LocalGet(node.span, local.tpe, local)
        member = self.member_in_scope(name, ctx)
        if member is not None:
            return self.member_access(member, None, node.span, ctx)
        if name in ("println", "print"):
            return self.type_print(name, [], node.span, ctx)
        if name == "???":
            return tir.Throw(node.span, NOTHING, "scala.NotImplementedError",
                             tir.Const(node.span, STRING, "an implementation is missing"))
        for ext in self.extensions:
            e = ext.ident(self, node, ctx)
            if e is not None:
                return e
        if name in self.program.objects:
            return self.unsupported(f"the object `{name}` used as a value", node.span)
        if name in SCALA_LIBRARY_NAMES:
            return self.unsupported(f"`{name}` from the Scala library", node.span)
        return self.error(codes.UNRESOLVED_NAME, f"not found: value `{name}`", node.span)

    def member_in_scope(self, name: str, ctx: Context):
        owner = ctx.owner
        sym = owner.fields.get(name) or owner.methods.get(name)
        return sym

    def member_access(self, sym, receiver: tir.Expr | None, span: Span, ctx: Context) -> tir.Expr:
        """A field read or a parameterless method call, on `receiver` or (None) on the enclosing class/object."""
        self.references.append((span, sym))
        if isinstance(sym, FieldSymbol):
            tpe = self.field_type(sym, span)
            if sym.is_global:
                if sym.constant is not None and not sym.mutable:
                    return tir.Const(span, tpe, sym.constant)
                return tir.GlobalGet(span, tpe, sym)
            obj = receiver if receiver is not None else tir.This(span, sym.owner.tpe, sym.owner)
            return tir.FieldGet(span, tpe, obj, sym)
        method: MethodSymbol = sym
        if method.params:
            return self.error(codes.WRONG_ARGUMENTS,
                              f"missing arguments for method `{method.name}` "
                              f"({len(method.params)} expected)", span)
        return self.make_call(method, receiver, [], span, ctx)

    def make_call(self, method: MethodSymbol, receiver, args: list[tir.Expr], span: Span, ctx: Context) -> tir.Expr:
        if not method.is_static and receiver is None:
            if isinstance(ctx.owner, ClassSymbol) and ctx.owner is method.owner:
                receiver = tir.This(span, ctx.owner.tpe, ctx.owner)
        result = self.method_result(method, span)
        for ext in self.extensions:
            e = ext.call(self, method, receiver, args, span, ctx)
            if e is not None:
                return e
        return tir.Call(span, result, method, receiver, args)

    def type_args(self, method: MethodSymbol, arg_nodes: list, span: Span, ctx: Context) -> list[tir.Expr] | None:
        params = method.params or []
        if len(arg_nodes) != len(params):
            if any(p.tpe is ERROR for p in params) or _broken(arg_nodes):
                # e.g. varargs `xs: Int*`, or an argument list a syntax error split: already reported
                for a in arg_nodes:
                    self.type_expr(a, ctx)
                return None
            self.error(codes.WRONG_ARGUMENTS,
                       f"`{method.name}` takes {len(params)} argument{'s' if len(params) != 1 else ''} "
                       f"but {len(arg_nodes)} {'were' if len(arg_nodes) != 1 else 'was'} given", span,
                       [Related(method.span, f"`{method.name}` is defined here")])
            for a in arg_nodes:
                self.type_expr(a, ctx)
            return None
        out = []
        for p, a in zip(params, arg_nodes):
            out.append(self.adapt(self.type_expr(a, ctx, p.tpe), p.tpe))
        return out

    def expr_Select(self, node: ast.Select, ctx: Context, expected):
        path = qualified_path(node)
        if path is not None and not self.path_starts_with_value(path, ctx):
            const = CONSTANTS.get(path)
            if const is not None:
                return tir.Const(node.span, const[0], const[1])
            head, _, rest = path.partition(".")
            obj = self.program.objects.get(head)
            if obj is not None and "." not in rest:
                sym = obj.fields.get(rest) or obj.methods.get(rest)
                if sym is None:
                    return self.error(codes.NOT_A_MEMBER, f"`{rest}` is not a member of object `{head}`",
                                      node.name_span)
                self.references.append((node.qualifier.span, obj))
                return self.member_access(sym, None, node.span, ctx)
            for ext in self.extensions:
                e = ext.select_path(self, path, node, ctx)
                if e is not None:
                    return e
            if path in ("sys.exit",):
                return self.type_builtin_call(path, [], node, ctx)
        qual = self.type_expr(node.qualifier, ctx)
        return self.select_on_value(qual, node.name, node.name_span, node.span, None, ctx)

    def path_starts_with_value(self, path: str, ctx: Context) -> bool:
        head = path.split(".", 1)[0]
        return ctx.scope.lookup(head) is not None or head in ctx.owner.fields or head in ctx.owner.methods

    def select_on_value(self, qual: tir.Expr, name: str, name_span: Span, span: Span,
                        arg_nodes: list | None, ctx: Context) -> tir.Expr:
        """`qual.name` or `qual.name(args)` on a value of any type."""
        t = qual.tpe
        if t is ERROR:
            if arg_nodes:
                for a in arg_nodes:
                    self.type_expr(a, ctx)
            return tir.ErrorNode(span, ERROR)
        args_given = arg_nodes is not None
        arg_nodes = arg_nodes or []
        if name == "toString" and not arg_nodes:
            return tir.ToString(span, STRING, qual)
        if name in ("==", "!=", "equals") and len(arg_nodes) == 1:
            rhs = self.type_expr(arg_nodes[0], ctx)
            return self.equality("!=" if name == "!=" else "==", qual, rhs, span)
        if t.is_numeric:
            target = CONVERSIONS.get(name)
            if target is not None and not arg_nodes:
                return self.convert(qual, target)
            if name in ("max", "min") and len(arg_nodes) == 1:
                other = self.type_expr(arg_nodes[0], ctx)
                return self.math_call(name, [qual, other], span)
            if name == "abs" and not arg_nodes:
                return self.math_call("abs", [qual], span)
        if t is STRING:
            return self.string_method(qual, name, name_span, span, arg_nodes, args_given, ctx)
        if isinstance(t, ArrayType):
            if name == "length" and not arg_nodes:
                return tir.ArrayLength(span, INT, qual)
            if name == "apply" and len(arg_nodes) == 1:
                return self.array_get(qual, arg_nodes[0], span, ctx)
            if name == "update" and len(arg_nodes) == 2:
                return self.array_set(qual, arg_nodes[0], arg_nodes[1], span, ctx)
        if isinstance(t, ClassType) and isinstance(t.symbol, ClassSymbol):
            cls: ClassSymbol = t.symbol
            sym = cls.fields.get(name) or cls.methods.get(name)
            if sym is None:
                for a in arg_nodes:
                    self.type_expr(a, ctx)
                if name in UNIVERSAL_METHODS:
                    return self.unsupported(f"the method `{name}`", name_span)
                return self.error(codes.NOT_A_MEMBER, f"`{name}` is not a member of {t.name}", name_span)
            if isinstance(sym, FieldSymbol):
                field_private = isinstance(sym.defn, ast.ClassParam) and sym.defn.binding is None
                if field_private and not (isinstance(ctx.owner, ClassSymbol) and ctx.owner is cls):
                    return self.error(codes.NOT_A_MEMBER,
                                      f"`{name}` is a constructor parameter of {t.name}, not a member "
                                      f"(declare it `val {name}` to read it from outside)", name_span)
                access = self.member_access(sym, qual, span, ctx)
                if args_given:
                    return self.apply_value(access, arg_nodes, span, ctx)
                return access
            self.references.append((name_span, sym))
            if sym.params is None or not args_given:
                if sym.params:
                    return self.error(codes.WRONG_ARGUMENTS, f"missing arguments for method `{name}`", span)
                call = self.make_call(sym, qual, [], span, ctx)
                return self.apply_value(call, arg_nodes, span, ctx) if args_given and sym.params is None else call
            args = self.type_args(sym, arg_nodes, span, ctx)
            if args is None:
                return tir.ErrorNode(span, ERROR)
            return self.make_call(sym, qual, args, span, ctx)
        for ext in self.extensions:
            e = ext.select_on_value(self, qual, name, name_span, span, arg_nodes if args_given else None, ctx)
            if e is not None:
                return e
        for a in arg_nodes:
            self.type_expr(a, ctx)
        if name in UNIVERSAL_METHODS or (isinstance(t, ArrayType) and name in ARRAY_OPS_METHODS):
            return self.unsupported(f"the method `{name}` on {t.name}", name_span)
        return self.error(codes.NOT_A_MEMBER, f"`{name}` is not a member of {t.name}", name_span)

    def string_method(self, qual, name, name_span, span, arg_nodes, args_given, ctx) -> tir.Expr:
        def args_of(*types: Type) -> list[tir.Expr] | None:
            if len(arg_nodes) != len(types):
                return None
            return [self.adapt(self.type_expr(a, ctx, t), t) for a, t in zip(arg_nodes, types)]

        if name == "length" and not arg_nodes:
            return tir.Builtin(span, INT, "string.length", [qual])
        if name == "isEmpty" and not arg_nodes:
            return tir.Builtin(span, BOOLEAN, "string.isEmpty", [qual])
        if name in ("charAt", "apply"):
            args = args_of(INT)
            if args is not None:
                return tir.Builtin(span, CHAR, "string.charAt", [qual, *args])
        if name == "substring":
            args = args_of(INT) if len(arg_nodes) == 1 else args_of(INT, INT)
            if args is not None:
                return tir.Builtin(span, STRING, "string.substring", [qual, *args])
        for a in arg_nodes:
            self.type_expr(a, ctx)
        return self.unsupported(f"the String method `{name}`", name_span)

    def apply_value(self, fn: tir.Expr, arg_nodes: list, span: Span, ctx: Context) -> tir.Expr:
        """`v(args)` where v is a value: an array read."""
        if fn.tpe is ERROR:
            for a in arg_nodes:
                self.type_expr(a, ctx)
            return tir.ErrorNode(span, ERROR)
        if isinstance(fn.tpe, ArrayType) and len(arg_nodes) == 1:
            return self.array_get(fn, arg_nodes[0], span, ctx)
        if fn.tpe is STRING and len(arg_nodes) == 1:
            index = self.adapt(self.type_expr(arg_nodes[0], ctx, INT), INT)
            return tir.Builtin(span, CHAR, "string.charAt", [fn, index])
        for a in arg_nodes:
            self.type_expr(a, ctx)
        return self.error(codes.TYPE_MISMATCH, f"a value of type {fn.tpe.name} cannot be called", span)

    def array_get(self, array: tir.Expr, index_node, span: Span, ctx: Context) -> tir.Expr:
        index = self.adapt(self.type_expr(index_node, ctx, INT), INT)
        return tir.ArrayGet(span, array.tpe.element, array, index)

    def array_set(self, array: tir.Expr, index_node, value_node, span: Span, ctx: Context) -> tir.Expr:
        elem = array.tpe.element
        index = self.adapt(self.type_expr(index_node, ctx, INT), INT)
        value = self.adapt(self.type_expr(value_node, ctx, elem), elem)
        return tir.ArraySet(span, UNIT, array, index, value)

    def expr_Apply(self, node: ast.Apply, ctx: Context, expected):
        fn = node.fn
        if isinstance(fn, ast.Ident):
            name = fn.name
            local = ctx.scope.lookup(name)
            if local is None:
                member = self.member_in_scope(name, ctx)
                if isinstance(member, MethodSymbol):
                    self.references.append((fn.span, member))
                    if member.params is None:
                        call = self.make_call(member, None, [], fn.span, ctx)
                        return self.apply_value(call, node.args, node.span, ctx)
                    args = self.type_args(member, node.args, node.span, ctx)
                    if args is None:
                        return tir.ErrorNode(node.span, ERROR)
                    return self.make_call(member, None, args, node.span, ctx)
                if member is None:
                    if name in ("println", "print"):
                        return self.type_print(name, node.args, node.span, ctx)
                    if name == "Array":
                        return self.array_literal(node, ctx, expected)
                    for ext in self.extensions:
                        e = ext.apply_ident(self, node, ctx, expected)
                        if e is not None:
                            return e
        elif isinstance(fn, ast.Select):
            path = qualified_path(fn)
            if path is not None and not self.path_starts_with_value(path, ctx):
                head, _, rest = path.partition(".")
                obj = self.program.objects.get(head)
                if obj is not None and "." not in rest:
                    sym = obj.methods.get(rest) or obj.fields.get(rest)
                    if sym is None:
                        for a in node.args:
                            self.type_expr(a, ctx)
                        return self.error(codes.NOT_A_MEMBER, f"`{rest}` is not a member of object `{head}`",
                                          fn.name_span)
                    self.references.append((fn.qualifier.span, obj))
                    self.references.append((fn.name_span, sym))
                    if isinstance(sym, FieldSymbol) or sym.params is None:
                        value = self.member_access(sym, None, fn.span, ctx)
                        return self.apply_value(value, node.args, node.span, ctx)
                    args = self.type_args(sym, node.args, node.span, ctx)
                    if args is None:
                        return tir.ErrorNode(node.span, ERROR)
                    return self.make_call(sym, None, args, node.span, ctx)
                builtin = self.type_builtin_call(path, node.args, node, ctx)
                if builtin is not None:
                    return builtin
            qual = self.type_expr(fn.qualifier, ctx)
            return self.select_on_value(qual, fn.name, fn.name_span, node.span, node.args, ctx)
        value = self.type_expr(fn, ctx)
        return self.apply_value(value, node.args, node.span, ctx)

    def type_builtin_call(self, path: str, arg_nodes: list, node, ctx: Context) -> tir.Expr | None:
        span = node.span
        if path in ("sys.exit", "scala.sys.exit", "System.exit", "java.lang.System.exit"):
            if len(arg_nodes) != 1:
                return self.error(codes.WRONG_ARGUMENTS, "sys.exit takes one argument (the status)", span)
            code = self.adapt(self.type_expr(arg_nodes[0], ctx, INT), INT)
            return tir.Builtin(span, NOTHING, "sys.exit", [code])
        for prefix in MATH_PREFIXES:
            if path.startswith(prefix) and path[len(prefix):] in MATH_FUNCTIONS:
                args = [self.type_expr(a, ctx) for a in arg_nodes]
                return self.math_call(path[len(prefix):], args, span)
        cast = BIT_CASTS.get(path)
        if cast is not None:
            name, param, result = cast
            if len(arg_nodes) != 1:
                return self.error(codes.WRONG_ARGUMENTS, f"`{path}` takes one argument", span)
            arg = self.adapt(self.type_expr(arg_nodes[0], ctx, param), param)
            return tir.Builtin(span, result, name, [arg])
        for ext in self.extensions:
            e = ext.builtin_call(self, path, arg_nodes, node, ctx)
            if e is not None:
                return e
        return None

    def math_call(self, name: str, args: list[tir.Expr], span: Span) -> tir.Expr:
        if any(a.tpe is ERROR for a in args):
            return tir.ErrorNode(span, ERROR)
        arity = 2 if name in ("max", "min") else 1
        if len(args) != arity:
            return self.error(codes.WRONG_ARGUMENTS, f"math.{name} takes {arity} argument(s)", span)
        if not all(a.tpe.is_numeric for a in args):
            return self.error(codes.TYPE_MISMATCH, f"math.{name} needs numeric arguments", span)
        if name in ("sqrt", "floor", "ceil"):
            target = DOUBLE
        elif arity == 2:
            target = promote(args[0].tpe, args[1].tpe)
        else:
            target = unary_promote(args[0].tpe)
        if name == "signum" and target is not DOUBLE and target is not FLOAT:
            target = unary_promote(args[0].tpe)
        converted = [self.convert(a, target) for a in args]
        return tir.Builtin(span, target, "math." + name, converted)

    def type_print(self, name: str, arg_nodes: list, span: Span, ctx: Context) -> tir.Expr:
        if len(arg_nodes) > 1 and _broken(arg_nodes):
            for a in arg_nodes:
                self.type_expr(a, ctx)
            return tir.ErrorNode(span, ERROR)
        if len(arg_nodes) > 1:
            return self.error(codes.WRONG_ARGUMENTS, f"`{name}` takes at most one argument", span)
        if not arg_nodes:
            if name == "print":
                return self.error(codes.WRONG_ARGUMENTS, "`print` takes one argument", span)
            return tir.Builtin(span, UNIT, "println", [])
        arg = self.type_expr(arg_nodes[0], ctx)
        if arg.tpe is ERROR:
            return tir.ErrorNode(span, ERROR)
        return tir.Builtin(span, UNIT, name, [arg])

    def array_literal(self, node: ast.Apply, ctx: Context, expected) -> tir.Expr:
        elem_expected = expected.element if isinstance(expected, ArrayType) else None
        if node.type_args:
            elem_expected = self.resolve_type(node.type_args[0])
        items = [self.type_expr(a, ctx, elem_expected) for a in node.args]
        if any(i.tpe is ERROR for i in items):
            return tir.ErrorNode(node.span, ERROR)
        elem = elem_expected
        if elem is None:
            if not items:
                return self.error(codes.MISSING_TYPE, "the element type of an empty `Array()` must be written, "
                                  "as in `Array[Int]()`", node.span)
            elem = items[0].tpe
            for it in items[1:]:
                joined = lub(elem, it.tpe)
                if joined is None:
                    return self.error(codes.TYPE_MISMATCH,
                                      f"array elements of unrelated types {elem.name} and {it.tpe.name}", it.span)
                elem = joined
            if elem is NULL or elem is NOTHING:
                return self.error(codes.MISSING_TYPE, "write the element type: `Array[T](...)`", node.span)
        items = [self.adapt(i, elem) for i in items]
        return tir.ArrayLiteral(node.span, ArrayType(elem), items)

    def expr_New(self, node: ast.New, ctx: Context, expected):
        ref = node.tpe
        if ref.name == "Array":
            if len(node.args) != 1 or len(ref.args) != 1:
                return self.error(codes.WRONG_ARGUMENTS, "`new Array[T](n)` takes one type and one size", node.span)
            tpe = self.resolve_type(ref)
            size = self.adapt(self.type_expr(node.args[0], ctx, INT), INT)
            return tir.NewArray(node.span, tpe, size)
        if ref.name == "String" and not ref.args:
            args = [self.type_expr(a, ctx) for a in node.args]
            if len(args) in (1, 3) and args[0].tpe == ArrayType(CHAR):
                rest = [self.adapt(a, INT) for a in args[1:]]
                return tir.Builtin(node.span, STRING, "newString", [args[0], *rest])
            return self.unsupported("this `new String(...)` form", node.span)
        if ref.name in EXCEPTIONS:
            return self.unsupported("an exception as a value (only `throw new E(...)` is supported)", node.span)
        cls = self.program.classes.get(ref.name)
        if cls is None:
            for ext in self.extensions:
                e = ext.new(self, node, ctx)
                if e is not None:
                    return e
            return self.error(codes.UNRESOLVED_NAME, f"class `{ref.name}` is not defined", ref.span)
        self.references.append((ref.span, cls))
        if len(node.args) != len(cls.params):
            for a in node.args:
                self.type_expr(a, ctx)
            return self.error(codes.WRONG_ARGUMENTS,
                              f"`new {cls.name}` takes {len(cls.params)} argument(s) but {len(node.args)} given",
                              node.span, [Related(cls.span, f"`{cls.name}` is defined here")])
        args = [self.adapt(self.type_expr(a, ctx, p.tpe), p.tpe) for p, a in zip(cls.params, node.args)]
        return tir.NewObject(node.span, cls.tpe, cls, args)

    def expr_Throw(self, node: ast.Throw, ctx: Context, expected):
        value = node.value
        if isinstance(value, ast.New) and value.tpe.name in EXCEPTIONS and not value.tpe.args:
            qualified = EXCEPTIONS[value.tpe.name]
            if len(value.args) > 1:
                return self.unsupported("an exception constructor with a cause", value.span)
            message = None
            if value.args:
                message = self.adapt(self.type_expr(value.args[0], ctx, STRING), STRING)
            return tir.Throw(node.span, NOTHING, qualified, message)
        return self.unsupported("`throw` of anything but `new <Exception>(message)`", node.span)

    def expr_Prefix(self, node: ast.Prefix, ctx: Context, expected):
        operand = self.type_expr(node.operand, ctx)
        t = operand.tpe
        if t is ERROR:
            return tir.ErrorNode(node.span, ERROR)
        op = node.op
        if op == "!":
            if t is not BOOLEAN:
                return self.error(codes.TYPE_MISMATCH, f"`!` needs a Boolean, found {t.name}", node.span)
            if isinstance(operand, tir.Const):
                return tir.Const(node.span, BOOLEAN, not operand.value)
            return tir.Unary(node.span, BOOLEAN, "!", operand)
        if not t.is_numeric or (op == "~" and not is_integral(t)):
            return self.error(codes.TYPE_MISMATCH, f"`{op}` is not defined on {t.name}", node.span)
        rt = unary_promote(t)
        operand = self.convert(operand, rt)
        if op == "+":
            return operand
        if isinstance(operand, tir.Const):
            v = operand.value
            if op == "-":
                folded = (wrap32(-v) if rt is INT else wrap64(-v)) if is_integral(rt) else -v
            else:
                folded = wrap32(~v) if rt is INT else wrap64(~v)
            return tir.Const(node.span, rt, folded)
        return tir.Unary(node.span, rt, op, operand)

    def expr_Infix(self, node: ast.Infix, ctx: Context, expected):
        op = node.op
        if op in ("&&", "||"):
            lhs = self.adapt(self.type_expr(node.lhs, ctx, BOOLEAN), BOOLEAN)
            rhs = self.adapt(self.type_expr(node.rhs, ctx, BOOLEAN), BOOLEAN)
            if ERROR in (lhs.tpe, rhs.tpe):
                return tir.ErrorNode(node.span, ERROR)
            return tir.Logical(node.span, BOOLEAN, op, lhs, rhs)
        if op in ("until", "to"):
            return self.unsupported(f"a range (`{op}`) outside a `for` loop", node.span)
        lhs = self.type_expr(node.lhs, ctx)
        if not (op in ARITHMETIC | BITWISE | SHIFTS | ORDERING | EQUALITY | {"eq", "ne"}):
            # `a max b` and other alphanumeric infix calls are method calls.
            return self.select_on_value(lhs, op, node.op_span, node.span, [node.rhs], ctx)
        rhs = self.type_expr(node.rhs, ctx)
        return self.binary(op, lhs, rhs, node.span, node.op_span)

    def binary(self, op: str, lhs: tir.Expr, rhs: tir.Expr, span: Span, op_span: Span) -> tir.Expr:
        lt, rt = lhs.tpe, rhs.tpe
        if lt is ERROR or rt is ERROR:
            return tir.ErrorNode(span, ERROR)
        if op == "+" and (lt is STRING or rt is STRING):
            parts: list[tir.Expr] = []
            for side in (lhs, rhs):
                if isinstance(side, tir.StringConcat):
                    parts.extend(side.parts)
                else:
                    parts.append(side)
            return tir.StringConcat(span, STRING, parts)
        if op in EQUALITY:
            return self.equality(op, lhs, rhs, span)
        if op in ("eq", "ne"):
            if lt.is_reference or lt is NULL:
                return tir.RefEquals(span, BOOLEAN, lhs, rhs, negate=op == "ne")
        if lt is BOOLEAN and rt is BOOLEAN and op in BITWISE:
            return self.fold(tir.Binary(span, BOOLEAN, op, BOOLEAN, lhs, rhs))
        if not (lt.is_numeric and rt.is_numeric):
            return self.error(codes.TYPE_MISMATCH,
                              f"`{op}` is not defined between {lt.name} and {rt.name}", op_span)
        if op in SHIFTS:
            if not (is_integral(lt) and is_integral(rt)):
                return self.error(codes.TYPE_MISMATCH, f"`{op}` needs integral operands", op_span)
            operand_type = unary_promote(lt)
            count = self.convert(rhs, unary_promote(rt))
            return self.fold(tir.Binary(span, operand_type, op, operand_type, self.convert(lhs, operand_type), count))
        operand_type = promote(lt, rt)
        if op in BITWISE and not is_integral(operand_type):
            return self.error(codes.TYPE_MISMATCH, f"`{op}` is not defined on {operand_type.name}", op_span)
        result = BOOLEAN if op in ORDERING else operand_type
        return self.fold(tir.Binary(span, result, op, operand_type,
                                    self.convert(lhs, operand_type), self.convert(rhs, operand_type)))

    def equality(self, op: str, lhs: tir.Expr, rhs: tir.Expr, span: Span) -> tir.Expr:
        lt, rt = lhs.tpe, rhs.tpe
        negate = op == "!="
        if lt is ERROR or rt is ERROR:
            return tir.ErrorNode(span, ERROR)
        if lt.is_numeric and rt.is_numeric:
            operand_type = promote(lt, rt)
            return self.fold(tir.Binary(span, BOOLEAN, op, operand_type,
                                        self.convert(lhs, operand_type), self.convert(rhs, operand_type)))
        if lt is BOOLEAN and rt is BOOLEAN:
            return self.fold(tir.Binary(span, BOOLEAN, op, BOOLEAN, lhs, rhs))
        if lt is NULL or rt is NULL:
            if (lt.is_reference or lt is NULL) and (rt.is_reference or rt is NULL):
                return tir.RefEquals(span, BOOLEAN, lhs, rhs, negate)
        if lt is STRING and rt is STRING:
            if isinstance(lhs, tir.Const) and isinstance(rhs, tir.Const):
                return tir.Const(span, BOOLEAN, (lhs.value == rhs.value) != negate)
            return tir.StringEquals(span, BOOLEAN, lhs, rhs, negate)
        if lt.is_reference and rt.is_reference and lt == rt:
            return tir.RefEquals(span, BOOLEAN, lhs, rhs, negate)
        if lt is UNIT and rt is UNIT:
            return tir.Block(span, BOOLEAN, [self.discard(lhs), self.discard(rhs)], tir.Const(span, BOOLEAN, not negate))
        # Values of unrelated types are never equal (scalac warns; the result is constant).
        return tir.Block(span, BOOLEAN, [self.discard(lhs), self.discard(rhs)], tir.Const(span, BOOLEAN, negate))

    def fold(self, e: tir.Binary) -> tir.Expr:
        """Fold an operation on two constants with the JVM's semantics; leave it when it would fail at run time."""
        l, r = e.lhs, e.rhs
        if not (isinstance(l, tir.Const) and isinstance(r, tir.Const)):
            return e
        value = fold_binary(e.op, e.operand_type, l.value, r.value)
        if value is None:
            return e
        return tir.Const(e.span, e.tpe, value)

    def expr_Assign(self, node: ast.Assign, ctx: Context, expected):
        target = node.target
        if isinstance(target, ast.Apply) and len(target.args) == 1:
            array = self.type_expr(target.fn, ctx)
            if array.tpe is ERROR:
                self.type_expr(node.value, ctx)
                return tir.ErrorNode(node.span, ERROR)
            if isinstance(array.tpe, ArrayType):
                return self.array_set(array, target.args[0], node.value, node.span, ctx)
            return self.error(codes.TYPE_MISMATCH, f"a value of type {array.tpe.name} cannot be updated", target.span)
        lvalue = self.type_expr(target, ctx)
        value = self.type_expr(node.value, ctx, lvalue.tpe if lvalue.tpe is not ERROR else None)
        return self.assign(lvalue, value, node.span, target.span)

    def assign(self, lvalue: tir.Expr, value: tir.Expr, span: Span, target_span: Span) -> tir.Expr:
        if lvalue.tpe is ERROR:
            return tir.ErrorNode(span, ERROR)
        value = self.adapt(value, lvalue.tpe)
        if isinstance(lvalue, tir.LocalGet):
            if not lvalue.sym.mutable:
                return self.reassign_error(lvalue.sym, target_span)
            return tir.LocalSet(span, UNIT, lvalue.sym, value)
        if isinstance(lvalue, (tir.GlobalGet, tir.Const)) and not isinstance(lvalue, tir.Const):
            if not lvalue.sym.mutable:
                return self.reassign_error(lvalue.sym, target_span)
            return tir.GlobalSet(span, UNIT, lvalue.sym, value)
        if isinstance(lvalue, tir.FieldGet):
            if not lvalue.sym.mutable:
                return self.reassign_error(lvalue.sym, target_span)
            return tir.FieldSet(span, UNIT, lvalue.obj, lvalue.sym, value)
        if isinstance(lvalue, tir.ArrayGet):
            return tir.ArraySet(span, UNIT, lvalue.array, lvalue.index, value)
        for ext in self.extensions:
            e = ext.assign(self, lvalue, value, span, target_span)
            if e is not None:
                return e
        if isinstance(lvalue, tir.Const):  # a constant `val`, folded to its value
            return self.error(codes.REASSIGN_VAL, "reassignment to val (a constant `val` cannot change)", target_span)
        return self.error(codes.REASSIGN_VAL, "this expression cannot be assigned to", target_span)

    def reassign_error(self, sym, span: Span) -> tir.Expr:
        return self.error(codes.REASSIGN_VAL, f"reassignment to val `{sym.name}`", span,
                          [Related(sym.span, f"`{sym.name}` is defined here")])

    def expr_CompoundAssign(self, node: ast.CompoundAssign, ctx: Context, expected):
        if node.op not in COMPOUND_OPS:
            return self.unsupported(f"the operator `{node.op}=`", node.span)
        target = node.target
        if isinstance(target, ast.Apply) and len(target.args) == 1:
            array = self.type_expr(target.fn, ctx)
            if isinstance(array.tpe, ArrayType):
                # a(i) op= v evaluates a and i once: keep them in temporaries.
                arr_tmp = self.temp(array.tpe, target.fn.span, ctx)
                index = self.adapt(self.type_expr(target.args[0], ctx, INT), INT)
                idx_tmp = self.temp(INT, target.args[0].span, ctx)
                arr_get = tir.LocalGet(target.span, array.tpe, arr_tmp)
                idx_get = tir.LocalGet(target.span, INT, idx_tmp)
                current = tir.ArrayGet(target.span, array.tpe.element, arr_get, idx_get)
                rhs = self.type_expr(node.value, ctx)
                combined = self.binary(node.op, current, rhs, node.span, node.span)
                if combined.tpe is ERROR:
                    return combined
                store = tir.ArraySet(node.span, UNIT, arr_get, idx_get, self.compound_value(combined, current, node))
                return tir.Block(node.span, UNIT, [
                    tir.LocalDef(target.fn.span, UNIT, arr_tmp, array),
                    tir.LocalDef(target.args[0].span, UNIT, idx_tmp, index),
                    store], None)
            if array.tpe is ERROR:
                return tir.ErrorNode(node.span, ERROR)
        lvalue = self.type_expr(target, ctx)
        if lvalue.tpe is ERROR:
            self.type_expr(node.value, ctx)
            return tir.ErrorNode(node.span, ERROR)
        receiver_tmp_stats: list[tir.Expr] = []
        if isinstance(lvalue, tir.FieldGet) and not isinstance(lvalue.obj, (tir.This, tir.LocalGet)):
            tmp = self.temp(lvalue.obj.tpe, lvalue.obj.span, ctx)
            receiver_tmp_stats.append(tir.LocalDef(lvalue.obj.span, UNIT, tmp, lvalue.obj))
            lvalue = tir.FieldGet(lvalue.span, lvalue.tpe, tir.LocalGet(lvalue.obj.span, lvalue.obj.tpe, tmp),
                                  lvalue.sym)
        rhs = self.type_expr(node.value, ctx)
        combined = self.binary(node.op, lvalue, rhs, node.span, node.span)
        if combined.tpe is ERROR:
            return combined
        result = self.assign(lvalue, self.compound_value(combined, lvalue, node), node.span, target.span)
        if receiver_tmp_stats:
            return tir.Block(node.span, UNIT, [*receiver_tmp_stats, result], None)
        return result

    def compound_value(self, combined: tir.Expr, current: tir.Expr, node) -> tir.Expr:
        """Scala types `x op= v` as `x = x op v`: a wider result does not fit back (`b += 1` on a Byte is an error)."""
        if combined.tpe != current.tpe and not (combined.tpe is STRING and current.tpe is STRING):
            if not widens_to(combined.tpe, current.tpe):
                self.error(codes.TYPE_MISMATCH,
                           f"type mismatch: `{node.op}=` gives {combined.tpe.name}, required {current.tpe.name}",
                           node.span)
                return tir.ErrorNode(node.span, ERROR)
        return combined

    def temp(self, tpe: Type, span: Span, ctx: Context) -> LocalSymbol:
        sym = LocalSymbol("$tmp", span, tpe, mutable=False)
        ctx.locals.append(sym)
        return sym

    def expr_If(self, node: ast.If, ctx: Context, expected):
        cond = self.adapt(self.type_expr(node.cond, ctx, BOOLEAN), BOOLEAN)
        then = self.type_expr(node.then, ctx.nested(), expected)
        if node.otherwise is None:
            return tir.If(node.span, UNIT, cond, self.discard(then), None)
        otherwise = self.type_expr(node.otherwise, ctx.nested(), expected)
        if expected is UNIT:
            return tir.If(node.span, UNIT, cond, self.discard(then), self.discard(otherwise))
        tpe = expected if expected is not None and expected is not ERROR else lub(then.tpe, otherwise.tpe)
        if tpe is None:
            if expected is None:
                # Scala would type this as Any; the subset has no Any, so only statement use is accepted.
                return self.error(codes.UNSUPPORTED,
                                  f"an `if` whose branches have unrelated types {then.tpe.name} and "
                                  f"{otherwise.tpe.name} (Scala types it as `Any`) is not supported", node.span)
            tpe = expected
        return tir.If(node.span, tpe, cond, self.adapt(then, tpe), self.adapt(otherwise, tpe))

    def expr_While(self, node: ast.While, ctx: Context, expected):
        cond = self.adapt(self.type_expr(node.cond, ctx, BOOLEAN), BOOLEAN)
        body = self.discard(self.type_expr(node.body, ctx.nested(), UNIT))
        return tir.While(node.span, UNIT, cond, body)

    def expr_For(self, node: ast.For, ctx: Context, expected):
        gen = node.generator
        inner = ctx.nested()
        if isinstance(gen, ast.Infix) and gen.op in ("until", "to"):
            start = self.type_expr(gen.lhs, ctx)
            end = self.type_expr(gen.rhs, ctx)
            if ERROR in (start.tpe, end.tpe):
                return tir.ErrorNode(node.span, ERROR)
            kind = promote(start.tpe, end.tpe) if start.tpe.is_numeric and end.tpe.is_numeric else None
            if kind not in (INT, LONG) or not (is_integral(start.tpe) and is_integral(end.tpe)):
                return self.unsupported(f"a range of {start.tpe.name}", gen.span)
            var = LocalSymbol(node.name, node.name_span, kind)
            ctx.locals.append(var)
            inner.scope.names[node.name] = var
            body = self.discard(self.type_expr(node.body, inner, UNIT))
            return tir.ForRange(node.span, UNIT, var, self.convert(start, kind), self.convert(end, kind),
                                gen.op == "to", body)
        seq = self.type_expr(gen, ctx)
        if seq.tpe is ERROR:
            return tir.ErrorNode(node.span, ERROR)
        if isinstance(seq.tpe, ArrayType):
            var = LocalSymbol(node.name, node.name_span, seq.tpe.element)
            ctx.locals.append(var)
            inner.scope.names[node.name] = var
            body = self.discard(self.type_expr(node.body, inner, UNIT))
            return tir.ForArray(node.span, UNIT, var, seq, body)
        return self.unsupported(f"a `for` loop over {seq.tpe.name}", gen.span)

    def expr_Block(self, node: ast.Block, ctx: Context, expected):
        inner = ctx.nested()
        stats: list[tir.Expr] = []
        result: tir.Expr | None = None
        n = len(node.stats)
        for i, stat in enumerate(node.stats):
            last = i == n - 1
            if isinstance(stat, ast.ValDef):
                stats.append(self.local_def(stat, inner))
            elif isinstance(stat, (ast.DefDef, ast.ClassDef, ast.ObjectDef)):
                stats.append(self.unsupported("a definition nested inside a method", stat.name_span))
                inner.scope.names.setdefault(stat.name, LocalSymbol(stat.name, stat.name_span, ERROR))
            elif last:
                result = self.type_expr(stat, inner, expected)
            else:
                stats.append(self.discard(self.type_expr(stat, inner, UNIT)))
        if result is None:
            return tir.Block(node.span, UNIT, stats, None)
        if result.tpe is UNIT or (expected is UNIT):
            return tir.Block(node.span, UNIT, stats + [self.discard(result)], None)
        return tir.Block(node.span, result.tpe, stats, result)

    def local_def(self, stat: ast.ValDef, ctx: Context) -> tir.Expr:
        declared = self.resolve_type(stat.tpe) if stat.tpe else None
        if stat.rhs is None:
            value: tir.Expr = self.unsupported("a local `val`/`var` without a value", stat.span)
        else:
            value = self.type_expr(stat.rhs, ctx, declared)
        tpe = declared or value.tpe
        if declared is not None:
            value = self.adapt(value, declared)
        sym = LocalSymbol(stat.name, stat.name_span, tpe, mutable=stat.mutable)
        if ctx.scope.names.get(stat.name) is not None:
            self.error(codes.DUPLICATE_DEFINITION, f"`{stat.name}` is already defined in this block", stat.name_span,
                       [Related(ctx.scope.names[stat.name].span, "first defined here")])
        ctx.scope.names[stat.name] = sym
        ctx.locals.append(sym)
        for ext in self.extensions:
            ext.local_defined(self, sym, value)
        return tir.LocalDef(stat.span, UNIT, sym, value)

    def expr_Match(self, node: ast.Match, ctx: Context, expected):
        scrutinee = self.type_expr(node.scrutinee, ctx)
        st = scrutinee.tpe
        if st is ERROR:
            return tir.ErrorNode(node.span, ERROR)
        if not (is_integral(st) or st in (STRING, BOOLEAN)):
            return self.unsupported(f"`match` on a value of type {st.name}", node.scrutinee.span)
        temp = self.temp(st, node.scrutinee.span, ctx)
        cases: list[tir.MatchCase] = []
        bodies: list[tir.Expr] = []
        for case in node.cases:
            inner = ctx.nested()
            values: list = []
            binding = None
            if not self.pattern(case.pattern, st, values, inner):
                continue
            if isinstance(case.pattern, ast.BindPattern):
                binding = LocalSymbol(case.pattern.name, case.pattern.span, st)
                ctx.locals.append(binding)
                inner.scope.names[binding.name] = binding
            guard = None
            if case.guard is not None:
                guard = self.adapt(self.type_expr(case.guard, inner, BOOLEAN), BOOLEAN)
            body = self.type_expr(case.body, inner, expected)
            bodies.append(body)
            cases.append(tir.MatchCase(case.span, values, binding, guard, body))
        if expected is UNIT:
            tpe: Type | None = UNIT
        elif expected is not None:
            tpe = expected
        else:
            tpe = NOTHING
            for b in bodies:
                joined = lub(tpe, b.tpe)
                if joined is None:
                    return self.error(codes.UNSUPPORTED, f"a `match` whose cases have unrelated types "
                                      f"{tpe.name} and {b.tpe.name} (Scala types it as `Any`) is not supported",
                                      b.span)
                tpe = joined
        for c in cases:
            c.body = self.adapt(c.body, tpe)
        return tir.Match(node.span, tpe, scrutinee, temp, cases)

    def pattern(self, pat: ast.Pattern, st: Type, values: list, ctx: Context) -> bool:
        if isinstance(pat, (ast.WildcardPattern, ast.BindPattern)):
            return True
        if isinstance(pat, ast.AlternativePattern):
            ok = True
            for alt in pat.alternatives:
                if isinstance(alt, (ast.WildcardPattern, ast.BindPattern)):
                    self.unsupported("a wildcard or binding inside an alternative pattern", alt.span)
                    return False
                ok = self.pattern(alt, st, values, ctx) and ok
            return ok
        if isinstance(pat, ast.LiteralPattern):
            lit = self.expr_Literal(pat.literal, ctx, st)
            if lit.tpe is ERROR:
                return False
            adapted = self.adapt(lit, st) if (lit.tpe.is_numeric and st.is_numeric) else lit
            if not isinstance(adapted, tir.Const) or not (adapted.tpe == st or (lit.tpe is NULL)):
                self.error(codes.TYPE_MISMATCH, f"a pattern of type {lit.tpe.name} cannot match a {st.name}",
                           pat.span)
                return False
            values.append(adapted.value)
            return True
        if not isinstance(pat, (ast.UnsupportedPattern, ast.ErrorPattern)):  # those are already reported
            self.unsupported("this kind of pattern", pat.span)
        return False

    def expr_Return(self, node: ast.Return, ctx: Context, expected):
        method = ctx.method
        if method is None:
            return self.error(codes.UNSUPPORTED, "`return` outside a method", node.span)
        if method.result is None:
            self.error(codes.MISSING_TYPE, f"method `{method.name}` has a `return` and needs a result type",
                       node.span, [Related(method.span, f"`{method.name}` is defined here")])
            method.result = ERROR
        value = None
        if node.value is not None:
            value = self.adapt(self.type_expr(node.value, ctx, method.result), method.result)
        elif method.result not in (UNIT, ERROR):
            self.error(codes.TYPE_MISMATCH, f"`return` needs a value of type {method.result.name}", node.span)
        return tir.Return(node.span, NOTHING, value)

    def expr_Lambda(self, node: ast.Lambda, ctx: Context, expected):
        return self.unsupported("a lambda (function literal)", node.span)


def _broken(arg_nodes: list) -> bool:
    """Whether an argument list holds a piece the parser already reported (a syntax error or an unsupported
    construct): its length then says nothing about the call, so no argument-count error is added."""
    return any(isinstance(a, (ast.ErrorExpr, ast.Unsupported)) for a in arg_nodes)


def _no_typing_rule(*_args):
    """Marks a syntax node class that has no `expr_` method (never called)."""


_EXPR_DISPATCH: dict[type, object] = {}


class TyperExtension:
    """Hooks through which a library (the memory intrinsics) adds names, types and calls; every hook may decline
    by returning None (or False)."""

    def enter_method(self, typer: Typer, method: MethodSymbol) -> None: ...
    def check_method(self, typer: Typer, method: MethodSymbol) -> bool: return False
    def resolve_type(self, typer: Typer, name: str) -> Type | None: return None
    def ident(self, typer: Typer, node, ctx) -> tir.Expr | None: return None
    def select_path(self, typer: Typer, path: str, node, ctx) -> tir.Expr | None: return None
    def builtin_call(self, typer: Typer, path: str, arg_nodes, node, ctx) -> tir.Expr | None: return None
    def apply_ident(self, typer: Typer, node, ctx, expected) -> tir.Expr | None: return None
    def select_on_value(self, typer, qual, name, name_span, span, arg_nodes, ctx) -> tir.Expr | None: return None
    def call(self, typer, method, receiver, args, span, ctx) -> tir.Expr | None: return None
    def new(self, typer, node, ctx) -> tir.Expr | None: return None
    def adapt(self, typer, e, expected) -> tir.Expr | None: return None
    def assign(self, typer, lvalue, value, span, target_span) -> tir.Expr | None: return None
    def local_defined(self, typer, sym, value) -> None: ...


def qualified_path(node: ast.Expr) -> str | None:
    """`a.b.c` as a string when the expression is a chain of selections on an identifier, else None."""
    names: list[str] = []
    while isinstance(node, ast.Select):
        names.append(node.name)
        node = node.qualifier
    if not isinstance(node, ast.Ident):
        return None
    names.append(node.name)
    return ".".join(reversed(names))


def convert_constant(value, source: Type, target: Type):
    """A numeric conversion evaluated at compile time with the JVM's rules (truncation, saturation, wrapping)."""
    if target in (FLOAT, DOUBLE):
        v = float(value)
        return to_f32(v) if target is FLOAT else v
    if source in (FLOAT, DOUBLE):
        v = float(value)
        if math.isnan(v):
            value = 0
        else:
            bits = 64 if target is LONG else 32
            lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
            value = int(max(lo, min(hi, math.trunc(v)))) if math.isfinite(v) else (hi if v > 0 else lo)
    value = int(value)
    if target is LONG:
        return wrap64(value)
    value = wrap32(value)
    if target is BYTE:
        return (value + 128) % 256 - 128
    if target is SHORT:
        return (value + 32768) % 65536 - 32768
    if target is CHAR:
        return value % 65536
    return value


def fold_binary(op: str, t: Type, a, b):
    """The JVM result of `a op b` on constants of type t, or None to leave the operation to run time."""
    if t is BOOLEAN:
        return {"&": a and b, "|": a or b, "^": a != b, "==": a == b, "!=": a != b}.get(op)
    if op in ORDERING or op in EQUALITY:
        if t in (FLOAT, DOUBLE) and (math.isnan(a) or math.isnan(b)):
            return op == "!="
        return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "==": a == b, "!=": a != b}[op]
    if t in (INT, LONG):
        wrap: Callable[[int], int] = wrap32 if t is INT else wrap64
        bits = 32 if t is INT else 64
        if op == "+":
            return wrap(a + b)
        if op == "-":
            return wrap(a - b)
        if op == "*":
            return wrap(a * b)
        if op in ("/", "%"):
            if b == 0:
                return None
            q = abs(a) // abs(b)
            q = q if (a >= 0) == (b >= 0) else -q
            return wrap(q) if op == "/" else wrap(a - q * b)
        if op == "&":
            return wrap(a & b)
        if op == "|":
            return wrap(a | b)
        if op == "^":
            return wrap(a ^ b)
        count = b % bits
        if op == "<<":
            return wrap(a << count)
        if op == ">>":
            return wrap(a >> count)
        if op == ">>>":
            return wrap((a % 2**bits) >> count)
    return None  # floating-point arithmetic is left to run time, where it rounds exactly as the JVM does
