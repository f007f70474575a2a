"""Whole modules: they validate, our WAT assembles to our exact binary, and they run under wasmtime."""

import struct

import pytest
import wasmtime
from hypothesis import given, settings
from hypothesis import strategies as st

from scalawasi.compiler.wasm import (ANY, I8, I16, I31, I32, I64, F64, ArrayType, Catch, DataId, FieldType,
                                     FloatBits, FuncId, FuncType, FunctionBuilder, GlobalId, MemoryId, Module,
                                     StructType, TagId, TypeDef, TypeId, encode, make, ref, ref_null, to_wat)

ENGINE = wasmtime.Engine()


def instantiate(wasm: bytes, stdout=None):
    linker = wasmtime.Linker(ENGINE)
    linker.define_wasi()
    store = wasmtime.Store(ENGINE)
    config = wasmtime.WasiConfig()
    if stdout is not None:
        config.stdout_file = str(stdout)
    store.set_wasi(config)
    instance = linker.instantiate(store, wasmtime.Module(ENGINE, wasm))
    return store, instance.exports(store)


def wasi_module(name: str) -> tuple[Module, FuncId]:
    m = Module(name=name)
    fd_write = m.import_function(FuncId("fd_write"), "wasi_snapshot_preview1", "fd_write",
                                 FuncType((I32, I32, I32, I32), (I32,)))
    m.export_memory("memory", m.add_memory(MemoryId("mem"), 1, 2))
    return m, fd_write


def test_hello_world_runs(wasm_tools, tmp_path):
    m, fd_write = wasi_module("hello")
    text = "Hello, WASI! \u00e9\n".encode()
    m.add_data(DataId("msg"), text, 64)
    fb = FunctionBuilder(FuncId("_start"), "_start")
    fb.emit("i32.const", 0)       # iovec at 0: (ptr 64, len)
    fb.emit("i32.const", 64)
    fb.emit("i32.store")
    fb.emit("i32.const", 0)
    fb.emit("i32.const", len(text))
    fb.emit("i32.store", offset=4)
    for arg in (1, 0, 1, 8):      # fd 1, iovs 0, 1 iovec, nwritten at 8
        fb.emit("i32.const", arg)
    fb.emit("call", fd_write)
    fb.emit("drop")
    m.export_function("_start", m.add_function(fb.build()))
    wasm = wasm_tools.check(m)
    out = tmp_path / "out.txt"
    store, exports = instantiate(wasm, out)
    exports["_start"](store)
    assert out.read_bytes() == text


def test_trap_offset_maps_to_the_instruction(wasm_tools):
    m = Module(name="traps")
    helper = FunctionBuilder(FuncId("helper"), "helper", (I32,))
    helper.emit("i32.const", 1)
    with helper.at("the trap"):
        boom = helper.emit("unreachable")
    helper_id = m.add_function(helper.build())
    main = FunctionBuilder(FuncId("main"), "main", (I32,))
    main.emit("nop")
    with main.at("the call"):
        call = main.emit("call", helper_id)
    m.export_function("main", m.add_function(main.build()))
    encoded = encode(m)
    wasm_tools.check(m)
    offsets = {id(instr): off for off, instr in encoded.instr_offsets}
    store, exports = instantiate(encoded.data)
    with pytest.raises(wasmtime.Trap) as info:
        exports["main"](store)
    assert info.value.trap_code == wasmtime.TrapCode.UNREACHABLE
    frames = info.value.frames
    assert [f.func_name for f in frames] == ["helper", "main"]
    assert frames[0].module_offset == offsets[id(boom)]
    assert frames[1].module_offset == offsets[id(call)]
    spans = {off: instr.span for off, instr in encoded.instr_offsets}
    assert [spans[f.module_offset] for f in frames] == ["the trap", "the call"]


