"""Collections in function bodies: the buffers of `for`/`yield`, `map` and `filter`, Range values (four parts in a
struct; their arithmetic is the prelude's `Ranges`), array copies and the stable sort, and printing an IndexedSeq."""
from __future__ import annotations

from ..semantics import tir
from ..semantics.collections import RANGE
from ..semantics import types as st
from ..semantics.symbols import LocalSymbol
from ..wasm import I32, I64, RefType


class CollectionCode:
    """The function-body side of `for`/`yield` buffers and of printing an IndexedSeq."""

    def builtin_buffer_collect(self, e: tir.Builtin, made=None) -> None:
        """Run the loop in args[0], whose `buffer.add`s fill a buffer that doubles when full; then trim it into a new
        array of the type made (by default, the one e's type is made as)."""
        elem = e.tpe.element
        arr_t = self.types.array_type(elem)
        buf = self.scratch(RefType(arr_t, nullable=True), "buffer")
        count = self.scratch(I32, "count")
        self.emit("i32.const", 16)
        self.emit("array.new_default", arr_t)
        self.emit("local.set", buf)
        self.emit("i32.const", 0)
        self.emit("local.set", count)
        self.buffers.append((buf, count, arr_t))
        self.expr(e.args[0])
        self.buffers.pop()
        self.emit("local.get", count)
        # a Vector's own for an IndexedSeq, an Array[Char]'s for chars (wasmtypes.allocated_array_type)
        self.emit("array.new_default", made or self.types.allocated_array_type(e.tpe))
        out = self.scratch(RefType(arr_t, nullable=True), "result")
        self.emit("local.tee", out)
        self.emit("i32.const", 0)
        self.emit("local.get", buf)
        self.emit("i32.const", 0)
        self.emit("local.get", count)
        self.emit("array.copy", arr_t, arr_t)
        self.emit("local.get", out)

    def builtin_string_from_chars(self, e: tir.Builtin) -> None:
        """Chars just collected (StringOps' map and filter, a `for`/`yield` over a String) as the String they make: the
        collected array made as a String's, not an Array[Char]'s (wasmtypes.char_array_type); chars from elsewhere
        are copied into a String when they are an Array[Char]."""
        chars = e.args[0]
        string = self.types.string
        if isinstance(chars, tir.Builtin) and chars.name == "buffer.collect":
            self.builtin_buffer_collect(chars, made=string)
            return
        self.expr(chars)
        source = self.scratch(self.types.string_ref, "chars")
        self.emit("local.tee", source)
        self.emit("ref.test", RefType(self.types.char_array_type(), nullable=False))
        with self.fb.if_(results=(self.types.string_ref,)):
            self.emit("local.get", source)
            self.copy_whole_array(source, string, string)
            self.fb.else_()
            self.emit("local.get", source)

    def builtin_wrapped(self, e: tir.Builtin) -> None:
        """`wrapped.of`: an array as the WrappedArray holding it (`arr.toSeq`), `wrapped.deep` as its deep view
        (`arr.deep`); `wrapped.array`: the array a WrappedArray holds, as its element type's array
        (wasmtypes.wrapped_array_type)."""
        struct = self.types.wrapped_array_type()
        self.expr(e.args[0])
        if e.name in ("wrapped.of", "wrapped.deep"):
            self.emit("i32.const", int(e.name == "wrapped.deep"))
            self.emit("struct.new", struct)
            return
        self.emit("struct.get", struct, 0)
        self.emit("ref.cast", RefType(self.types.array_type(e.tpe.element), nullable=True))

    def builtin_buffer_add(self, e: tir.Builtin) -> None:
        buf, count, arr_t = self.buffers[-1]
        self.emit("local.get", count)
        self.emit("local.get", buf)
        self.emit("array.len")
        self.emit("i32.eq")
        with self.fb.if_():
            bigger = self.scratch(RefType(arr_t, nullable=True), "grown")
            self.emit("local.get", count)
            self.emit("i32.const", 1)
            self.emit("i32.shl")
            self.emit("array.new_default", arr_t)
            self.emit("local.tee", bigger)
            self.emit("i32.const", 0)
            self.emit("local.get", buf)
            self.emit("i32.const", 0)
            self.emit("local.get", count)
            self.emit("array.copy", arr_t, arr_t)
            self.emit("local.get", bigger)
            self.emit("local.set", buf)
        self.emit("local.get", buf)
        self.emit("local.get", count)
        self.expr(e.args[0])
        self.emit("array.set", arr_t)
        self.emit("local.get", count)
        self.emit("i32.const", 1)
        self.emit("i32.add")
        self.emit("local.set", count)

    def seq_to_string(self, value: tir.Expr) -> None:
        """`Vector(1, 2)`: each element's string, joined by the prelude."""
        t: st.ArrayType = value.tpe
        span = value.span
        array = LocalSymbol("$seq", span, t)
        index = LocalSymbol("$i", span, st.INT)
        parts = LocalSymbol("$parts", span, st.ArrayType(st.STRING))
        for sym in (array, index, parts):
            self.locals[sym] = self.scratch(self.types.valtype(sym.tpe), sym.name[1:])
        get = lambda sym: tir.LocalGet(span, sym.tpe, sym)  # noqa: E731
        self.expr(value)
        self.emit("local.set", self.locals[array])
        loop = tir.Block(span, st.UNIT, [
            tir.LocalSet(span, st.UNIT, parts, tir.NewArray(span, parts.tpe, tir.ArrayLength(span, st.INT, get(array)))),
            tir.ForRange(span, st.UNIT, index, tir.Const(span, st.INT, 0), tir.ArrayLength(span, st.INT, get(array)),
                         False, tir.ArraySet(span, st.UNIT, get(parts), get(index),
                                             tir.ToString(span, st.STRING, tir.ArrayGet(span, t.element, get(array),
                                                                                         get(index)))))], None)
        self.expr(loop)
        self.emit("global.get", self.l.literal("Vector("))
        self.emit("local.get", self.locals[parts])
        self.call_prelude("Runtime", "joinParts")

    # ------------------------------------------------------------------------------------------ ranges

    def range_parts(self, value: tir.Expr) -> None:
        """Leave a Range's start, end, step and inclusiveness on the stack."""
        struct = self.l.tuple_type(value.tpe.fields)
        temp = self.scratch(RefType(struct, nullable=True), "range")
        self.expr(value)
        self.emit("local.set", temp)
        for i in range(4):
            self.emit("local.get", temp)
            self.emit("struct.get", struct, i)

    def builtin_range(self, e: tir.Builtin) -> None:
        op = e.name.split(".", 1)[1]
        rt = e.args[0].tpe if op != "new" else e.tpe
        struct = self.l.tuple_type(rt.fields)
        args = e.args
        # Scala checks an Int Range when it is made; a NumericRange only when its length is needed.
        eager = rt is RANGE
        if op == "new":
            for a in args:
                self.expr(a)
            step = args[2]
            if eager and not (isinstance(step, tir.Const) and step.value != 0):
                self.check_range(struct, rt)
            self.emit("struct.new", struct)
        elif op in ("start", "end", "step", "isInclusive"):
            self.expr(args[0])
            self.emit("struct.get", struct, ("start", "end", "step", "isInclusive").index(op))
        elif op == "by":
            self.range_parts(args[0])
            inclusive = self.scratch(I32, "inclusive")
            self.emit("local.set", inclusive)
            self.emit("drop")
            self.expr(args[1])
            self.emit("local.get", inclusive)
            if eager:
                self.check_range(struct, rt)
            self.emit("struct.new", struct)
        elif op == "reverse":
            self.reverse_range(args[0], struct)
        elif op == "foreach":
            self.range_foreach(args[0], args[1].sym, args[2])
        else:
            self.range_parts(args[0])
            for a in args[1:]:
                self.expr(a)
            name = {"size": "length", "nonEmpty": "isEmpty"}.get(op, op)
            self.call_prelude(rt.prelude, name)
            if op == "nonEmpty":
                self.emit("i32.eqz")

    def check_range(self, struct, rt) -> None:
        """The four parts on the stack are checked as Scala's Range constructor does (a zero step fails)."""
        parts = [self.scratch(I32, "part") for _ in range(4)]
        for p in reversed(parts):
            self.emit("local.set", p)
        for p in parts:
            self.emit("local.get", p)
        self.call_prelude("Ranges", "length")
        self.emit("drop")
        for p in parts:
            self.emit("local.get", p)

    def reverse_range(self, value: tir.Expr, struct) -> None:
        """An empty range stays itself; else `last to start by -step`."""
        rt = value.tpe
        vt = I64 if rt.element is st.LONG else I32
        temp = self.scratch(RefType(struct, nullable=True), "range")
        parts = [self.scratch(vt, "part") for _ in range(3)] + [self.scratch(I32, "inclusive")]
        self.expr(value)
        self.emit("local.tee", temp)
        for i, p in enumerate(parts):
            if i:
                self.emit("local.get", temp)
            self.emit("struct.get", struct, i)
            self.emit("local.set", p)
        for p in parts:
            self.emit("local.get", p)
        self.call_prelude(rt.prelude, "isEmpty")
        with self.fb.if_(results=(RefType(struct, nullable=True),)):
            self.emit("local.get", temp)
            self.fb.else_()
            for p in parts:
                self.emit("local.get", p)
            self.call_prelude(rt.prelude, "last")
            self.emit("local.get", parts[0])
            self.emit(f"{vt.name}.const", 0)
            self.emit("local.get", parts[2])
            self.emit(f"{vt.name}.sub")
            self.emit("i32.const", 1)
            self.emit("struct.new", struct)

    def range_foreach(self, value: tir.Expr, var: LocalSymbol, body: tir.Expr) -> None:
        """var = start + k * step for k in 0 until length: no overflow at the ends of Int."""
        rt = value.tpe
        vt = I64 if rt.element is st.LONG else I32
        start = self.scratch(vt, "start")
        step = self.scratch(vt, "step")
        n = self.scratch(I32, "n")
        k = self.scratch(I32, "k")
        struct = self.l.tuple_type(rt.fields)
        temp = self.scratch(RefType(struct, nullable=True), "range")
        self.expr(value)
        self.emit("local.tee", temp)
        self.emit("struct.get", struct, 0)
        self.emit("local.set", start)
        self.emit("local.get", temp)
        self.emit("struct.get", struct, 2)
        self.emit("local.set", step)
        for i in range(4):
            self.emit("local.get", temp)
            self.emit("struct.get", struct, i)
        self.call_prelude(rt.prelude, "length")
        self.emit("local.set", n)
        self.emit("i32.const", 0)
        self.emit("local.set", k)
        with self.fb.block() as exit_:
            with self.fb.loop() as top:
                self.emit("local.get", k)
                self.emit("local.get", n)
                self.emit("i32.ge_s")
                self.emit("br_if", exit_)
                self.emit("local.get", start)
                self.emit("local.get", k)
                if vt is I64:
                    self.emit("i64.extend_i32_s")
                self.emit("local.get", step)
                self.emit(f"{vt.name}.mul")
                self.emit(f"{vt.name}.add")
                self.emit("local.set", self.locals[var])
                self.expr(body)
                self.emit("local.get", k)
                self.emit("i32.const", 1)
                self.emit("i32.add")
                self.emit("local.set", k)
                self.emit("br", top)

    # ------------------------------------------------------------------------------------------ arrays

    def builtin_vector_of(self, e: tir.Builtin) -> None:
        """An array made elsewhere (by a prelude method) as a Vector (semantics/collections.as_vector): itself when it
        already is one (or null), else a copy made as a Vector's array."""
        arr_t = self.types.array_type(e.tpe.element)
        vector_t = self.types.made_vector_type(e.tpe.element)
        source = self.scratch(RefType(arr_t, nullable=True), "elements")
        self.expr(e.args[0])
        self.emit("local.tee", source)
        self.emit("ref.test", RefType(vector_t, nullable=True))
        with self.fb.if_(results=(RefType(arr_t, nullable=True),)):
            self.emit("local.get", source)
            self.fb.else_()
            self.emit("local.get", source)
            self.copy_whole_array(source, arr_t, vector_t)

    def copy_whole_array(self, source, arr_t, made_t) -> None:
        """A new array of type made_t (arr_t or its Vector) holding all of source's elements; source (a local of
        type arr_t) is also on the stack."""
        out = self.scratch(RefType(arr_t, nullable=True), "copy")
        self.emit("array.len")
        self.emit("array.new_default", made_t)
        self.emit("local.tee", out)
        self.emit("i32.const", 0)
        self.emit("local.get", source)
        self.emit("i32.const", 0)
        self.emit("local.get", source)
        self.emit("array.len")
        self.emit("array.copy", arr_t, arr_t)
        self.emit("local.get", out)

    def builtin_array(self, e: tir.Builtin) -> None:
        op = e.name.split(".", 1)[1]
        if op == "copy":
            arr_t = self.types.array_type(e.tpe.element)
            source = self.scratch(RefType(arr_t, nullable=True), "source")
            self.expr(e.args[0])
            self.emit("local.tee", source)
            self.copy_whole_array(source, arr_t, self.types.allocated_array_type(e.tpe))
        elif op == "stableOrder":
            for a in e.args:
                self.expr(a)
            self.call_prelude("Sorting", "stableOrder")
