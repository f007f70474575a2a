"""Instructions and the builder: opcodes against the reference bytes, every mnemonic against wasm-tools, and the
errors a code generator gets for wrong immediates or unbalanced control."""

import math

import pytest

from scalawasi.compiler.wasm import (ANY, I8, I16, I31, I32, I64, F64, NONE, STRUCT, ArrayType, Catch, DataId,
                                     FieldType, FloatBits, FuncId, FuncType, FunctionBuilder, GlobalId, LabelId,
                                     MemoryId, Module, StructType, TagId, TypeDef, TypeId, encode, make, ref,
                                     ref_null, to_wat)
from scalawasi.compiler.wasm.instructions import OPCODES, STRUCTURED, Simple


def instr_bytes(module: Module) -> list[bytes]:
    """Bytes of each instruction of the module's last function, whose body must end with a sentinel `nop`."""
    enc = encode(module)
    body = module.functions[-1].body
    assert body[-1].mnemonic == "nop"
    offsets = {id(instr): off for off, instr in enc.instr_offsets}
    starts = [offsets[id(instr)] for instr in body]
    return [enc.data[s:e] for s, e in zip(starts, starts[1:])]


def test_every_opcode_is_unique():
    seen = {}
    for mnemonic, (opcode, _) in OPCODES.items():
        assert opcode not in seen, f"{mnemonic} and {seen[opcode]} share {opcode.hex()}"
        seen[opcode] = mnemonic


@pytest.fixture
def gc_module():
    """71 types, so that indices 64+ exercise the s33 heap-type encoding; $pt = 0, $bytes = 1, $words = 2."""
    m = Module()
    types = {}
    types["pt"] = m.add_type(TypeDef(TypeId("pt"), StructType([("x", FieldType(I32)), ("b", FieldType(I8)),
                                                                ("h", FieldType(I16, mutable=False))])))
    types["bytes"] = m.add_type(TypeDef(TypeId("bytes"), ArrayType(FieldType(I8))))
    types["words"] = m.add_type(TypeDef(TypeId("words"), ArrayType(FieldType(I32))))
    for i in range(3, 71):
        types[f"t{i}"] = m.add_type(TypeDef(TypeId(f"t{i}"), StructType([("v", FieldType(I32))])))
    return m, types


