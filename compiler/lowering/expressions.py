"""Function bodies: the typed tree of one method, constructor or initializer, node by node, into instructions."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..semantics import tir
from ..semantics import types as st
from ..semantics.builtins import BOXED_CLASS_NAMES
from ..semantics.symbols import ClassSymbol, LocalSymbol
from ..semantics.collections import RangeType, WrappedArrayType
from ..wasm import I32, I64, FunctionBuilder, LocalId
from .boxing import ANYREF, EQREF, BoxingCode, jvm_class_name
from .builtins import BuiltinLowering
from .closures import ClosureCode
from .collections import CollectionCode
from .concat import concat_in_place
from .dispatch import DispatchCode
from .conditions import ConditionLowering, branches
from .exceptions import ExceptionCode
from .shared import LoweringError

if TYPE_CHECKING:
    from .codegen import Lowering

_I32_OPS = {"+": "i32.add", "-": "i32.sub", "*": "i32.mul", "&": "i32.and", "|": "i32.or", "^": "i32.xor",
            "<<": "i32.shl", ">>": "i32.shr_s", ">>>": "i32.shr_u", "==": "i32.eq", "!=": "i32.ne",
            "<": "i32.lt_s", "<=": "i32.le_s", ">": "i32.gt_s", ">=": "i32.ge_s"}
_I64_OPS = {k: v.replace("i32", "i64") for k, v in _I32_OPS.items()}
_F64_OPS = {"+": "f64.add", "-": "f64.sub", "*": "f64.mul", "/": "f64.div", "==": "f64.eq", "!=": "f64.ne",
            "<": "f64.lt", "<=": "f64.le", ">": "f64.gt", ">=": "f64.ge"}
_F32_OPS = {k: v.replace("f64", "f32") for k, v in _F64_OPS.items()}
_I64_COMPARISONS = {"==", "!=", "<", "<=", ">", ">="}


class FunctionLowering(BuiltinLowering, ClosureCode, CollectionCode, ConditionLowering, ExceptionCode, BoxingCode,
                       DispatchCode):
    """Emits one function body: the typed tree, node by node, each under its own span."""

    def __init__(self, lowering: Lowering, fb: FunctionBuilder, owner) -> None:
        self.l = lowering
        self.fb = fb
        self.types = lowering.types
        self.owner = owner
        self.this_local: LocalId | None = None
        self.locals: dict[LocalSymbol, LocalId] = {}
        self.emit = fb.emit  # the hottest call of lowering: bound once, no forwarding layer
        # Spans are offsets into the user's file: the prelude's own code (another file) carries none, so the
        # instruction-to-span map, hovers and trap locations only ever point into the program being built.
        self.spans = not lowering.in_prelude(owner)
        # Code that must run when control leaves an enclosing construct early (a `return` out of a memory scope
        # restores the allocation mark); innermost last.
        self.exit_actions: list[Callable[[], None]] = []
        self.buffers: list[tuple] = []  # the `for`/`yield` buffers being filled, innermost last
        self.tail_calls: set[int] = set()  # the ids of the self-calls to lower as return_call (tailcalls.py)

    def declare_param(self, sym: LocalSymbol) -> None:
        vt = self.types.valtype(sym.tpe)
        self.locals[sym] = self.fb.add_param(sym.name, vt if vt is not None else I32)

    def declare_locals(self, syms: list[LocalSymbol]) -> None:
        for sym in syms:
            if sym in self.locals:
                continue
            vt = self.l.local_type(sym)
            if vt is not None:
                self.locals[sym] = self.fb.add_local(sym.name, vt)

    def scratch(self, vt, name: str = "tmp") -> LocalId:
        return self.fb.add_local(name, vt)

    # ------------------------------------------------------------------------------------------ dispatch

    def expr(self, e: tir.Expr) -> None:
        fb = self.fb
        saved = fb.span
        if self.spans:
            fb.span = e.span
        try:
            kind = type(e)
            gen = _GEN_DISPATCH.get(kind, _UNKNOWN)
            if gen is _UNKNOWN:
                gen = _GEN_DISPATCH[kind] = getattr(FunctionLowering, "gen_" + kind.__name__, None)
            if gen is not None:
                gen(self, e)
            else:
                self._gen_by_extension(e)
        finally:
            fb.span = saved

    def _gen_by_extension(self, e: tir.Expr) -> None:
        for ext in self.l.extensions:
            if ext.gen(self, e):
                return
        raise LoweringError(f"no lowering for {type(e).__name__}")

    def discard_value(self, e: tir.Expr) -> None:
        """Evaluate e for its effects only."""
        self.expr(e)
        if self.types.valtype(e.tpe) is not None:
            self.emit("drop")

    def gen_ErrorNode(self, e):
        raise LoweringError("an erroneous tree reached lowering")

    def gen_Discard(self, e: tir.Discard):
        self.discard_value(e.value)

    def gen_UnitValue(self, e):
        pass

    def gen_Const(self, e: tir.Const):
        self.const(e.tpe, e.value)

    def const(self, t: st.Type, value) -> None:
        if t in (st.INT, st.SHORT, st.BYTE, st.CHAR):
            self.emit("i32.const", int(value))
        elif t is st.BOOLEAN:
            self.emit("i32.const", 1 if value else 0)
        elif t is st.LONG:
            self.emit("i64.const", int(value))
        elif t is st.DOUBLE:
            self.emit("f64.const", float(value))
        elif t is st.FLOAT:
            self.emit("f32.const", float(value))
        elif t is st.STRING and value is not None:
            self.emit("global.get", self.l.literal(value))
        elif t is st.UNIT:
            pass
        else:
            vt = self.types.valtype(t)
            self.emit("ref.null", vt.heap)

    # ------------------------------------------------------------------------------------------ variables

    def gen_LocalGet(self, e: tir.LocalGet):
        if e.sym.boxed:
            self.read_cell(e.sym)
            if self.types.valtype(e.tpe) is None:
                self.emit("drop")
            return
        local = self.locals.get(e.sym)
        if local is not None:
            self.emit("local.get", local)

    def gen_LocalSet(self, e: tir.LocalSet):
        if e.sym.boxed:
            self.write_cell(e.sym, e.value)
            return
        self.expr(e.value)
        local = self.locals.get(e.sym)
        if local is not None:
            self.emit("local.set", local)

    def gen_LocalDef(self, e: tir.LocalDef):
        local = self.locals.get(e.sym)
        if local is None:
            vt = self.l.local_type(e.sym)
            if vt is not None:
                local = self.locals[e.sym] = self.fb.add_local(e.sym.name, vt)
        if e.sym.boxed:
            self.new_cell(e.sym, e.value)
            return
        self.expr(e.value)
        if local is not None and self.types.valtype(e.value.tpe) is not None:
            self.emit("local.set", local)
        if e.value.tpe is st.NOTHING:
            return
        for ext in self.l.extensions:
            ext.local_defined(self, e.sym)

    def gen_GlobalGet(self, e: tir.GlobalGet):
        self.l.ensure_init(self.fb, e.sym.owner, self.owner)
        if self.types.valtype(e.tpe) is not None:
            self.emit("global.get", self.l.global_of(e.sym))

    def gen_GlobalSet(self, e: tir.GlobalSet):
        self.l.ensure_init(self.fb, e.sym.owner, self.owner)
        self.expr(e.value)
        if self.types.valtype(e.sym.tpe) is not None:
            self.emit("global.set", self.l.global_of(e.sym))

    def gen_This(self, e):
        self.emit("local.get", self.this_local)

    gen_SuperRef = gen_This

    def gen_AnyMember(self, e: tir.AnyMember):
        self.expr(e.receiver)
        self.emit("call", self.l.default_method(e.name))

    def gen_FieldGet(self, e: tir.FieldGet):
        if not self.field_access(e):
            self.expr(e.obj)
            if not isinstance(e.obj, tir.This):
                self.non_null(e.obj.tpe, trapping=True)
            self.emit("struct.get", self.types.class_type(e.sym.owner), self.l.field_slot(e.sym))
        if self.types.valtype(e.tpe) is None:
            self.emit("drop")

    def gen_FieldSet(self, e: tir.FieldSet):
        value = e.value
        if self.types.valtype(value.tpe) is None:  # a Unit field still has a slot
            value = tir.Block(value.span, st.INT, [value], tir.Const(value.span, st.INT, 0))
        if self.field_access(e, value):
            return
        self.expr(e.obj)
        if not isinstance(e.obj, tir.This):
            self.non_null(e.obj.tpe, trapping=True)
        self.expr(value)
        self.emit("struct.set", self.types.class_type(e.sym.owner), self.l.field_slot(e.sym))

    # ------------------------------------------------------------------------------------------ calls

    def gen_Call(self, e: tir.Call):
        method = e.method
        for ext in self.l.extensions:
            if ext.gen_call(self, e):
                return
        if not method.is_static and not method.is_local and isinstance(method.owner, ClassSymbol):
            static = e.receiver.tpe.symbol if isinstance(e.receiver.tpe, st.ClassType) else None
            self.call_method(method, static, e.receiver, e.args, direct=e.direct)
            if e.tpe is st.NOTHING or method.result is st.NOTHING:
                self.emit("unreachable")
            return
        if method.is_static:
            if self.l.call_needs_init(method):
                self.l.ensure_init(self.fb, method.owner, self.owner)
        else:
            self.expr(e.receiver)
            if not isinstance(e.receiver, tir.This):
                self.non_null(e.receiver.tpe, trapping=False)  # a call on null is a NullPointerException
        self.push_args(e.args)
        if method.is_local:
            self.push_captures(method)
        tail = id(e) in self.tail_calls  # a self-call the method returns: its frame is reused (lowering/tailcalls)
        self.emit("return_call" if tail else "call", self.l.method_function(method))
        if e.tpe is st.NOTHING or method.result is st.NOTHING:
            self.emit("unreachable")

    def gen_NewObject(self, e: tir.NewObject):
        self.push_args(e.args)
        if e.outer is not None:
            self.expr(e.outer)
        if e.cls.local_scope is not None:
            for c in self.l.class_captures(e.cls):
                self.emit("local.get", self.locals[c])
        self.emit("call", self.l.constructor(e.cls))

    def gen_InitParent(self, e: tir.InitParent):
        self.emit("local.get", self.this_local)
        self.push_args(e.args)
        self.emit("call", self.l.class_initializer(e.cls))

    def call_prelude(self, obj: str, name: str) -> None:
        method = self.l.prelude.objects[obj].methods[name]
        if self.l.call_needs_init(method):
            self.l.ensure_init(self.fb, method.owner, self.owner)
        self.emit("call", self.l.method_function(method))

    # ------------------------------------------------------------------------------------------ arrays

    def gen_NewArray(self, e: tir.NewArray):
        size = self.scratch(I32, "size")
        self.expr(e.size)
        self.emit("local.tee", size)
        self.emit("i32.const", 0)
        self.emit("i32.lt_s")
        with self.fb.if_():
            self.emit("local.get", size)
            self.call_prelude("Runtime", "negativeArraySize")
            self.emit("unreachable")
        if e.fill is not None:  # (a T with a ClassTag: T's zero, boxed)
            self.expr(e.fill)
            self.emit("local.get", size)
            self.emit("array.new", self.types.allocated_array_type(e.tpe))
            return
        self.emit("local.get", size)
        self.emit("array.new_default", self.types.allocated_array_type(e.tpe))

    def gen_ArrayLiteral(self, e: tir.ArrayLiteral):
        for item in e.items:
            self.expr(item)
        self.emit("array.new_fixed", self.types.allocated_array_type(e.tpe), len(e.items))

    def _array_and_index(self, array: tir.Expr, index: tir.Expr) -> tuple[LocalId, LocalId]:
        """Evaluate array and index into locals and check the index (ArrayIndexOutOfBoundsException)."""
        arr = self.scratch(self.types.valtype(array.tpe), "array")
        idx = self.scratch(I32, "index")
        self.expr(array)
        self.emit("local.set", arr)
        self.expr(index)
        self.emit("local.set", idx)
        self.local_non_null(arr)
        self.l._bounds_check(self.fb, arr, idx, self.l.prelude_function("Runtime", "arrayIndexOutOfBounds"))
        return arr, idx

    def gen_ArrayGet(self, e: tir.ArrayGet):
        arr, idx = self._array_and_index(e.array, e.index)
        self.emit("local.get", arr)
        self.emit("local.get", idx)
        self.emit(self.types.array_get_op(e.tpe), self.types.array_type(e.array.tpe.element))

    def gen_ArraySet(self, e: tir.ArraySet):
        arr, idx = self._array_and_index(e.array, e.index)
        self.emit("local.get", arr)
        self.emit("local.get", idx)
        self.expr(e.value)
        self.emit("array.set", self.types.array_type(e.array.tpe.element))

    def gen_ArrayLength(self, e: tir.ArrayLength):
        self.expr(e.array)
        self.non_null(e.array.tpe, trapping=True)
        self.emit("array.len")

    # ------------------------------------------------------------------------------------------ operators

    def gen_Convert(self, e: tir.Convert):
        self.expr(e.value)
        self.convert(e.value.tpe, e.tpe)

    def convert(self, source: st.Type, target: st.Type) -> None:
        if source is target:
            return
        if source in (st.FLOAT, st.DOUBLE):
            f = "f32" if source is st.FLOAT else "f64"
            if target is st.DOUBLE:
                self.emit("f64.promote_f32")
                return
            if target is st.FLOAT:
                self.emit("f32.demote_f64")
                return
            if target is st.LONG:
                self.emit(f"i64.trunc_sat_{f}_s")
                return
            self.emit(f"i32.trunc_sat_{f}_s")  # the JVM's d2i/f2i: truncate, saturate, NaN to 0
            self.narrow(target)
            return
        if source is st.LONG:
            if target is st.DOUBLE:
                self.emit("f64.convert_i64_s")
            elif target is st.FLOAT:
                self.emit("f32.convert_i64_s")
            else:
                self.emit("i32.wrap_i64")
                self.narrow(target)
            return
        # source is an i32-represented integral type (Byte, Short, Char, Int)
        if target is st.LONG:
            self.emit("i64.extend_i32_s")
        elif target is st.DOUBLE:
            self.emit("f64.convert_i32_s")
        elif target is st.FLOAT:
            self.emit("f32.convert_i32_s")
        elif target is not st.INT and not (target is st.SHORT and source is st.BYTE):
            self.narrow(target)

    def narrow(self, target: st.Type) -> None:
        if target is st.BYTE:
            self.emit("i32.extend8_s")
        elif target is st.SHORT:
            self.emit("i32.extend16_s")
        elif target is st.CHAR:
            self.emit("i32.const", 0xFFFF)
            self.emit("i32.and")

    def gen_Unary(self, e: tir.Unary):
        t = e.tpe
        if e.op == "!":
            self.expr(e.operand)
            self.emit("i32.eqz")
        elif e.op == "-":
            if t in (st.DOUBLE, st.FLOAT):
                self.expr(e.operand)
                self.emit("f64.neg" if t is st.DOUBLE else "f32.neg")
            else:
                p = "i64" if t is st.LONG else "i32"
                self.emit(f"{p}.const", 0)
                self.expr(e.operand)
                self.emit(f"{p}.sub")
        elif e.op == "~":
            p = "i64" if t is st.LONG else "i32"
            self.expr(e.operand)
            self.emit(f"{p}.const", -1)
            self.emit(f"{p}.xor")

    def gen_Binary(self, e: tir.Binary):
        op, t = e.op, e.operand_type
        if op in ("/", "%") and t in (st.INT, st.LONG):
            self.integer_division(e)
            return
        if op == "%" and t is st.FLOAT:
            # fmod of two floats is exact, so the Double remainder of the widened operands, narrowed, is the same.
            self.expr(e.lhs)
            self.emit("f64.promote_f32")
            self.expr(e.rhs)
            self.emit("f64.promote_f32")
            self.call_prelude("Runtime", "remainder")
            self.emit("f32.demote_f64")
            return
        self.expr(e.lhs)
        self.expr(e.rhs)
        if op in ("<<", ">>", ">>>"):
            count_type = e.rhs.tpe
            if t is st.LONG and count_type is not st.LONG:
                self.emit("i64.extend_i32_u")
            elif t is not st.LONG and count_type is st.LONG:
                self.emit("i32.wrap_i64")
        if t in (st.INT, st.BOOLEAN):
            self.emit(_I32_OPS[op])
        elif t is st.LONG:
            self.emit(_I64_OPS[op])
        elif t is st.DOUBLE:
            if op == "%":
                self.call_prelude("Runtime", "remainder")
            else:
                self.emit(_F64_OPS[op])
        elif t is st.FLOAT:
            if op == "%":
                raise LoweringError("Float % is lowered by float_remainder")
            self.emit(_F32_OPS[op])
        else:
            raise LoweringError(f"binary {op} on {t}")

    def integer_division(self, e: tir.Binary) -> None:
        wide = e.operand_type is st.LONG
        p = "i64" if wide else "i32"
        divisor = e.rhs.value if isinstance(e.rhs, tir.Const) else None
        if divisor is not None and divisor not in (0, -1):
            # A constant divisor other than 0 and -1 cannot fail: the plain instruction is exact.
            self.expr(e.lhs)
            self.expr(e.rhs)
            self.emit(f"{p}.div_s" if e.op == "/" else f"{p}.rem_s")
            return
        self.expr(e.lhs)
        self.expr(e.rhs)
        name = ("l" if wide else "i") + ("div" if e.op == "/" else "rem")
        self.emit("call", self.l.helper(name))

    def gen_Logical(self, e: tir.Logical):
        self.expr(e.lhs)
        with self.fb.if_(results=(I32,)):
            if e.op == "&&":
                self.expr(e.rhs)
                self.fb.else_()
                self.emit("i32.const", 0)
            else:
                self.emit("i32.const", 1)
                self.fb.else_()
                self.expr(e.rhs)

    def gen_RefEquals(self, e: tir.RefEquals):
        lhs_null = isinstance(e.lhs, tir.Const) and e.lhs.value is None
        rhs_null = isinstance(e.rhs, tir.Const) and e.rhs.value is None
        if lhs_null and rhs_null:
            self.emit("i32.const", 0 if e.negate else 1)
            return
        if lhs_null or rhs_null:
            self.expr(e.rhs if lhs_null else e.lhs)
            self.emit("ref.is_null")
        else:
            for side in (e.lhs, e.rhs):
                self.expr(side)
                if self.types.valtype(side.tpe) == ANYREF:
                    self.emit("ref.cast", EQREF)  # every value an Any holds is a struct or an array
            self.emit("ref.eq")
        if e.negate:
            self.emit("i32.eqz")

    def gen_StringEquals(self, e: tir.StringEquals):
        self.expr(e.lhs)
        self.expr(e.rhs)
        self.call_prelude("Runtime", "stringEquals")
        if e.negate:
            self.emit("i32.eqz")

    # ------------------------------------------------------------------------------------------ strings

    def gen_ToString(self, e: tir.ToString):
        self.to_string(e.value)

    def to_string(self, value: tir.Expr, null_ok: bool = False) -> None:
        """Leave String.valueOf(value) on the stack (with null_ok, a null String stays null)."""
        t = value.tpe
        if isinstance(value, tir.Const) and t is not st.STRING:
            text = constant_text(t, value.value)
            if text is not None:
                self.emit("global.get", self.l.literal(text))
                return
        if t is st.STRING:
            self.expr(value)
            if not null_ok and not isinstance(value, (tir.Const, tir.StringConcat, tir.ToString)) \
                    and not _never_null(value):
                self.call_prelude("Runtime", "stringOrNull")
            return
        if isinstance(t, st.TupleType):
            self.tuple_to_string(value)
            return
        if isinstance(t, st.ArrayType) and t.is_seq:
            self.seq_to_string(value)
            return
        if isinstance(t, RangeType):
            self.range_parts(value)
            self.call_prelude(t.prelude, "showChars" if t.element is st.CHAR else "show")
            return
        if st.is_top(t) or isinstance(t, WrappedArrayType):  # (a WrappedArray prints as Anys shows a Seq)
            self.expr(value)
            self.call_prelude("Anys", "show")
            return
        self.expr(value)
        if t in (st.INT, st.SHORT, st.BYTE):
            self.call_prelude("NumberFormat", "intToString")
        elif t is st.LONG:
            self.call_prelude("NumberFormat", "longToString")
        elif t is st.DOUBLE:
            self.call_prelude("NumberFormat", "doubleToString")
        elif t is st.FLOAT:
            self.call_prelude("NumberFormat", "floatToString")
        elif t is st.CHAR:
            self.emit("array.new_fixed", self.types.string, 1)
        elif t is st.BOOLEAN:
            self.call_prelude("Runtime", "booleanToString")
        elif t is st.UNIT:
            self.emit("global.get", self.l.literal("()"))
        elif t is st.NULL:
            self.emit("drop")
            self.emit("global.get", self.l.literal("null"))
        elif t is st.NOTHING:
            pass
        elif isinstance(t, st.FunctionType):
            self.emit("drop")
            self.emit("global.get", self.l.literal(f"<function{len(t.params)}>"))
        else:
            # Class instances and arrays print as the JVM's `Name@hash`, of an identity hash (prelude Identity).
            identity = isinstance(t, st.ArrayType) or (isinstance(t, st.ClassType) and t.symbol is not None)
            name = jvm_class_name(t)
            ref = self.scratch(self.types.valtype(t), "obj")
            self.emit("local.tee", ref)
            self.emit("ref.is_null")
            with self.fb.if_(results=(self.types.string_ref,)):
                self.emit("global.get", self.l.literal("null"))
                self.fb.else_()
                if isinstance(t, st.ClassType) and isinstance(t.symbol, ClassSymbol):
                    self.call_universal("toString", t.symbol, ref)
                    self.call_prelude("Runtime", "stringOrNull")
                elif identity:
                    self.emit("global.get", self.l.literal(name))
                    self.emit("local.get", ref)
                    self.call_prelude("Anys", "identityString")
                else:
                    self.emit("global.get", self.l.literal(name + "@0"))

    def gen_StringConcat(self, e: tir.StringConcat):
        parts = _fold_constant_parts(e.parts)
        if len(parts) == 1:
            self.to_string(parts[0])
            return
        if self.l.optimize:
            concat_in_place(self, parts)
            return
        # Every part becomes a string, in order; one helper call then sizes the result once and copies them in.
        for part in parts:
            self.to_string(part, null_ok=True)  # the helper reads a null part as "null"
        self.emit("array.new_fixed", self.types.array_type(st.STRING), len(parts))
        self.emit("call", self.l.helper("concat"))

    # ------------------------------------------------------------------------------------------ builtins

    def block_results(self, t: st.Type) -> tuple:
        return self.types.results(t)

    def gen_If(self, e: tir.If):
        results = self.block_results(e.tpe)
        if self.l.optimize and branches(e.cond):
            with self.fb.block(results=results) as done:
                with self.fb.block() as otherwise:
                    self.branch_unless(e.cond, otherwise)
                    self.expr(e.then)
                    self.emit("br", done)
                if e.otherwise is not None:
                    self.expr(e.otherwise)
            if e.tpe is st.NOTHING:
                self.emit("unreachable")
            return
        self.expr(e.cond)
        with self.fb.if_(results=results):
            self.expr(e.then)
            if e.otherwise is not None:
                self.fb.else_()
                self.expr(e.otherwise)
        if e.tpe is st.NOTHING:
            self.emit("unreachable")

    def gen_While(self, e: tir.While):
        fb = self.fb
        forever = isinstance(e.cond, tir.Const) and e.cond.value is True
        with fb.block() as exit_:
            with fb.loop() as top:
                if not forever and self.l.optimize and branches(e.cond):
                    self.branch_unless(e.cond, exit_)
                elif not forever:
                    self.expr(e.cond)
                    self.emit("i32.eqz")
                    self.emit("br_if", exit_)
                self.expr(e.body)
                self.emit("br", top)
        if forever:
            # `while (true)` without a break never completes normally; what follows is unreachable.
            self.emit("unreachable")

    def gen_ForRange(self, e: tir.ForRange):
        for ext in self.l.extensions:
            if ext.gen_loop(self, e):
                return
        fb = self.fb
        wide = e.var.tpe is st.LONG
        p = "i64" if wide else "i32"
        var = self.locals[e.var]
        end = self.scratch(I64 if wide else I32, "end")
        self.expr(e.start)
        self.emit("local.set", var)
        self.expr(e.end)
        self.emit("local.set", end)
        if e.step != 1:
            self.stepped_loop(e, var, end, p)
            return
        with fb.block() as exit_:
            self.emit("local.get", var)
            self.emit("local.get", end)
            self.emit(f"{p}.gt_s" if e.inclusive else f"{p}.ge_s")
            self.emit("br_if", exit_)
            with fb.loop() as top:
                self.expr(e.body)
                if e.inclusive:
                    # Stop after the last value before incrementing: `to Int.MaxValue` must not wrap around.
                    self.emit("local.get", var)
                    self.emit("local.get", end)
                    self.emit(f"{p}.eq")
                    self.emit("br_if", exit_)
                self.emit("local.get", var)
                self.emit(f"{p}.const", 1)
                self.emit(f"{p}.add")
                self.emit("local.tee" if not e.inclusive else "local.set", var)
                if e.inclusive:
                    self.emit("br", top)
                else:
                    self.emit("local.get", end)
                    self.emit(f"{p}.lt_s")
                    self.emit("br_if", top)

    def stepped_loop(self, e: tir.ForRange, var: LocalId, end: LocalId, p: str) -> None:
        """`for (i <- a to b by s)`: the loop stops before stepping past the end (`end - step` is compared with
        the variable, so stepping never overflows)."""
        up = e.step > 0
        past = ("gt_s" if e.inclusive else "ge_s") if up else ("lt_s" if e.inclusive else "le_s")
        with self.fb.block() as exit_:
            self.emit("local.get", var)
            self.emit("local.get", end)
            self.emit(f"{p}.{past}")
            self.emit("br_if", exit_)
            with self.fb.loop() as top:
                self.expr(e.body)
                self.emit("local.get", var)
                self.emit("local.get", end)
                self.emit(f"{p}.const", e.step)
                self.emit(f"{p}.sub")
                self.emit(f"{p}.{past}")
                self.emit("br_if", exit_)
                self.emit("local.get", var)
                self.emit(f"{p}.const", e.step)
                self.emit(f"{p}.add")
                self.emit("local.set", var)
                self.emit("br", top)

    def gen_ForArray(self, e: tir.ForArray):
        fb = self.fb
        arr = self.scratch(self.types.valtype(e.array.tpe), "array")
        idx = self.scratch(I32, "i")
        n = self.scratch(I32, "n")
        self.expr(e.array)
        self.emit("local.tee", arr)
        self.emit("array.len")
        self.emit("local.set", n)
        self.emit("i32.const", 0)
        self.emit("local.set", idx)  # a nested loop runs this again: the counter must restart each time
        with fb.block() as exit_:
            with fb.loop() as top:
                self.emit("local.get", idx)
                self.emit("local.get", n)
                self.emit("i32.ge_s")
                self.emit("br_if", exit_)
                var = self.locals.get(e.var)
                if var is not None:
                    self.emit("local.get", arr)
                    self.emit("local.get", idx)
                    self.emit(self.types.array_get_op(e.var.tpe), self.types.array_type(e.array.tpe.element))
                    self.emit("local.set", var)
                self.expr(e.body)
                self.emit("local.get", idx)
                self.emit("i32.const", 1)
                self.emit("i32.add")
                self.emit("local.set", idx)
                self.emit("br", top)

    def gen_Block(self, e: tir.Block):
        for s in e.stats:
            self.expr(s)
            if s.tpe is st.NOTHING:
                return  # the rest is dead code; the stack is already polymorphic
        if e.result is not None:
            self.expr(e.result)

    def gen_Match(self, e: tir.Match):
        fb = self.fb
        st_type = e.scrutinee.tpe
        temp = self.locals.get(e.temp)
        if temp is None:
            temp = self.locals[e.temp] = fb.add_local("scrutinee", self.types.valtype(st_type))
        self.expr(e.scrutinee)
        self.emit("local.set", temp)
        results = self.block_results(e.tpe)
        with fb.block(results=results) as done:
            for case in e.cases:
                with fb.block() as next_case:
                    if case.values:
                        self.match_values(st_type, temp, case.values)
                        self.emit("i32.eqz")
                        self.emit("br_if", next_case)
                    if case.binding is not None and case.binding in self.locals:
                        self.emit("local.get", temp)
                        self.emit("local.set", self.locals[case.binding])
                    if case.guard is not None:
                        self.expr(case.guard)
                        self.emit("i32.eqz")
                        self.emit("br_if", next_case)
                    self.expr(case.body)
                    if case.body.tpe is not st.NOTHING:
                        self.emit("br", done)
            # No case matched: scala.MatchError with the value and its boxed class.
            if st_type is st.STRING:  # the value itself: a null String's MatchError says just `null`
                self.emit("local.get", temp)
            else:
                self.to_string(tir.LocalGet(e.span, st_type, e.temp))
            self.emit("global.get", self.l.literal(BOXED_CLASS_NAMES.get(st_type, "java.lang.Object")))
            self.call_prelude("Runtime", "matchError")
            self.emit("unreachable")
        if e.tpe is st.NOTHING:
            self.emit("unreachable")

    def match_values(self, t: st.Type, temp: LocalId, values: list) -> None:
        """Leave 1 on the stack when the scrutinee equals one of the values."""
        for i, v in enumerate(values):
            if t is st.STRING:
                self.emit("local.get", temp)
                self.const(t, v)
                self.call_prelude("Runtime", "stringEquals")
            elif t is st.LONG:
                self.emit("local.get", temp)
                self.emit("i64.const", int(v))
                self.emit("i64.eq")
            else:
                self.emit("local.get", temp)
                self.const(t, v)
                self.emit("i32.eq")
            if i:
                self.emit("i32.or")

    def gen_Return(self, e: tir.Return):
        if e.value is not None:
            self.expr(e.value)
            if self.types.valtype(e.value.tpe) is not None and not self.fb.results:
                self.emit("drop")
        self.run_exit_actions()
        self.emit("return")

    def run_exit_actions(self) -> None:
        """The code for leaving every enclosing construct, innermost first. Each runs with only the constructs
        around it still open: a `return` inside a `finally` copy leaves those, not the `try` it belongs to again."""
        actions = self.exit_actions
        try:
            for i in reversed(range(len(actions))):
                self.exit_actions = actions[:i]
                actions[i]()
        finally:
            self.exit_actions = actions

_UNKNOWN = object()
_GEN_DISPATCH: dict[type, object] = {}  # typed-tree class -> its gen_ method (None: an extension lowers it)


def _fold_constant_parts(parts: list[tir.Expr]) -> list[tir.Expr]:
    """Join neighbouring constant parts of a concatenation at compile time ("n = " + 3 is one literal)."""
    out: list[tir.Expr] = []
    for part in parts:
        text = None
        if isinstance(part, tir.Const):
            text = part.value if part.tpe is st.STRING else constant_text(part.tpe, part.value)
        if text is not None and out and isinstance(out[-1], tir.Const) and out[-1].tpe is st.STRING:
            previous = out[-1]
            out[-1] = tir.Const(previous.span.to(part.span), st.STRING, previous.value + text)
        elif text is not None:
            out.append(tir.Const(part.span, st.STRING, text))
        else:
            out.append(part)
    return out


def _never_null(e: tir.Expr) -> bool:
    return isinstance(e, tir.Builtin) and e.name in ("string.substring", "newString")


def constant_text(t: st.Type, value) -> str | None:
    """String.valueOf of a constant, computed at compile time where Python agrees exactly with the JVM."""
    if t in (st.INT, st.LONG, st.SHORT, st.BYTE):
        return str(value)
    if t is st.CHAR:
        return chr(value)
    if t is st.BOOLEAN:
        return "true" if value else "false"
    if t is st.NULL:
        return "null"
    return None  # Float and Double: the prelude's formatting is the one reference
