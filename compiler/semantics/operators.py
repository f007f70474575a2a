"""Typing of operators: unary and binary arithmetic with Scala's promotions, equality, (compound) assignment."""
from __future__ import annotations


from .. import diagnostics as codes
from ..diagnostics import Related
from ..source import Span
from ..syntax import ast
from . import tir
from .constants import ARITHMETIC, BITWISE, COMPOUND_OPS, EQUALITY, ORDERING, SHIFTS, fold_binary, wrap32, wrap64
from .boxes import unboxed
from .collections import WrappedArrayType
from .context import Context
from .generics import substitute
from .patterns import may_hold
from .symbols import LocalSymbol
from .types import (AppliedType, TupleType, BOOLEAN, DOUBLE, ERROR, FLOAT, INT, LONG, NULL, STRING, UNIT, ArrayType,
                    BoxedType, ClassType, Type, TypeParamType,
                    is_integral, promote, unary_promote, widens_to)


class OperatorTyping:
    """Typing rules for prefix and infix operators and for assignments."""

    def expr_Prefix(self, node: ast.Prefix, ctx: Context, expected):
        operand = self.type_expr(node.operand, ctx)
        t = operand.tpe
        if t is ERROR:
            return tir.ErrorNode(node.span, ERROR)
        op = node.op
        if isinstance(t, ClassType) and "unary_" + op not in getattr(t.symbol, "methods", {}):
            viewed = self.member_view(operand, "unary_" + op)  # `!grid` through an implicit conversion
            if viewed is not None:
                operand, t = viewed, viewed.tpe
        if isinstance(t, ClassType):  # `-v` is `v.unary_-`
            return self.select_on_value(operand, "unary_" + op, node.span, node.span, None, ctx)
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

    def right_associative(self, node: ast.Infix, ctx: Context, expected):
        """`x :: xs` is `xs.::(x)` with x evaluated first, as scalac does (into a temporary unless a name or a
        constant)."""
        hint = expected.args[0] if isinstance(expected, AppliedType) and len(expected.args) == 1 else None
        x = self.type_expr(node.lhs, ctx, hint)
        xs = self.type_expr(node.rhs, ctx, expected)
        if ERROR in (x.tpe, xs.tpe):
            return tir.ErrorNode(node.span, ERROR)
        setup = []
        if not isinstance(x, (tir.Const, tir.LocalGet)):
            temp = self.temp(x.tpe, x.span, ctx)
            setup.append(tir.LocalDef(x.span, UNIT, temp, x))
            x = tir.LocalGet(x.span, x.tpe, temp)
        call = self.select_on_value(xs, node.op, node.op_span, node.span, [ast.Typed(node.lhs.span, x)], ctx)
        return tir.Block(node.span, call.tpe, setup, call) if setup and call.tpe is not ERROR else call

    def expr_Infix(self, node: ast.Infix, ctx: Context, expected):
        op = node.op
        if op in ("&&", "||"):
            lhs = self.adapt(self.type_expr(node.lhs, ctx, BOOLEAN), BOOLEAN)
            rhs = self.adapt(self.type_expr(node.rhs, ctx, BOOLEAN), BOOLEAN)
            if ERROR in (lhs.tpe, rhs.tpe):
                return tir.ErrorNode(node.span, ERROR)
            return tir.Logical(node.span, BOOLEAN, op, lhs, rhs)
        if op in ("until", "to") or (op == "by" and isinstance(node.lhs, ast.Infix) and node.lhs.op in ("until", "to")):
            return self.range_value(node, ctx)
        if op == ":+":  # `xs :+ x`: a new array with x appended
            xs = self.type_expr(node.lhs, ctx)
            return self.select_on_value(xs, op, node.op_span, node.span, [node.rhs], ctx)
        if op == "+:":  # `x +: xs` (right-associative): a new array with x prepended
            xs = self.type_expr(node.rhs, ctx)
            return self.select_on_value(xs, op, node.op_span, node.span, [node.lhs], ctx)
        if op == "#::" and "Stream" not in self.program.classes:  # Stream's lazy cons: `Stream.cons(x, rest)`
            fn = ast.Select(node.op_span, ast.Ident(node.op_span, "Stream"), "cons", node.op_span)
            return self.type_expr(ast.Apply(node.span, fn, [node.lhs, node.rhs]), ctx, expected)
        if op.endswith(":") and op != ":":  # `x :: xs` is `xs.::(x)`, `x +=: buf` is `buf.+=:(x)`
            return self.right_associative(node, ctx, expected)
        if op == "->":
            hints = expected.elements if isinstance(expected, TupleType) and len(expected.elements) == 2 \
                else (None, None)
            items = [self.type_expr(node.lhs, ctx, hints[0]), self.type_expr(node.rhs, ctx, hints[1])]
            return self.make_tuple(node.span, items, hints)
        lhs = self.type_expr(node.lhs, ctx)
        several = self.infix_several(node, lhs, ctx, expected)  # `m + (k1 -> v1, k2 -> v2)` (multi_elements.py)
        if several is not None:
            return several
        lt = lhs.tpe
        if isinstance(lt, TypeParamType) and isinstance(lt.upper, ClassType) and op not in EQUALITY \
                and op not in ("eq", "ne") and op in getattr(lt.upper.symbol, "methods", {}):
            # `a > b` on a `T <: Ordered[T]`: the bound's operator method
            return self.select_on_value(lhs, op, node.op_span, node.span, [node.rhs], ctx)
        if isinstance(lt, ClassType) and op not in EQUALITY and op not in ("eq", "ne") \
                and (op != "+" or op in getattr(lt.symbol, "methods", {})):
            # `a + b` on a class with `def +(that: V)` is the call `a.+(b)` (without one, `+` concatenates strings).
            if op == "+":
                rhs = self.type_expr(node.rhs, ctx)
                symbol = lt.symbol
                alternatives = symbol.overloads.get("+") or [symbol.methods["+"]]
                takes_string = any([substitute(t, self.receiver_bindings(lhs, m.owner)) for t in m.param_types]
                                   == [STRING] for m in alternatives)  # (`Set[String] + "x"` adds it)
                if rhs.tpe is STRING and not takes_string:
                    return self.binary(op, lhs, rhs, node.span, node.op_span)  # Scala's any2stringadd
                return self.select_on_value(lhs, op, node.op_span, node.span, [ast.Typed(node.rhs.span, rhs)], ctx)
            return self.select_on_value(lhs, op, node.op_span, node.span, [node.rhs], ctx)
        if lt is STRING and (op == "*" or op in ORDERING):
            # StringOps: `"ab" * 3` repeats; `a < b` compares as `a.compareTo(b) < 0`.
            if op == "*":
                return self.select_on_value(lhs, op, node.op_span, node.span, [node.rhs], ctx)
            compared = self.select_on_value(lhs, "compareTo", node.op_span, node.span, [node.rhs], ctx)
            return self.binary(op, compared, tir.Const(node.span, INT, 0), node.span, node.op_span)
        if not (op in ARITHMETIC | BITWISE | SHIFTS | ORDERING | EQUALITY | {"eq", "ne"}):
            # `a max b` and other alphanumeric infix calls are method calls.
            return self.select_on_value(lhs, op, node.op_span, node.span, [node.rhs], ctx)
        rhs = self.type_expr(node.rhs, ctx)
        return self.binary(op, lhs, rhs, node.span, node.op_span, ctx)

    def binary(self, op: str, lhs: tir.Expr, rhs: tir.Expr, span: Span, op_span: Span,
               ctx: Context | None = None) -> tir.Expr:
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
            return self.equality(op, lhs, rhs, span, ctx)
        if op in ("eq", "ne"):
            return self.reference_equality(op, lhs, rhs, span)
        if lt is BOOLEAN and rt is BOOLEAN and op in BITWISE:
            return self.fold(tir.Binary(span, BOOLEAN, op, BOOLEAN, lhs, rhs))
        if lt.is_numeric and isinstance(rt, ClassType) and ctx is not None:
            # `2 * b` for a library class that a number widens to (BigInt): `BigInt(2) * b`, as Scala's implicit.
            for ext in self.extensions:
                widened = ext.adapt(self, lhs, rt)
                if widened is not None:
                    return self.select_on_value(widened, op, op_span, span, [ast.Typed(rhs.span, rhs)], ctx)
        if isinstance(lt, BoxedType) or isinstance(rt, BoxedType):  # `n + 1` on a java.lang.Integer: Integer2int
            return self.binary(op, unboxed(lhs), unboxed(rhs), span, op_span, ctx)
        if not (lt.is_numeric and rt.is_numeric):
            return self.error(codes.TYPE_MISMATCH,
                              f"`{op}` is not defined between {lt.name} and {rt.name}", op_span)
        if op in SHIFTS:
            if not (is_integral(lt) and is_integral(rt)):
                return self.error(codes.TYPE_MISMATCH, f"`{op}` needs integral operands", op_span)
            operand_type = unary_promote(lt)
            count = self.convert(rhs, unary_promote(rt))
            return self.fold(tir.Binary(span, operand_type, op, operand_type, self.convert(lhs, operand_type), count))
        operand_type = jvm_operand_type(lhs, rhs)
        if op in BITWISE and not is_integral(operand_type):
            return self.error(codes.TYPE_MISMATCH, f"`{op}` is not defined on {operand_type.name}", op_span)
        result = BOOLEAN if op in ORDERING else operand_type
        if operand_type is DOUBLE:
            lhs, rhs = _unnarrowed(lhs), _unnarrowed(rhs)
        computed = self.fold(tir.Binary(span, result, op, operand_type,
                                        self.convert(lhs, operand_type), self.convert(rhs, operand_type)))
        if result is BOOLEAN or operand_type is promote(lt, rt):
            return computed
        narrowed = self.convert(computed, promote(lt, rt))  # Long op Float: the Double result as a Float
        if isinstance(narrowed, tir.Convert):
            narrowed.elidable = True
        return narrowed

    def equality(self, op: str, lhs: tir.Expr, rhs: tir.Expr, span: Span, ctx: Context | None = None) -> tir.Expr:
        lt, rt = lhs.tpe, rhs.tpe
        negate = op == "!="
        if lt is ERROR or rt is ERROR:
            return tir.ErrorNode(span, ERROR)
        if ctx is not None:  # sequences of different kinds (a Range and a List...) equal by their elements
            for ext in self.extensions:
                same = ext.seq_equality(self, lhs, rhs, span, ctx)
                if same is not None:
                    return tir.Unary(span, BOOLEAN, "!", same) if negate and same.tpe is BOOLEAN else same
        top = self.top_equality(op, lhs, rhs, span)
        if top is not None:
            return top
        if lt.is_numeric and rt.is_numeric:
            operand_type = jvm_operand_type(lhs, rhs)
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
        if isinstance(lt, TupleType) and lt == rt:
            # Tuples are equal when their elements are (scala.Tuple2.equals); elements that are objects by their
            # own equals (`(List(1), 2) == (List(1), 2)`), through Anys.equals.
            name = "any.equals" if _holds_objects(lt) else "tuple.equals"
            same = tir.Builtin(span, BOOLEAN, name, [self.box(lhs), self.box(rhs)] if name == "any.equals"
                               else [lhs, rhs])
            return tir.Unary(span, BOOLEAN, "!", same) if negate else same
        if isinstance(lt, ArrayType) and lt.is_seq and lt == rt and ctx is not None:
            # IndexedSeqs (Vectors) are equal when their elements are, as Scala's Seq equality
            same = self.select_on_value(lhs, "sameElements", span, span, [ast.Typed(rhs.span, rhs)], ctx)
            return tir.Unary(span, BOOLEAN, "!", same) if negate and same.tpe is BOOLEAN else same
        if _indexed_seq(lt) and _indexed_seq(rt):
            # Vectors of different element types (`Vector(1) == Vector(1L)`), a Vector and a Range: Seq equality,
            # their elements' `==`, at run time
            same = tir.Builtin(span, BOOLEAN, "any.equals", [self.box(lhs), self.box(rhs)])
            return tir.Unary(span, BOOLEAN, "!", same) if negate else same
        if lt.is_reference and rt.is_reference and lt == rt:
            structural = self.case_class_equality(lhs, rhs, span, ctx) if ctx is not None else None
            if structural is not None:
                return tir.Unary(span, BOOLEAN, "!", structural) if negate else structural
            if isinstance(lt, ClassType) and self.subclass_equals(lt):
                # A trait or a parent held by a case class (`Stm == Stm`): the value's own equals decides.
                same = tir.Builtin(span, BOOLEAN, "any.equals", [self.box(lhs), self.box(rhs)])
                return tir.Unary(span, BOOLEAN, "!", same) if negate else same
            return tir.RefEquals(span, BOOLEAN, lhs, rhs, negate)
        if lt is UNIT and rt is UNIT:
            return tir.Block(span, BOOLEAN, [self.discard(lhs), self.discard(rhs)], tir.Const(span, BOOLEAN, not negate))
        if isinstance(lt, ClassType) and isinstance(rt, ClassType) and (may_hold(lt, rt) or may_hold(rt, lt)):
            # Two classes of one hierarchy (a case object held as its sealed parent): the left side's `equals`,
            # null-safe, as BoxesRunTime.equals does it.
            same = tir.Builtin(span, BOOLEAN, "any.equals", [self.box(lhs), self.box(rhs)])
            return tir.Unary(span, BOOLEAN, "!", same) if negate else same
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
        if isinstance(target, ast.Apply) and target.args and (len(target.args) == 1 or isinstance(target.fn, ast.Ident)):
            # `a(i) = v`; `grid(x, y) = v` is `grid.update(x, y, v)` for a class with an `update`
            array = self.type_expr(target.fn, ctx)
            if array.tpe is ERROR:
                self.type_expr(node.value, ctx)
                return tir.ErrorNode(node.span, ERROR)
            if isinstance(array.tpe, ArrayType) and len(target.args) == 1:
                return self.array_set(array, target.args[0], node.value, node.span, ctx)
            if isinstance(array.tpe, ClassType) and "update" in getattr(array.tpe.symbol, "methods", {}) \
                    or isinstance(array.tpe, WrappedArrayType):  # (whose `update` is scalac's not-a-member)
                return self.select_on_value(array, "update", target.span, node.span, [*target.args, node.value], ctx)
            return self.error(codes.TYPE_MISMATCH, f"a value of type {array.tpe.name} cannot be updated", target.span)
        lvalue = self.type_expr(target, ctx)
        value = self.type_expr(node.value, ctx, lvalue.tpe if lvalue.tpe is not ERROR else None)
        return self.assign(lvalue, value, node.span, target.span)

    def assign(self, lvalue: tir.Expr, value: tir.Expr, span: Span, target_span: Span) -> tir.Expr:
        if lvalue.tpe is ERROR:
            return tir.ErrorNode(span, ERROR)
        value = self.adapt(value, lvalue.tpe)
        if isinstance(lvalue, tir.Cast) and isinstance(lvalue.value, tir.FieldGet):
            # a field of a generic class, read at its instance's type (`cell.next = n`): stored in its erased form
            value = self.to_erased(value, lvalue.value.tpe, None)
            lvalue = lvalue.value
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
        several = self.compound_several(node, ctx, expected)  # `buf += (1, 2)` (multi_elements.py)
        if several is not None:
            return several
        updated = self.class_compound_assign(node, ctx)
        if updated is not None:
            return updated
        if node.op == ":+":  # `xs :+= x` is `xs = xs :+ x`
            appended = ast.Infix(node.span, ":+", node.span, node.target, node.value)
            return self.type_expr(ast.Assign(node.span, node.target, appended), ctx, expected)
        if node.op not in COMPOUND_OPS:
            if isinstance(node.target, ast.Apply):  # `rows(i) ++= xs`: the element's own `++=` (a buffer's)
                element = self.type_expr(node.target, ctx)
                if element.tpe is ERROR:
                    self.type_expr(node.value, ctx)
                    return element
                if self.has_compound_method(element.tpe, node.op + "="):
                    return self.discard(self.select_on_value(element, node.op + "=", node.span, node.span,
                                                             [node.value], ctx))
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
            if isinstance(array.tpe, ClassType) and "update" in getattr(array.tpe.symbol, "methods", {}) \
                    or isinstance(array.tpe, WrappedArrayType):  # (whose `update` is scalac's not-a-member)
                # m(k) op= v is m.update(k, m(k) op v), m and k evaluated once
                coll_tmp = self.temp(array.tpe, target.fn.span, ctx)
                key = self.type_expr(target.args[0], ctx)
                key_tmp = self.temp(key.tpe, target.args[0].span, ctx)
                coll = ast.Typed(target.fn.span, tir.LocalGet(target.fn.span, array.tpe, coll_tmp))
                key_get = ast.Typed(target.args[0].span, tir.LocalGet(target.args[0].span, key.tpe, key_tmp))
                current = ast.Apply(target.span, coll, [key_get])
                element = self.type_expr(current, ctx)
                if self.has_compound_method(element.tpe, node.op + "="):  # `groups(k) += x` on a buffer held there
                    store = self.select_on_value(element, node.op + "=", node.span, node.span, [node.value], ctx)
                else:
                    combined = ast.Infix(node.span, node.op, node.span, ast.Typed(target.span, element), node.value)
                    store = self.type_expr(ast.Assign(node.span, ast.Apply(target.span, coll, [key_get]), combined),
                                           ctx)
                if store.tpe is ERROR:
                    return store
                # (`+=` of a buffer gives the buffer: a statement here, its value dropped)
                return tir.Block(node.span, UNIT, [tir.LocalDef(target.fn.span, UNIT, coll_tmp, array),
                                                   tir.LocalDef(target.args[0].span, UNIT, key_tmp, key),
                                                   self.discard(store)], None)
        lvalue = self.type_expr(target, ctx)
        if lvalue.tpe is ERROR:
            self.type_expr(node.value, ctx)
            return tir.ErrorNode(node.span, ERROR)
        if self.has_compound_method(lvalue.tpe, node.op + "="):  # `f(x) += y` on a buffer a call gives
            return self.select_on_value(lvalue, node.op + "=", node.span, node.span, [node.value], ctx)
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

    def class_compound_assign(self, node: ast.CompoundAssign, ctx: Context) -> tir.Expr | None:
        """`a op= b` on a class value: the class's own `op=` method when it has one (`sb += 'c'`), else
        `a = a op b`. None when the target is not of a class type."""
        if not isinstance(node.target, (ast.Ident, ast.Select)):
            return None
        lvalue = self.type_expr(node.target, ctx)
        if not isinstance(lvalue.tpe, ClassType):
            if lvalue.tpe is ERROR:
                self.type_expr(node.value, ctx)
                return tir.ErrorNode(node.span, ERROR)
            return None  # typed again by the numeric rules (a name or a field selection: no effect to repeat)
        if self.has_compound_method(lvalue.tpe, node.op + "="):
            return self.select_on_value(lvalue, node.op + "=", node.span, node.span, [node.value], ctx)
        combined = self.select_on_value(lvalue, node.op, node.span, node.span, [node.value], ctx)
        return self.assign(lvalue, combined, node.span, node.target.span)

    def has_compound_method(self, t, op: str) -> bool:
        """Whether `x op= v` on a value of type t calls its own `op=` (`sb += 'c'`, `buf ++= xs`)."""
        return isinstance(t, ClassType) and (op in getattr(t.symbol, "methods", {}) or any(
            ext.updates_in_place(t, op) for ext in self.extensions))

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


