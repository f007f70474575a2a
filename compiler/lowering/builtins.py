"""Function bodies, part two: the typed tree's built-in operations, each lowered to instructions or a runtime call."""
from __future__ import annotations

from typing import Callable

from ..semantics import tir
from ..semantics import types as st
from ..wasi import SIGNATURES
from ..wasm import F32, F64, I32, I64
from .shared import HEAP_START, LoweringError

class BuiltinLowering:
    """The built-in operations of a function body (printing, math, strings, bit conversions, memory, WASI)."""

    def gen_Builtin(self, e: tir.Builtin):
        name = e.name
        args = e.args
        handler = _BUILTINS.get(name)
        if handler is not None:
            handler(self, e)
            return
        for ext in self.l.extensions:
            if ext.gen_builtin(self, e):
                return
        raise LoweringError(f"no lowering for builtin {name}")

    def builtin_print(self, e: tir.Builtin, newline: bool, fd: int = 1) -> None:
        if e.args:
            self.to_string(e.args[0])
        else:
            self.emit("global.get", self.l.literal(""))
        self.emit("i32.const", fd)
        self.emit("i32.const", 1 if newline else 0)
        self.call_prelude("Runtime", "print")

    def builtin_math(self, e: tir.Builtin) -> None:
        fn = e.name.split(".", 1)[1]
        t = e.tpe
        for a in e.args:
            self.expr(a)
        if t in (st.DOUBLE, st.FLOAT):
            f = "f64" if t is st.DOUBLE else "f32"
            op = {"max": "max", "min": "min", "abs": "abs", "sqrt": "sqrt", "floor": "floor", "ceil": "ceil"}.get(fn)
            if op is not None:
                self.emit(f"{f}.{op}")
                return
            if fn == "signum":
                # signum: -1.0, 0.0 (keeping -0.0 and NaN), 1.0
                x = self.scratch(F64 if t is st.DOUBLE else F32, "x")
                self.emit("local.tee", x)
                self.emit(f"{f}.const", 0.0)
                self.emit(f"{f}.gt")
                with self.fb.if_(results=(F64 if t is st.DOUBLE else F32,)):
                    self.emit(f"{f}.const", 1.0)
                    self.fb.else_()
                    self.emit("local.get", x)
                    self.emit(f"{f}.const", 0.0)
                    self.emit(f"{f}.lt")
                    with self.fb.if_(results=(F64 if t is st.DOUBLE else F32,)):
                        self.emit(f"{f}.const", -1.0)
                        self.fb.else_()
                        self.emit("local.get", x)
                return
        p = "i64" if t is st.LONG else "i32"
        vt = I64 if t is st.LONG else I32
        if fn in ("max", "min"):
            b = self.scratch(vt, "b")
            a = self.scratch(vt, "a")
            self.emit("local.set", b)
            self.emit("local.tee", a)
            self.emit("local.get", b)
            self.emit("local.get", a)
            self.emit("local.get", b)
            self.emit(f"{p}.gt_s" if fn == "max" else f"{p}.lt_s")
            self.emit("select")
            return
        if fn == "abs":
            a = self.scratch(vt, "a")
            self.emit("local.set", a)
            self.emit(f"{p}.const", 0)
            self.emit("local.get", a)
            self.emit(f"{p}.sub")
            self.emit("local.get", a)
            self.emit("local.get", a)
            self.emit(f"{p}.const", 0)
            self.emit(f"{p}.lt_s")
            self.emit("select")
            return
        if fn == "signum":
            a = self.scratch(vt, "a")
            self.emit("local.tee", a)
            self.emit(f"{p}.const", 0)
            self.emit(f"{p}.gt_s")
            self.emit("local.get", a)
            self.emit(f"{p}.const", 0)
            self.emit(f"{p}.lt_s")
            self.emit("i32.sub")
            if t is st.LONG:
                self.emit("i64.extend_i32_s")
            return
        raise LoweringError(f"math.{fn} on {t}")

    def builtin_exit(self, e: tir.Builtin) -> None:
        self.expr(e.args[0])
        self.emit("call", self.l.wasi_import("proc_exit"))
        self.emit("unreachable")

    def builtin_string(self, e: tir.Builtin) -> None:
        op = e.name.split(".", 1)[1]
        if op == "length":
            self.expr(e.args[0])
            self.non_null(e.args[0].tpe, trapping=True)  # a catchable NullPointerException where a `try` may see it
            self.emit("array.len")
        elif op == "isEmpty":
            self.expr(e.args[0])
            self.non_null(e.args[0].tpe, trapping=True)
            self.emit("array.len")
            self.emit("i32.eqz")
        elif op == "charAtUnchecked":
            self.expr(e.args[0])
            self.expr(e.args[1])
            self.emit("array.get_u", self.types.string)
        elif op == "charAt":
            self.expr(e.args[0])
            self.expr(e.args[1])
            self.emit("call", self.l.helper("charAt"))
        elif op == "substring":
            s, begin = e.args[0], e.args[1]
            if len(e.args) == 3:
                self.expr(s)
                self.expr(begin)
                self.expr(e.args[2])
            else:
                tmp = self.scratch(self.types.string_ref, "s")
                self.expr(s)
                self.emit("local.tee", tmp)
                self.expr(begin)
                self.emit("local.get", tmp)
                self.emit("array.len")
            self.emit("call", self.l.helper("substring"))
        else:
            raise LoweringError(f"string.{op}")

    def builtin_new_string(self, e: tir.Builtin) -> None:
        chars = e.args[0]
        if len(e.args) == 3:
            self.expr(chars)
            self.expr(e.args[1])
            self.expr(e.args[2])
        else:
            tmp = self.scratch(self.types.string_ref, "chars")
            self.expr(chars)
            self.emit("local.tee", tmp)
            self.emit("i32.const", 0)
            self.emit("local.get", tmp)
            self.emit("array.len")
        self.emit("call", self.l.helper("newString"))

    def builtin_bits(self, e: tir.Builtin) -> None:
        self.expr(e.args[0])
        kind = e.name.split(".", 1)[1]
        if kind in ("doubleToLong", "doubleToLongCanonical"):
            if kind == "doubleToLongCanonical":
                self._canonical_nan(F64, "f64", 0x7FF8000000000000)
            self.emit("i64.reinterpret_f64")
        elif kind in ("floatToInt", "floatToIntCanonical"):
            if kind == "floatToIntCanonical":
                self._canonical_nan(F32, "f32", 0x7FC00000)
            self.emit("i32.reinterpret_f32")
        elif kind == "longToDouble":
            self.emit("f64.reinterpret_i64")
        elif kind == "intToFloat":
            self.emit("f32.reinterpret_i32")

    def _canonical_nan(self, vt, f: str, bits: int) -> None:
        from ..wasm import FloatBits

        x = self.scratch(vt, "x")
        self.emit("local.tee", x)
        self.emit("local.get", x)
        self.emit(f"{f}.ne")
        with self.fb.if_(results=(vt,)):
            self.emit(f"{f}.const", FloatBits(bits))
            self.fb.else_()
            self.emit("local.get", x)

    def builtin_memory(self, e: tir.Builtin) -> None:
        op = e.name.split(".", 1)[1]
        for a in e.args:
            self.expr(a)
        if op == "heapStart":
            self.emit("i32.const", HEAP_START)
        elif op == "mark":
            self.emit("global.get", self.l.mark_global())
        elif op == "ensureAvailable":
            self.emit("call", self.l.helper("ensureAvailable"))
        elif op == "tryGrowTo":
            self.emit("call", self.l.helper("tryGrowTo"))
        else:
            instr = {"store8": "i32.store8", "store32": "i32.store", "load8u": "i32.load8_u",
                     "load32": "i32.load"}[op]
            self.emit(instr)

    def builtin_wasi(self, e: tir.Builtin) -> None:
        for a in e.args:
            self.expr(a)
        name = e.name.split(".", 1)[1]
        self.emit("call", self.l.wasi_import(name))
        if e.tpe is st.NOTHING:
            self.emit("unreachable")

    # ------------------------------------------------------------------------------------------ control