# (mnemonic, immediates, memarg, expected bytes) from the encoding reference; "pt", "bytes", "t64"... name types.
REFERENCE_BYTES = [
    ("i32.const", (0,), {}, "41 00"), ("i32.const", (-65,), {}, "41 bf 7f"),
    ("i32.const", (0xFFFFFFFF,), {}, "41 7f"), ("i32.const", (2**31 - 1,), {}, "41 ff ff ff ff 07"),
    ("i64.const", (2**63 - 1,), {}, "42 ff ff ff ff ff ff ff ff ff 00"), ("i64.const", (2**64 - 1,), {}, "42 7f"),
    ("f32.const", (1.5,), {}, "43 00 00 c0 3f"), ("f32.const", (-0.0,), {}, "43 00 00 00 80"),
    ("f32.const", (math.nan,), {}, "43 00 00 c0 7f"), ("f32.const", (-math.inf,), {}, "43 00 00 80 ff"),
    ("f64.const", (0.1,), {}, "44 9a 99 99 99 99 99 b9 3f"), ("f64.const", (math.inf,), {}, "44 00 00 00 00 00 00 f0 7f"),
    ("f64.const", (FloatBits(0xFFF8000000000000),), {}, "44 00 00 00 00 00 00 f8 ff"),
    ("i32.load", (), {"offset": 4}, "28 02 04"), ("i32.load", (), {"offset": 128, "align": 1}, "28 00 80 01"),
    ("i64.load", (), {"offset": 8, "align": 4}, "29 02 08"), ("i32.load8_u", (), {"offset": 300}, "2d 00 ac 02"),
    ("i64.store32", (), {}, "3e 02 00"), ("i64.load32_u", (), {}, "35 02 00"), ("i32.store16", (), {}, "3b 01 00"),
    ("memory.size", (), {}, "3f 00"), ("memory.grow", (), {}, "40 00"), ("memory.copy", (), {}, "fc 0a 00 00"),
    ("memory.fill", (), {}, "fc 0b 00"), ("i32.trunc_sat_f64_s", (), {}, "fc 02"),
    ("i64.trunc_sat_f64_u", (), {}, "fc 07"), ("i64.extend32_s", (), {}, "c4"), ("f64.copysign", (), {}, "a6"),
    ("i32.eqz", (), {}, "45"), ("f64.promote_f32", (), {}, "bb"), ("i32.rotr", (), {}, "78"),
    ("struct.new", ("pt",), {}, "fb 00 00"), ("struct.new", ("t64",), {}, "fb 00 40"),
    ("struct.get", ("t65", 0), {}, "fb 02 41 00"), ("struct.get_s", ("pt", 1), {}, "fb 03 00 01"),
    ("struct.get_u", ("pt", 2), {}, "fb 04 00 02"), ("struct.set", ("pt", 0), {}, "fb 05 00 00"),
    ("ref.null", ("t64",), {}, "d0 c0 00"), ("ref.null", (ANY,), {}, "d0 6e"), ("ref.null", (NONE,), {}, "d0 71"),
    ("ref.cast", ("ref_null", "t65"), {}, "fb 17 c1 00"), ("ref.cast", ("ref", STRUCT), {}, "fb 16 6b"),
    ("ref.test", ("ref", I31), {}, "fb 14 6c"), ("ref.test", ("ref_null", "pt"), {}, "fb 15 00"),
    ("array.new", ("bytes",), {}, "fb 06 01"), ("array.new_fixed", ("bytes", 3), {}, "fb 08 01 03"),
    ("array.get", ("words",), {}, "fb 0b 02"), ("array.get_u", ("bytes",), {}, "fb 0d 01"),
    ("array.len", (), {}, "fb 0f"), ("array.copy", ("bytes", "bytes"), {}, "fb 11 01 01"),
    ("array.fill", ("bytes",), {}, "fb 10 01"), ("ref.i31", (), {}, "fb 1c"), ("i31.get_u", (), {}, "fb 1e"),
    ("any.convert_extern", (), {}, "fb 1a"), ("extern.convert_any", (), {}, "fb 1b"),
    ("select", (), {}, "1b"), ("select", (F64,), {}, "1c 01 7c"), ("select", ("ref_null", "bytes"), {}, "1c 01 63 01"),
    ("ref.is_null", (), {}, "d1"), ("ref.eq", (), {}, "d3"), ("ref.as_non_null", (), {}, "d4"),
    ("throw_ref", (), {}, "0a"), ("unreachable", (), {}, "00"), ("return", (), {}, "0f"), ("drop", (), {}, "1a"),
]


@pytest.mark.parametrize("mnemonic, args, memarg, expected", REFERENCE_BYTES)
def test_reference_bytes(gc_module, mnemonic, args, memarg, expected):
    m, types = gc_module
    resolved, pending = [], None
    for a in args:
        if a in ("ref", "ref_null"):
            pending = a
            continue
        if isinstance(a, str):
            a = types[a]
        if pending:
            a = (ref if pending == "ref" else ref_null)(a)
            pending = None
        resolved.append(a)
    fb = FunctionBuilder(FuncId("f"), "f")
    fb.emit(mnemonic, *resolved, **memarg)
    fb.emit("nop")
    m.add_function(fb.build())
    assert instr_bytes(m)[0] == bytes.fromhex(expected)


def test_control_bytes():
    m = Module()
    callee = FunctionBuilder(FuncId("callee"), "callee")
    callee_id = m.add_function(callee.build())
    fb = FunctionBuilder(FuncId("f"), "f", (I32,))
    x = fb.add_param("x", I32)
    with fb.block(results=(I32,)) as a:
        with fb.block() as b:
            with fb.loop() as c:
                fb.emit("local.get", x)
                fb.emit("br_table", [a, b, c], a)  # depths 2 1 0, default 2
                fb.emit("br_if", b)
                fb.emit("call", callee_id)
                fb.emit("return_call", callee_id)
        fb.emit("i32.const", 1)
        with fb.if_(results=(I32,)):
            fb.emit("i32.const", 2)
            fb.else_()
            fb.emit("i32.const", 3)
    fb.emit("nop")
    m.add_function(fb.build())
    got = [b.hex(" ") for b in instr_bytes(m)]
    assert got == ["02 7f", "02 40", "03 40", "20 00", "0e 03 02 01 00 02", "0d 01", "10 00", "12 00",
                   "0b", "0b", "41 01", "04 7f", "41 02", "05", "41 03", "0b", "0b"]


