"""Typing of the top types: boxing into Any/AnyVal, ascriptions, isInstanceOf/asInstanceOf, and the universal
methods (`==`, `equals`, `hashCode`, `##`, `eq`, `ne`) on values of every type, with Scala's semantics."""
from __future__ import annotations

from .. import diagnostics as codes
from ..syntax import ast
from . import tir
from .erasure import is_indexed_seq
from .types import (ANY, ANYREF, ANYVAL, BOOLEAN, BYTE, CHAR, DOUBLE, ERROR, FLOAT, INT, NOTHING, NULL, SHORT, STRING, UNIT,
                    ArrayType, ClassType, Type, TypeParamType, conforms, is_top, is_value_type)

# Scala's `==` compares boxed numbers by value (BoxesRunTime.equals); `equals` is the box's own, Java's.
_SMALL_INTEGRAL = (INT, SHORT, BYTE, CHAR)


class AnyTyping:
    """Typing rules of the top types, mixed into the Typer."""

    def box(self, e: tir.Expr, target: Type = ANY) -> tir.Expr:
        """e as a value of the top type `target`: a primitive is boxed, a reference only changes its static type."""
        if e.tpe is ERROR or e.tpe is NOTHING:
            return e
        if is_value_type(e.tpe):
            return tir.Box(e.span, target, e)
        if e.tpe is target:
            return e
        return tir.Cast(e.span, target, e, checked=False)

    def adapt_to_top(self, e: tir.Expr, expected: Type) -> tir.Expr | None:
        """A value flowing where a top type is expected (adapt's rule): boxed when it is a primitive."""
        if not is_top(expected) or not conforms(e.tpe, expected):
            return None
        if is_value_type(e.tpe):
            return tir.Box(e.span, expected, e)
        return e  # a reference already is an `anyref` in Wasm

    def expr_Ascription(self, node: ast.Ascription, ctx, expected):
        target = self.resolve_type(node.target)
        value = self.type_expr(node.operand, ctx, target)
        if target is ERROR or value.tpe is ERROR:
            return tir.ErrorNode(node.span, ERROR)
        adapted = self.adapt(value, target, node.span)
        if adapted.tpe is not target and not isinstance(adapted, tir.ErrorNode) and adapted.tpe.is_reference:
            return tir.Cast(node.span, target, adapted, checked=False)  # `(s: Any)`: the static type is Any
        return adapted

    def expr_TypeTest(self, node: ast.TypeTest, ctx, expected):
        value = self.type_expr(node.operand, ctx)
        target = self.resolve_type(node.target)
        if value.tpe is ERROR or target is ERROR:
            return tir.ErrorNode(node.span, ERROR)
        if node.name == "isInstanceOf":
            if is_indexed_seq(node.target, target):  # a Vector of any elements, or a Range (erasure.py)
                return tir.Builtin(node.span, BOOLEAN, "anyTypes.isVector", [self.box(value)])
            return self.instance_of(value, target, node.span, node.target.span)
        if is_indexed_seq(node.target, target) and is_top(value.tpe):  # a Range passes too
            return tir.Builtin(node.span, target, "any.asIndexedSeq", [value])
        return self.as_instance_of(value, target, node.span)

    def instance_of(self, value: tir.Expr, target: Type, span, target_span) -> tir.Expr:
        if target is ANYVAL:
            return self.error(codes.TYPE_MISMATCH, "type AnyVal cannot be used in a type pattern or isInstanceOf "
                              "test", target_span)
        if target in (NOTHING, NULL):
            return self.unsupported(f"`isInstanceOf[{target.name}]`", span)
        source = value.tpe
        if source is NULL:
            return tir.Block(span, BOOLEAN, [self.discard(value)], tir.Const(span, BOOLEAN, False))
        if _covariant_array(source, target):  # `strings.isInstanceOf[Array[AnyRef]]`: true unless null, as on the JVM
            return tir.RefEquals(span, BOOLEAN, value, tir.Const(span, NULL, None), True)
        if getattr(target, "written_seq", False):  # `Seq[T]`: a List here, but a Vector or a Range is one too
            return tir.Builtin(span, BOOLEAN, "any.isSeq", [self.box(value)])
        return tir.InstanceOf(span, BOOLEAN, self.box(value), target)

    def as_instance_of(self, value: tir.Expr, target: Type, span) -> tir.Expr:
        source = value.tpe
        if target is NOTHING or target is NULL:
            return self.unsupported(f"`asInstanceOf[{target.name}]`", span)
        if source is NULL:
            if is_value_type(target):  # `null.asInstanceOf[Int]` is 0, as scalac computes it
                zero = tir.UnitValue(span, UNIT) if target is UNIT else \
                    tir.Const(span, target, False if target is BOOLEAN else 0.0 if target in (FLOAT, DOUBLE) else 0)
                return zero
            return tir.Const(span, target, None)
        if is_value_type(source) and is_value_type(target):
            if source is target:
                return value
            if source.is_numeric and target.is_numeric:
                return self.convert(value, target)  # `1.asInstanceOf[Long]` converts, as on the JVM
            return tir.Cast(span, target, self.box(value), checked=True)  # `true.asInstanceOf[Int]` fails
        if is_value_type(source):
            return tir.Cast(span, target, self.box(value), checked=not is_top(target) or target is ANYREF)
        if source == target:
            return value
        if getattr(target, "written_seq", False) and _may_be_seq(source):
            return self.unsupported(f"`asInstanceOf[{_seq_name(target)}]` of a value of type {source.name} (a Vector or "
                                    "a Range held so is a Seq in Scala; a Seq is a List here)", span)
        if _covariant_array(source, target):
            return self.unsupported(f"`asInstanceOf[{target.name}]` of an `{source.name}` (the JVM's arrays are "
                                    "covariant; here each element type has an array type of its own)", span)
        return tir.Cast(span, target, value, checked=not conforms(source, target))

    # ------------------------------------------------------------------------------------------ universal methods

    def universal_method(self, qual: tir.Expr, name: str, name_span, span, arg_nodes: list, args_given: bool,
                         ctx) -> tir.Expr | None:
        """`hashCode`, `##`, `eq`, `ne`, `equals` on a value of any type; `toString`, `==` and `!=` on a top type
        (other types answer those themselves). None when `name` is none of them."""
        t = qual.tpe
        if name == "hashCode" and not arg_nodes:
            return self.hash_code(qual, span, scala_hash=False)
        if name == "##" and not args_given and is_top(t):
            return self.hash_code(qual, span, scala_hash=True)  # (prelude/hashing.py types `##` of the others)
        if name in ("eq", "ne") and len(arg_nodes) == 1:
            rhs = self.type_expr(arg_nodes[0], ctx)
            return self.reference_equality(name, qual, rhs, span)
        if name == "equals" and len(arg_nodes) == 1:
            rhs = self.adapt(self.type_expr(arg_nodes[0], ctx, ANY), ANY)
            if rhs.tpe is ERROR:
                return tir.ErrorNode(span, ERROR)
            if isinstance(t, ClassType) and self.own_method(t, "equals") is not None:
                return None  # the class's own equals is an ordinary method
            if t is STRING and rhs.tpe is STRING:
                return tir.StringEquals(span, BOOLEAN, qual, rhs)
            return tir.Builtin(span, BOOLEAN, "any.javaEquals", [self.box(qual), self.box(rhs)])
        if is_top(t) and name in ("==", "!=") and len(arg_nodes) == 1:
            rhs = self.type_expr(arg_nodes[0], ctx)
            return self.equality(name, qual, rhs, span)
        return None

    def overrides_equals(self, t: ClassType) -> bool:
        """Whether the class defines `equals(x: Any)`, Any's (a case class's generated one compares its own type,
        and its `==` is typed where it is written)."""
        method = self.own_method(t, "equals")
        return method is not None and len(method.params or ()) == 1 and is_top(method.params[0].tpe)

    def own_method(self, t: ClassType, name: str):
        methods = getattr(t.symbol, "methods", None)
        return methods.get(name) if methods is not None else None

    def hash_code(self, qual: tir.Expr, span, scala_hash: bool) -> tir.Expr:
        t = qual.tpe
        if t in _SMALL_INTEGRAL:
            return self.convert(qual, INT)  # Integer, Short, Byte and Character hash to their value
        if isinstance(t, ClassType) and self.own_method(t, "hashCode") is not None:
            method = self.own_method(t, "hashCode")
            if not method.params and method.result is INT:
                return self.make_call(method, qual, [], span, None)
        return tir.Builtin(span, INT, "any.scalaHash" if scala_hash else "any.hashCode", [self.box(qual)])

    def reference_equality(self, name: str, lhs: tir.Expr, rhs: tir.Expr, span) -> tir.Expr:
        negate = name == "ne"
        for side in (lhs, rhs):
            t = side.tpe
            if t is not ERROR and (not (t.is_reference or t is NULL or _reference_param(t)) or t is ANY):
                return self.error(codes.TYPE_MISMATCH, f"`{name}` is not a member of {t.name} (only of AnyRef and "
                                  f"the other reference types)", side.span)
        if lhs.tpe is ERROR or rhs.tpe is ERROR:
            return tir.ErrorNode(span, ERROR)
        return tir.RefEquals(span, BOOLEAN, lhs, rhs, negate)

    def top_equality(self, op: str, lhs: tir.Expr, rhs: tir.Expr, span) -> tir.Expr | None:
        """`==` where either side is a top type or a class with its own `equals`: Scala's BoxesRunTime.equals
        (null-safe, numbers by value, else the left side's `equals`)."""
        lt, rt = lhs.tpe, rhs.tpe
        own_equals = any(isinstance(t, ClassType) and self.overrides_equals(t) for t in (lt, rt))
        if not (is_top(lt) or is_top(rt) or own_equals):
            return None
        negate = op == "!="
        if _is_null(lhs) or _is_null(rhs):
            return tir.RefEquals(span, BOOLEAN, lhs, rhs, negate)
        same = tir.Builtin(span, BOOLEAN, "any.equals", [self.box(lhs), self.box(rhs)])
        return tir.Unary(span, BOOLEAN, "!", same) if negate else same