def _indexed_seq(t: Type) -> bool:
    """A Vector (an IndexedSeq) or a Range of Ints: an IndexedSeq in Scala, equal to any Seq of equal elements."""
    from .collections import RANGE

    return isinstance(t, ArrayType) and t.is_seq or t is RANGE


def _holds_objects(t: Type) -> bool:
    """Whether a tuple type has an element compared by its class's equals, or a Vector's (at any depth)."""
    return any(isinstance(e, ClassType) or isinstance(e, ArrayType) and e.is_seq
               or isinstance(e, TupleType) and _holds_objects(e) for e in t.elements)


def jvm_operand_type(lhs: tir.Expr, rhs: tir.Expr) -> Type:
    """The type an arithmetic or comparison operator computes in, as scalac compiles it: Scala's promotion, except
    that a Long on the left of a Float is computed in Double (l2d, f2d, dadd, d2f), which rounds once instead of
    twice. (A Float on the left of a Long is computed in Float, as promotion says, and so is an operation on two
    constants, which scalac folds in the promoted type.)"""
    if lhs.tpe is LONG and rhs.tpe is FLOAT and not (_folded_by_scalac(lhs) and _folded_by_scalac(rhs)):
        return DOUBLE
    return promote(lhs.tpe, rhs.tpe)


def _folded_by_scalac(e: tir.Expr) -> bool:
    return isinstance(e, tir.Const) and e.scalac_constant


def _unnarrowed(e: tir.Expr) -> tir.Expr:
    """A Long op Float operand of an operator that computes in Double: its Double value, as scalac leaves it."""
    return e.value if isinstance(e, tir.Convert) and e.elidable else e