_BUILTINS: dict[str, Callable[[BuiltinLowering, tir.Builtin], None]] = {
    "println": lambda g, e: g.builtin_print(e, True),
    "print": lambda g, e: g.builtin_print(e, False),
    "eprintln": lambda g, e: g.builtin_print(e, True, 2),
    "eprint": lambda g, e: g.builtin_print(e, False, 2),
    "sys.exit": BuiltinLowering.builtin_exit,
    "newString": BuiltinLowering.builtin_new_string,
    "trap": lambda g, e: g.emit("unreachable"),
    "object.className": lambda g, e: g.builtin_class_name(e),
    "exception.fromLine": lambda g, e: g.builtin_throwable_of_line(e),
    "object.hashField": lambda g, e: g.builtin_hash_field(e),
    "object.setHashField": lambda g, e: g.builtin_set_hash_field(e),
    "exception.throw": lambda g, e: g.builtin_exception_throw(e),
    # An Array[Char] is a String's array (a subtype of it): reading one as the other is free.
    "string.asChars": lambda g, e: g.expr(e.args[0]),
    "string.fromChars": lambda g, e: g.builtin_string_from_chars(e),
}
_BUILTINS["buffer.collect"] = lambda g, e: g.builtin_buffer_collect(e)
_BUILTINS["buffer.add"] = lambda g, e: g.builtin_buffer_add(e)
_BUILTINS["tuple.equals"] = lambda g, e: g.builtin_tuple_equals(e)
_BUILTINS["any.asIndexedSeq"] = lambda g, e: g.builtin_as_indexed_seq(e)
for _op in ("any.equals", "any.isSeq", "any.className", "any.javaEquals", "any.hashCode", "any.scalaHash", "anyTypes.tupleElements",
            "anyTypes.vectorElements", "anyTypes.isVector", "anyTypes.showOther", "anyTypes.className", "anyTypes.equalsOther", "anyTypes.hashCodeOther"):
    _BUILTINS[_op] = lambda g, e: g.any_call(e)