def test_control_flow_with_results_and_br_table(wasm_tools):
    m = Module()
    fb = FunctionBuilder(FuncId("classify"), "classify", (I32,))
    n = fb.add_param("n", I32)
    acc = fb.add_local("acc", I32)
    i = fb.add_local("i", I32)
    # switch (n) { case 0 -> 100; case 1 -> 200; default -> 300 } + (1 + ... + n), negated if n < 0, minus 2n
    with fb.block(results=(I32,), name="switch") as done:
        with fb.block(name="default") as default:
            with fb.block(name="case1") as case1:
                with fb.block(name="case0") as case0:
                    fb.emit("local.get", n)
                    fb.emit("br_table", [case0, case1], default)
                fb.emit("i32.const", 100)
                fb.emit("br", done)
            fb.emit("i32.const", 200)
            fb.emit("br", done)
        fb.emit("i32.const", 300)
    fb.emit("local.set", acc)
    with fb.block(name="exit") as exit_:
        with fb.loop(name="next") as next_:
            fb.emit("local.get", i)
            fb.emit("local.get", n)
            fb.emit("i32.ge_s")
            fb.emit("br_if", exit_)
            fb.emit("local.get", i)
            fb.emit("i32.const", 1)
            fb.emit("i32.add")
            fb.emit("local.tee", i)
            fb.emit("local.get", acc)
            fb.emit("i32.add")
            fb.emit("local.set", acc)
            fb.emit("br", next_)
    fb.emit("local.get", acc)
    fb.emit("local.get", n)
    fb.emit("i32.const", 0)
    fb.emit("i32.lt_s")
    with fb.if_(params=(I32,), results=(I32,)):  # negative n: negate the result
        fb.emit("i32.const", -1)
        fb.emit("i32.mul")
    # A multi-value block: (n, n*2) -> n*2 - n
    fb.emit("local.get", n)
    with fb.block(params=(I32,), results=(I32, I32)):
        fb.emit("local.get", n)
        fb.emit("i32.const", 2)
        fb.emit("i32.mul")
    fb.emit("i32.sub")
    fb.emit("i32.add")
    fb.emit("local.get", n)
    fb.emit("i64.extend_i32_s")
    fb.emit("i64.const", 2**40)
    fb.emit("i64.add")
    fb.emit("i32.wrap_i64")
    fb.emit("i32.sub")
    m.export_function("classify", m.add_function(fb.build()))
    store, exports = instantiate(wasm_tools.check(m))
    assert [exports["classify"](store, k) for k in (0, 1, 2, 5, -3)] == [100, 199, 299, 305, -294]


def test_linear_memory_loads_and_stores(wasm_tools):
    m = Module()
    m.add_memory(MemoryId("mem"), 1, 4)
    m.add_data(DataId("bytes"), bytes(range(1, 17)), 32)
    fb = FunctionBuilder(FuncId("run"), "run", (I64,))
    p = fb.add_param("p", I32)
    fb.emit("local.get", p)
    fb.emit("i32.const", -2)
    fb.emit("i32.store8", offset=100)
    fb.emit("local.get", p)
    fb.emit("i32.load8_s", offset=100)   # -2
    fb.emit("i64.extend_i32_s")
    fb.emit("local.get", p)
    fb.emit("i32.load8_u", offset=100)   # 254
    fb.emit("i64.extend_i32_u")
    fb.emit("i64.add")                   # 252
    fb.emit("local.get", p)
    fb.emit("i64.load", offset=32, align=1)  # bytes 1..8 little-endian
    fb.emit("i64.const", 0x0807060504030201)
    fb.emit("i64.sub")
    fb.emit("i64.add")                   # still 252
    fb.emit("local.get", p)
    fb.emit("f64.const", 2.5)
    fb.emit("f64.store", offset=200)
    fb.emit("local.get", p)
    fb.emit("f64.load", offset=200)
    fb.emit("i64.trunc_sat_f64_s")       # 2
    fb.emit("i64.add")                   # 254
    fb.emit("i32.const", 300)            # memory.fill 300..310 with 7, copy to 400
    fb.emit("i32.const", 7)
    fb.emit("i32.const", 10)
    fb.emit("memory.fill")
    fb.emit("i32.const", 400)
    fb.emit("i32.const", 300)
    fb.emit("i32.const", 10)
    fb.emit("memory.copy")
    fb.emit("i32.const", 400)
    fb.emit("i64.load16_u", offset=8)    # 0x0707
    fb.emit("i64.add")
    fb.emit("i32.const", 1)
    fb.emit("memory.grow")               # 1
    fb.emit("memory.size")               # 2
    fb.emit("i32.add")
    fb.emit("i64.extend_i32_u")
    fb.emit("i64.add")                   # + 3
    m.export_function("run", m.add_function(fb.build()))
    store, exports = instantiate(wasm_tools.check(m))
    assert exports["run"](store, 0) == 254 + 0x0707 + 3


