"""Core runtime primitives assembled by hand (division checks, string building, memory growth), built once per
module when reached.
"""
from __future__ import annotations

from typing import Callable

from ..semantics import types as st
from ..wasm import I32, I64, FuncId, FunctionBuilder, GlobalId, LocalId, RefType, make
from .shared import HEAP_START, SHARED

class RuntimeHelpers:
    """The hand-assembled runtime primitives of a module (a few instructions each) and the allocation mark."""

    def mark_global(self) -> GlobalId:
        """The bump pointer of linear memory: everything below it is in use (the runtime's area, live segments);
        everything above is free, for the next allocation or for the runtime's scratch space while it prints."""
        self.record("mark_global")
        if self._mark is None:
            self._mark = SHARED.id(("mark",), lambda: GlobalId("memory.mark"))
            self.module.add_global(self._mark, I32, True, [make("i32.const", HEAP_START)])
        return self._mark

    # ------------------------------------------------------------------------------------------ helpers

    def helper(self, name: str) -> FuncId:
        """A hand-assembled runtime primitive (a few instructions each), built once per module when reached."""
        self.record("helper", name)
        fid = self.helpers.get(name)
        if fid is None:
            fid = SHARED.id(("helper", name), lambda: FuncId(f"rt.{name}"))
            self.helpers[name] = fid
            build = getattr(self, "_helper_" + name.replace(".", "_"))
            self._pending.append((fid, build, name))
        return fid

    def custom_helper(self, name: str, build: Callable[[FuncId], None]) -> FuncId:
        """A runtime primitive defined by an extension (the memory intrinsics), built once when reached."""
        self.record("unshareable")  # its builder belongs to the extension, not to the shared ids
        fid = self.helpers.get(name)
        if fid is None:
            fid = self.helpers[name] = FuncId(f"rt.{name}")
            self._pending.append((fid, build, name))
        return fid

    def _new_helper(self, fid: FuncId, results: tuple) -> FunctionBuilder:
        return FunctionBuilder(fid, fid.name, results=results)

    def _helper_div(self, fid: FuncId, *, wide: bool = False, remainder: bool = False) -> None:
        t = I64 if wide else I32
        p = "i64" if wide else "i32"
        fb = self._new_helper(fid, (t,))
        a = fb.add_param("a", t)
        b = fb.add_param("b", t)
        fb.emit("local.get", b)
        fb.emit(f"{p}.eqz")
        with fb.if_():
            fb.emit("call", self.prelude_function("Runtime", "divisionByZero"))
            fb.emit("unreachable")
        if not remainder:
            # The JVM gives MinValue / -1 == MinValue where Wasm traps: negate instead (it wraps the same way).
            fb.emit("local.get", b)
            fb.emit(f"{p}.const", -1)
            fb.emit(f"{p}.eq")
            with fb.if_():
                fb.emit(f"{p}.const", 0)
                fb.emit("local.get", a)
                fb.emit(f"{p}.sub")
                fb.emit("return")
        fb.emit("local.get", a)
        fb.emit("local.get", b)
        fb.emit(f"{p}.rem_s" if remainder else f"{p}.div_s")
        self.module.add_function(fb.build())

    def _helper_idiv(self, fid):
        self._helper_div(fid)

    def _helper_irem(self, fid):
        self._helper_div(fid, remainder=True)

    def _helper_ldiv(self, fid):
        self._helper_div(fid, wide=True)

    def _helper_lrem(self, fid):
        self._helper_div(fid, wide=True, remainder=True)

    def _helper_charAt(self, fid: FuncId) -> None:
        fb = self._new_helper(fid, (I32,))
        s = fb.add_param("s", self.types.string_ref)
        i = fb.add_param("i", I32)
        self._bounds_check(fb, s, i, self.prelude_function("Runtime", "stringIndexOutOfBounds"))
        fb.emit("local.get", s)
        fb.emit("local.get", i)
        fb.emit("array.get_u", self.types.string)
        self.module.add_function(fb.build())

    def _bounds_check(self, fb: FunctionBuilder, array: LocalId, index: LocalId, fail: FuncId) -> None:
        fb.emit("local.get", index)
        fb.emit("local.get", array)
        fb.emit("array.len")
        fb.emit("i32.ge_u")
        with fb.if_():
            fb.emit("local.get", index)
            fb.emit("local.get", array)
            fb.emit("array.len")
            fb.emit("call", fail)
            fb.emit("unreachable")

    def _helper_concat(self, fid: FuncId) -> None:
        # concat(parts): the parts joined, a null part read as "null" (String.valueOf), the result allocated once.
        string = self.types.string
        parts_t = self.types.array_type(st.STRING)
        fb = self._new_helper(fid, (self.types.string_ref,))
        parts = fb.add_param("parts", RefType(parts_t, nullable=True))
        n = fb.add_local("n", I32)
        i = fb.add_local("i", I32)
        total = fb.add_local("total", I32)
        part = fb.add_local("part", self.types.string_ref)
        out = fb.add_local("out", self.types.string_ref)
        fb.emit("local.get", parts)
        fb.emit("array.len")
        fb.emit("local.set", n)

        def measure() -> None:  # a null part becomes "null"; total += its length
            fb.emit("local.get", parts)
            fb.emit("local.get", i)
            fb.emit("array.get", parts_t)
            fb.emit("ref.is_null")
            with fb.if_():
                fb.emit("local.get", parts)
                fb.emit("local.get", i)
                fb.emit("global.get", self.literal("null"))
                fb.emit("array.set", parts_t)
            fb.emit("local.get", total)
            fb.emit("local.get", parts)
            fb.emit("local.get", i)
            fb.emit("array.get", parts_t)
            fb.emit("array.len")
            fb.emit("i32.add")
            fb.emit("local.set", total)

        def copy() -> None:  # out[total, ...) = part; total += its length
            fb.emit("local.get", parts)
            fb.emit("local.get", i)
            fb.emit("array.get", parts_t)
            fb.emit("local.set", part)
            fb.emit("local.get", out)
            fb.emit("local.get", total)
            fb.emit("local.get", part)
            fb.emit("i32.const", 0)
            fb.emit("local.get", part)
            fb.emit("array.len")
            fb.emit("array.copy", string, string)
            fb.emit("local.get", total)
            fb.emit("local.get", part)
            fb.emit("array.len")
            fb.emit("i32.add")
            fb.emit("local.set", total)

        counted_loop(fb, i, n, measure)
        fb.emit("local.get", total)
        fb.emit("array.new_default", string)
        fb.emit("local.set", out)
        fb.emit("i32.const", 0)
        fb.emit("local.set", total)  # from here on: where the next part goes
        counted_loop(fb, i, n, copy)
        fb.emit("local.get", out)
        self.module.add_function(fb.build())

    def _helper_substring(self, fid: FuncId) -> None:
        fb = self._new_helper(fid, (self.types.string_ref,))
        s = fb.add_param("s", self.types.string_ref)
        begin = fb.add_param("begin", I32)
        end = fb.add_param("end", I32)
        # 0 <= begin <= end <= length, else StringIndexOutOfBoundsException
        fb.emit("local.get", begin)
        fb.emit("i32.const", 0)
        fb.emit("i32.lt_s")
        fb.emit("local.get", end)
        fb.emit("local.get", s)
        fb.emit("array.len")
        fb.emit("i32.gt_s")
        fb.emit("i32.or")
        fb.emit("local.get", begin)
        fb.emit("local.get", end)
        fb.emit("i32.gt_s")
        fb.emit("i32.or")
        with fb.if_():
            fb.emit("local.get", begin)
            fb.emit("local.get", end)
            fb.emit("local.get", s)
            fb.emit("array.len")
            fb.emit("call", self.prelude_function("Runtime", "substringOutOfBounds"))
            fb.emit("unreachable")
        fb.emit("local.get", end)
        fb.emit("local.get", begin)
        fb.emit("i32.sub")
        count = fb.add_local("count", I32)
        fb.emit("local.set", count)
        self._copy_chars(fb, s, begin, count)
        self.module.add_function(fb.build())

    def _helper_newString(self, fid: FuncId) -> None:
        # new String(chars, offset, count): a copy, so later writes to the array do not change the string.
        fb = self._new_helper(fid, (self.types.string_ref,))
        chars = fb.add_param("chars", self.types.string_ref)
        offset = fb.add_param("offset", I32)
        count = fb.add_param("count", I32)
        self._copy_chars(fb, chars, offset, count)
        self.module.add_function(fb.build())

    def _copy_chars(self, fb: FunctionBuilder, source: LocalId, offset: LocalId, count: LocalId) -> None:
        """Leave a new string holding source[offset, offset + count) on the stack."""
        string = self.types.string
        out = fb.add_local("out", self.types.string_ref)
        fb.emit("local.get", count)
        fb.emit("array.new_default", string)
        fb.emit("local.set", out)
        fb.emit("local.get", out)
        fb.emit("i32.const", 0)
        fb.emit("local.get", source)
        fb.emit("local.get", offset)
        fb.emit("local.get", count)
        fb.emit("array.copy", string, string)
        fb.emit("local.get", out)

    def _helper_tryGrowTo(self, fid: FuncId) -> None:
        # Grow linear memory towards `end` bytes; returns the size reached (less than `end` when it cannot grow),
        # and never fails: printing has a way around a full memory.
        fb = self._new_helper(fid, (I32,))
        end = fb.add_param("end", I32)
        with fb.block() as done:
            with fb.loop() as again:
                fb.emit("memory.size", self.memory)
                fb.emit("i32.const", 16)
                fb.emit("i32.shl")
                fb.emit("local.get", end)
                fb.emit("i32.ge_u")
                fb.emit("br_if", done)
                fb.emit("i32.const", 1)
                fb.emit("memory.grow", self.memory)
                fb.emit("i32.const", -1)
                fb.emit("i32.ne")
                fb.emit("br_if", again)
        fb.emit("memory.size", self.memory)
        fb.emit("i32.const", 16)
        fb.emit("i32.shl")
        self.module.add_function(fb.build())

    def _helper_ensureAvailable(self, fid: FuncId) -> None:
        # Grow linear memory until `end` bytes exist, as tryGrowTo does; stop the program when it cannot.
        fb = self._new_helper(fid, ())
        end = fb.add_param("end", I32)
        fb.emit("local.get", end)
        fb.emit("call", self.helper("tryGrowTo"))
        fb.emit("local.get", end)
        fb.emit("i32.lt_u")
        with fb.if_():
            fb.emit("global.get", self.literal("java.lang.OutOfMemoryError: out of linear memory"))
            fb.emit("call", self.prelude_function("Runtime", "fail"))
            fb.emit("unreachable")
        self.module.add_function(fb.build())


def counted_loop(fb: FunctionBuilder, i: LocalId, n: LocalId, body: Callable[[], None]) -> None:
    """for (i = 0; i < n; i++) body()"""
    fb.emit("i32.const", 0)
    fb.emit("local.set", i)
    with fb.block() as done:
        with fb.loop() as again:
            fb.emit("local.get", i)
            fb.emit("local.get", n)
            fb.emit("i32.ge_u")
            fb.emit("br_if", done)
            body()
            fb.emit("local.get", i)
            fb.emit("i32.const", 1)
            fb.emit("i32.add")
            fb.emit("local.set", i)
            fb.emit("br", again)