def test_every_mnemonic_matches_wasm_tools(wasm_tools):
    """One (invalid but well-formed) body with every instruction: our binary equals wasm-tools' assembly of our
    WAT, so each opcode and immediate encoding agrees with wasm-tools' own table."""
    m = Module()
    pt = m.add_type(TypeDef(TypeId("pt"), StructType([("x", FieldType(I32)), ("y", FieldType(I8))])))
    arr = m.add_type(TypeDef(TypeId("arr"), ArrayType(FieldType(I8))))
    fn = m.add_type(TypeDef(TypeId("fn"), FuncType((I32,), (I32,))))
    mem = m.add_memory(MemoryId("mem"), 1)
    mem2 = m.add_memory(MemoryId("mem2"), 1)
    data = m.add_data(DataId("d"), b"abc", None)
    tag = m.add_tag(TagId("e"), (I32,))
    g = m.add_global(GlobalId("g"), I32, True, [make("i32.const", 0)])
    fb = FunctionBuilder(FuncId("all"), "all", (I32,))
    x = fb.add_param("x", I32)
    samples = {
        "I32Const": [(-7,)], "I64Const": [(2**40,)], "F32Const": [(0.1,), (FloatBits(0x7FA00001),)],
        "F64Const": [(-2.5e-300,), (FloatBits(0x7FF0000000000001),)], "LocalOp": [(x,)], "GlobalOp": [(g,)],
        "FuncOp": [(fb.func_id,)], "TagOp": [(tag,)], "MemoryInit": [(data,), (data, mem2)], "DataOp": [(data,)],
        "FieldOp": [(pt, 1)], "ArrayNewFixed": [(arr, 2)], "ArrayCopy": [(arr, arr)], "ArrayData": [(arr, data)],
        "HeapTypeOp": [(ANY,), (pt,)], "RefTypeOp": [(ref(pt),), (ref_null(ANY),)], "Select": [(), (I64,)],
        "MemoryOp": [(), (mem2,)], "MemoryCopy": [(), (mem, mem2)],
    }
    with fb.block(results=(I32,), name="out") as out:
        for mnemonic, (_, shape) in OPCODES.items():
            if mnemonic in STRUCTURED:
                continue
            name = shape.__name__
            if name == "Simple":
                arg_sets = [()]
            elif name == "TypeOp":
                arg_sets = [(fn,)] if "call" in mnemonic else [(pt,)] if "struct" in mnemonic else [(arr,)]
            elif name == "LabelOp":
                arg_sets = [(out,)]
            elif name == "BrTable":
                arg_sets = [([out, out], out)]
            elif name == "BrOnCast":
                arg_sets = [(out, ref_null(ANY), ref(pt)), (out, ref(ANY), ref_null(pt))]
            elif name == "MemArgOp":
                fb.emit(mnemonic, offset=3, align=1, memory=mem2)
                arg_sets = [()]
            else:
                arg_sets = samples[name]
            for args in arg_sets:
                fb.emit(mnemonic, *args)
        with fb.try_table(catches=[Catch("catch", out, tag), Catch("catch_ref", out, tag),
                                   Catch("catch_all", out), Catch("catch_all_ref", out)]):
            pass
        with fb.block(params=(I32,), results=(I32, I64)):
            fb.emit("unreachable")
    m.add_function(fb.build())
    wasm_tools.check(m, validate=False)


def test_constants_are_normalised():
    assert make("i32.const", 0xFFFFFFFF).value == -1
    assert make("i32.const", 2**31).value == -(2**31)
    assert make("i64.const", 2**64 - 1).value == -1
    assert make("f32.const", 0.1).value == pytest.approx(0.1) and make("f32.const", 0.1).value != 0.1
    assert make("f32.const", 1e300).value == math.inf
    assert make("f32.const", FloatBits(0x7FA00001)).bits == 0x7FA00001