def test_gc_structs_arrays_and_casts(wasm_tools):
    m = Module(name="gc")
    node = TypeId("node")
    shape = TypeId("shape")
    circle = TypeId("circle")
    chars = TypeId("chars")
    m.add_type(TypeDef(node, StructType([("value", FieldType(I32, mutable=False)),
                                         ("next", FieldType(ref_null(node)))])))
    m.add_type(TypeDef(shape, StructType([("tag", FieldType(I8))]), final=False))
    m.add_type(TypeDef(circle, StructType([("tag", FieldType(I8)), ("r", FieldType(I16, mutable=False))]),
                       supertype=shape))
    m.add_type(TypeDef(chars, ArrayType(FieldType(I16))))
    hello = m.add_data(DataId("hello"), "hi!".encode("utf-16-le"), None)
    fb = FunctionBuilder(FuncId("run"), "run", (I32,))
    list_ = fb.add_local("list", ref_null(node))
    total = fb.add_local("total", I32)
    s = fb.add_local("s", ref_null(ANY))
    arr = fb.add_local("arr", ref_null(chars))
    # list = 3 -> 2 -> 1 -> null; total = sum
    for v in (1, 2, 3):
        fb.emit("i32.const", v)
        fb.emit("local.get", list_)
        fb.emit("struct.new", node)
        fb.emit("local.set", list_)
    with fb.block(name="end_of_list") as end:
        with fb.loop(name="walk") as walk:
            fb.emit("local.get", list_)
            fb.emit("br_on_null", end)
            fb.emit("local.tee", list_)   # (ref node) is a subtype of the local's type
            fb.emit("struct.get", node, 0)
            fb.emit("local.get", total)
            fb.emit("i32.add")
            fb.emit("local.set", total)
            fb.emit("local.get", list_)
            fb.emit("struct.get", node, 1)
            fb.emit("local.set", list_)
            fb.emit("br", walk)
    # A circle seen as anyref: cast back, read the packed fields (tag -1 sign-extended, r zero-extended).
    fb.emit("i32.const", 255)
    fb.emit("i32.const", 0xFFFF)
    fb.emit("struct.new", circle)
    fb.emit("local.set", s)
    with fb.block(results=(ref(circle),), name="is_circle") as is_circle:
        fb.emit("local.get", s)
        fb.emit("br_on_cast", is_circle, ref_null(ANY), ref(circle))
        fb.emit("unreachable")
    fb.emit("struct.get_u", circle, 1)    # 65535
    fb.emit("local.get", s)
    fb.emit("ref.cast", ref(shape))
    fb.emit("struct.get_s", shape, 0)     # -1
    fb.emit("i32.add")
    fb.emit("local.get", s)
    fb.emit("ref.test", ref(node))        # 0
    fb.emit("i32.add")
    fb.emit("local.get", total)
    fb.emit("i32.add")                    # 65534 + 6
    # Arrays: from data ("hi!"), fixed, copy, fill, len.
    fb.emit("i32.const", 0)
    fb.emit("i32.const", 3)
    fb.emit("array.new_data", chars, hello)
    fb.emit("local.set", arr)
    fb.emit("local.get", arr)
    fb.emit("i32.const", 2)
    fb.emit("array.get_u", chars)         # '!' = 33
    fb.emit("i32.add")
    fb.emit("i32.const", 10)
    fb.emit("i32.const", 20)
    fb.emit("i32.const", 30)
    fb.emit("i32.const", 40)
    fb.emit("array.new_fixed", chars, 4)
    fb.emit("local.tee", arr)
    fb.emit("i32.const", 0)               # destination offset
    fb.emit("i32.const", 0)
    fb.emit("i32.const", 3)
    fb.emit("array.new_data", chars, hello)
    fb.emit("i32.const", 1)               # source offset
    fb.emit("i32.const", 2)               # length
    fb.emit("array.copy", chars, chars)   # ['i', '!', 30, 40]
    fb.emit("local.get", arr)
    fb.emit("i32.const", 3)
    fb.emit("i32.const", 5)
    fb.emit("i32.const", 1)
    fb.emit("array.fill", chars)          # ['i', '!', 30, 5]
    fb.emit("local.get", arr)
    fb.emit("i32.const", 1)
    fb.emit("array.get_s", chars)         # '!' = 33
    fb.emit("local.get", arr)
    fb.emit("i32.const", 3)
    fb.emit("array.get_u", chars)         # 5
    fb.emit("i32.add")
    fb.emit("local.get", arr)
    fb.emit("array.len")                  # 4
    fb.emit("i32.add")
    fb.emit("i32.add")
    # i31: -5 round trip through eqref.
    fb.emit("i32.const", -5)
    fb.emit("ref.i31")
    fb.emit("ref.cast", ref(I31))
    fb.emit("i31.get_s")
    fb.emit("i32.add")
    m.export_function("run", m.add_function(fb.build()))
    store, exports = instantiate(wasm_tools.check(m))
    assert exports["run"](store) == 65534 + 6 + 33 + 33 + 5 + 4 - 5