for _op in ("new", "by", "start", "end", "step", "isInclusive", "reverse", "foreach", "length", "size", "sum",
            "isEmpty", "nonEmpty", "last", "head", "contains"):
    _BUILTINS["range." + _op] = lambda g, e: g.builtin_range(e)
_BUILTINS["vector.of"] = lambda g, e: g.builtin_vector_of(e)
for _op in ("of", "deep", "array"):
    _BUILTINS["wrapped." + _op] = lambda g, e: g.builtin_wrapped(e)
for _op in ("copy", "stableOrder"):
    _BUILTINS["array." + _op] = lambda g, e: g.builtin_array(e)
for _fn in ("max", "min", "abs", "sqrt", "floor", "ceil", "signum"):
    _BUILTINS["math." + _fn] = BuiltinLowering.builtin_math
for _op in ("length", "isEmpty", "charAt", "charAtUnchecked", "substring"):
    _BUILTINS["string." + _op] = BuiltinLowering.builtin_string
for _op in ("doubleToLong", "doubleToLongCanonical", "floatToInt", "floatToIntCanonical", "longToDouble",
            "intToFloat"):
    _BUILTINS["bits." + _op] = BuiltinLowering.builtin_bits
for _op in ("store8", "store32", "load8u", "load32", "heapStart", "mark", "ensureAvailable", "tryGrowTo"):
    _BUILTINS["mem." + _op] = BuiltinLowering.builtin_memory
for _name in SIGNATURES:
    _BUILTINS["wasi." + _name] = BuiltinLowering.builtin_wasi