@pytest.mark.parametrize("mnemonic, args, kwargs, error", [
    ("i32.const", (2**32,), {}, ValueError), ("i32.const", (-(2**31) - 1,), {}, ValueError),
    ("i32.const", (1.5,), {}, TypeError), ("i32.const", (True,), {}, TypeError), ("i32.const", (), {}, TypeError),
    ("i64.const", (2**64,), {}, ValueError), ("f64.const", ("1",), {}, TypeError),
    ("local.get", (GlobalId("g"),), {}, TypeError), ("struct.get", (TypeId("t"),), {}, TypeError),
    ("struct.get", (TypeId("t"), -1), {}, ValueError), ("i32.load", (4,), {}, TypeError),
    ("i32.load", (), {"align": 8}, ValueError), ("i32.load", (), {"align": 3}, ValueError),
    ("i32.load", (), {"offset": -1}, ValueError), ("i32.add", (1,), {}, TypeError),
    ("i32.add", (), {"offset": 1}, TypeError), ("ref.null", (ref(ANY),), {}, TypeError),
    ("ref.cast", (ANY,), {}, TypeError), ("select", ("i32",), {}, TypeError), ("i32.bogus", (), {}, ValueError),
    ("call", ("f",), {}, TypeError), ("array.new_fixed", (TypeId("a"),), {}, TypeError),
])
def test_wrong_immediates(mnemonic, args, kwargs, error):
    with pytest.raises(error, match=mnemonic.replace(".", r"\.")):
        make(mnemonic, *args, **kwargs)


def test_builder_checks_structure():
    fb = FunctionBuilder(FuncId("f"), "f", (I32,))
    with pytest.raises(ValueError, match="structured"):
        fb.emit("block")
    with pytest.raises(ValueError, match="enclosing"):
        fb.emit("br", LabelId("elsewhere"))
    with pytest.raises(ValueError, match="not a param or local"):
        fb.emit("local.get", FunctionBuilder(FuncId("g"), "g").add_local("y", I32))
    with pytest.raises(ValueError, match="needs an else"):
        with fb.if_(results=(I32,)):
            fb.emit("i32.const", 1)
    with pytest.raises(ValueError, match="inside an if"):
        with fb.block():
            fb.else_()
    with pytest.raises(ValueError, match="already"):
        with fb.if_():
            fb.else_()
            fb.else_()
    # A block interrupted by an exception is still closed, so the builder stays balanced.
    with pytest.raises(RuntimeError):
        with fb.loop():
            raise RuntimeError("codegen failed")
    assert fb.build().body[-1].mnemonic == "end"
    fb.add_local("t", I32)
    with pytest.raises(ValueError, match="before the first local"):
        fb.add_param("late", I32)


def test_spans_follow_the_builder():
    fb = FunctionBuilder(FuncId("f"), "f")
    fb.span = "line 1"
    first = fb.emit("nop")
    with fb.at("line 2"):
        second = fb.emit("nop")
        with fb.block():
            inner = fb.emit("nop")
    third = fb.emit("nop")
    assert [first.span, second.span, inner.span, third.span] == ["line 1", "line 2", "line 2", "line 1"]
    assert all(i.span is not None for i in fb.build().body)


def test_wat_ranges_cover_each_instruction():
    m = Module()
    fb = FunctionBuilder(FuncId("f"), "f", (I32,))
    with fb.block(results=(I32,), name="b"):
        fb.emit("i32.const", 1)
        fb.emit("i32.load", offset=4, align=2)
        fb.emit("f64.const", 0.5)
        fb.emit("drop")
    m.add_function(fb.build())
    wat = to_wat(m)
    texts = [wat.text[s:e] for s, e, _ in wat.instr_ranges]
    assert texts == ["block $b (result i32)", "i32.const 1", "i32.load offset=4 align=2", "f64.const 0x1.0000000000000p-1",
                     "drop", "end"]
    assert [i for _, _, i in wat.instr_ranges] == m.functions[0].body
    assert "\n      i32.const 1\n" in wat.text  # one instruction per line, indented by nesting
    assert isinstance(m.functions[0].body[-1], Simple)


def test_writers_reject_unknown_ids_and_fields():
    m = Module()
    t = m.add_type(TypeDef(TypeId("t"), StructType([("a", FieldType(I32))])))
    fb = FunctionBuilder(FuncId("f"), "f")
    fb.emit("ref.null", t)
    fb.emit("struct.get", t, 3)
    fb.emit("drop")
    m.add_function(fb.build())
    for writer in (encode, to_wat):
        with pytest.raises(ValueError, match="has no field 3"):
            writer(m)
    m2 = Module()
    fb = FunctionBuilder(FuncId("g"), "g")
    fb.emit("call", FuncId("nowhere"))
    m2.add_function(fb.build())
    for writer in (encode, to_wat):
        with pytest.raises(ValueError, match="never added"):
            writer(m2)