def test_exceptions_and_call_ref(wasm_tools):
    m = Module(name="combo")
    point = m.add_type(TypeDef(TypeId("point"), StructType([("x", FieldType(I32)), ("y", FieldType(I32))])))
    binop = m.add_type(TypeDef(TypeId("binop"), FuncType((I32, I32), (I32,))))
    oops = m.add_tag(TagId("oops"), (I32, ref_null(point)))
    add = FunctionBuilder(FuncId("add"), "add", (I32,))
    a, b = add.add_param("a", I32), add.add_param("b", I32)
    add.emit("local.get", a)
    add.emit("local.get", b)
    add.emit("i32.add")
    add_id = m.add_function(add.build())
    risky = FunctionBuilder(FuncId("risky"), "risky")
    v = risky.add_param("v", I32)
    risky.emit("local.get", v)
    risky.emit("local.get", v)
    risky.emit("i32.const", 2)
    risky.emit("struct.new", point)
    risky.emit("throw", oops)
    risky_id = m.add_function(risky.build())
    run = FunctionBuilder(FuncId("run"), "run", (I32,))
    p = run.add_local("p", ref_null(point))
    with run.block(results=(I32, ref_null(point)), name="h") as h:
        with run.try_table(catches=[Catch("catch", h, oops)]):
            run.emit("i32.const", 40)
            run.emit("call", risky_id)
        run.emit("i32.const", -1)
        run.emit("return")
    run.emit("local.set", p)
    run.emit("local.get", p)
    run.emit("struct.get", point, 1)
    run.emit("ref.func", add_id)            # declared automatically; typed (ref $binop) since add reuses $binop
    run.emit("call_ref", binop)
    m.export_function("run", m.add_function(run.build()))
    uncaught = FunctionBuilder(FuncId("uncaught"), "uncaught")
    uncaught.emit("i32.const", 1)
    uncaught.emit("call", risky_id)
    m.export_function("uncaught", m.add_function(uncaught.build()))
    store, exports = instantiate(wasm_tools.check(m))
    assert exports["run"](store) == 42
    with pytest.raises(wasmtime.Trap, match="exception"):
        exports["uncaught"](store)


def test_select_globals_and_conversions(wasm_tools):
    m = Module()
    counter = m.add_global(GlobalId("counter"), I64, True, [make("i64.const", 40)])
    fb = FunctionBuilder(FuncId("pick"), "pick", (F64,))
    c = fb.add_param("c", I32)
    fb.emit("f64.const", 1.5)
    fb.emit("f64.const", -2.25)
    fb.emit("local.get", c)
    fb.emit("select", F64)
    fb.emit("global.get", counter)
    fb.emit("i64.const", 2)
    fb.emit("i64.add")
    fb.emit("global.set", counter)
    fb.emit("global.get", counter)
    fb.emit("f64.convert_i64_s")
    fb.emit("f64.add")
    fb.emit("f32.const", 0.5)
    fb.emit("f64.promote_f32")
    fb.emit("f64.add")
    fb.emit("i32.const", 7)
    fb.emit("i32.const", 9)
    fb.emit("local.get", c)
    fb.emit("select")
    fb.emit("f64.convert_i32_s")
    fb.emit("f64.add")
    m.export_function("pick", m.add_function(fb.build()))
    store, exports = instantiate(wasm_tools.check(m))
    assert exports["pick"](store, 1) == 1.5 + 42 + 0.5 + 7
    assert exports["pick"](store, 0) == -2.25 + 44 + 0.5 + 9


finite_f64 = st.floats(allow_nan=False)
f64_bits = st.one_of(finite_f64.map(lambda x: struct.unpack("<Q", struct.pack("<d", x))[0]),
                     st.integers(0x7FF0000000000001, 0x7FFFFFFFFFFFFFFF), st.sampled_from([0x7FF0000000000000,
                                                                                           0xFFF8000000000000]))
f32_bits = st.one_of(st.integers(0, 2**32 - 1), st.sampled_from([0x7FA00001, 0xFFC00000, 0x7F800001, 0x80000000]))


@settings(max_examples=8, deadline=None)
@given(st.lists(st.integers(-(2**31), 2**32 - 1), min_size=1, max_size=30),
       st.lists(st.integers(-(2**63), 2**64 - 1), min_size=1, max_size=30),
       st.lists(f32_bits, min_size=1, max_size=30), st.lists(f64_bits, min_size=1, max_size=30))
def test_constants_survive_the_text_format(shared_wasm_tools, i32s, i64s, f32s, f64s):
    """binary -> wasm-tools print -> parse gives the same bytes, and so does our own WAT (NaN payloads too)."""
    tools = shared_wasm_tools
    m = Module()
    fb = FunctionBuilder(FuncId("consts"), "consts")
    for mnemonic, values in (("i32.const", i32s), ("i64.const", i64s)):
        for value in values:
            fb.emit(mnemonic, value)
            fb.emit("drop")
    for mnemonic, values in (("f32.const", f32s), ("f64.const", f64s)):
        for bits in values:
            fb.emit(mnemonic, FloatBits(bits))
            fb.emit("drop")
    m.add_function(fb.build())
    wasm = encode(m).data
    assert tools.parse(tools.print(wasm)) == wasm
    assert tools.parse(to_wat(m).text) == wasm