def _is_null(e: tir.Expr) -> bool:
    return isinstance(e, tir.Const) and e.value is None and e.tpe is NULL


def _reference_param(t: Type) -> bool:
    """A type parameter bounded by AnyRef (`E <: AnyRef`): `eq`/`ne` compare its values by reference."""
    return isinstance(t, TypeParamType) and conforms(t, ANYREF)


def _covariant_array(source: Type, target: Type) -> bool:
    """An array of references seen as an array of a wider reference type (`Array[String]` as `Array[AnyRef]`):
    the same array on the JVM, whose arrays are covariant; a different Wasm array type here."""
    from .generics import erase

    if not (isinstance(source, ArrayType) and isinstance(target, ArrayType)) or erase(source) == erase(target):
        return False
    s, t = source.element, target.element
    if s == t or is_value_type(s) or is_value_type(t) or t is ANYVAL:
        return False
    if isinstance(s, ArrayType) and isinstance(t, ArrayType):
        return _covariant_array(s, t)
    return conforms(s, t) and s is not NULL and s is not NOTHING


def _may_be_seq(t: Type) -> bool:
    """Whether a value of type t may be a Vector or a Range at run time (held as a top type or a type parameter)."""
    return is_top(t) or isinstance(t, TypeParamType)


def _seq_name(t: Type) -> str:
    return "Seq" + t.name[len("List"):] if t.name.startswith("List") else t.name
