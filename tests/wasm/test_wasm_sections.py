"""Each section, built through the API, against wasm-tools' assembly of equivalent hand-written WAT."""

import wasmtime

from scalawasi.compiler.wasm import (ANY, EQ, F64, FUNC, I8, I16, I31, I32, I64, NONE, STRUCT, ArrayType, Catch,
                                     DataId, FieldType, FuncId, FuncType, FunctionBuilder, GlobalId, MemoryId,
                                     Module, RefType, StructType, TagId, TypeDef, TypeId, encode, make, ref,
                                     ref_null)


def empty_function(m: Module, name: str, results=()) -> FuncId:
    fid = FuncId(name)
    fb = FunctionBuilder(fid, name, results)
    for _ in results:
        fb.emit("unreachable")
    m.add_function(fb.build())
    return fid


def test_empty_module(wasm_tools):
    assert encode(Module()).data == b"\x00asm\x01\x00\x00\x00"
    wasm_tools.check(Module(), "(module)")


def test_types_rec_group_with_self_and_mutual_references(wasm_tools):
    m = Module()
    node, lst, base, derived, bytes_t, shorts = (TypeId(n) for n in ("node", "list", "base", "derived", "bytes",
                                                                       "shorts"))
    m.add_type(TypeDef(node, StructType([("val", FieldType(I32)), ("next", FieldType(ref_null(node))),
                                         ("l", FieldType(ref(lst), mutable=False))])))
    m.add_type(TypeDef(lst, StructType([("head", FieldType(ref_null(node), mutable=False))]), final=False))
    m.add_type(TypeDef(base, StructType([("tag", FieldType(I8))]), final=False))
    m.add_type(TypeDef(derived, StructType([("tag", FieldType(I8)), ("x", FieldType(I64, mutable=False))]),
                       supertype=base))
    m.add_type(TypeDef(bytes_t, ArrayType(FieldType(I8))))
    m.add_type(TypeDef(shorts, ArrayType(FieldType(I16, mutable=False))))
    m.add_type(TypeDef(TypeId(""), StructType([("", FieldType(ref_null(ANY))), ("", FieldType(ref(EQ)))])))
    wasm_tools.check(m, """(module
      (rec
        (type $node (struct (field $val (mut i32)) (field $next (mut (ref null $node))) (field $l (ref $list))))
        (type $list (sub (struct (field $head (ref null $node)))))
        (type $base (sub (struct (field $tag (mut i8)))))
        (type $derived (sub final $base (struct (field $tag (mut i8)) (field $x i64))))
        (type $bytes (array (mut i8)))
        (type $shorts (array i16))
        (type (struct (field (mut anyref)) (field (mut (ref eq)))))))""")


def test_no_gc_types_means_no_rec_group(wasm_tools):
    m = Module()
    empty_function(m, "f", (I32,))
    data = wasm_tools.check(m, "(module (type (func (result i32))) (func $f (type 0) unreachable))")
    assert bytes.fromhex("01 05 01 60 00 01 7f") in data


def test_imports_functions_and_exports(wasm_tools):
    m = Module()
    fd_write = m.import_function(FuncId("fd_write"), "wasi_snapshot_preview1", "fd_write",
                                 FuncType((I32, I32, I32, I32), (I32,)))
    fb = FunctionBuilder(FuncId("_start"), "_start")
    for arg in (1, 0, 1, 8):
        fb.emit("i32.const", arg)
    fb.emit("call", fd_write)
    fb.emit("drop")
    start = m.add_function(fb.build())
    m.export_function("_start", start)
    mem = m.add_memory(MemoryId("mem"), 1, 16)
    m.export_memory("memory", mem)
    wasm_tools.check(m, """(module
      (type (func (param i32 i32 i32 i32) (result i32)))
      (type (func))
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (type 0)))
      (memory $mem 1 16)
      (export "_start" (func $_start))
      (export "memory" (memory $mem))
      (func $_start (type 1)
        i32.const 1 i32.const 0 i32.const 1 i32.const 8 call $fd_write drop))""")


def test_import_signature_matches_the_host():
    # Interned function types sit outside the rec group, so WASI imports link even next to GC types.
    m = Module()
    m.add_type(TypeDef(TypeId("pt"), StructType([("x", FieldType(I32))])))
    m.import_function(FuncId("fd_write"), "wasi_snapshot_preview1", "fd_write",
                      FuncType((I32, I32, I32, I32), (I32,)))
    engine = wasmtime.Engine()
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store = wasmtime.Store(engine)
    store.set_wasi(wasmtime.WasiConfig())
    linker.instantiate(store, wasmtime.Module(engine, encode(m).data))


def test_globals_with_constant_expressions(wasm_tools):
    m = Module()
    pt = m.add_type(TypeDef(TypeId("pt"), StructType([("x", FieldType(I32)), ("y", FieldType(I64))])))
    f = empty_function(m, "f")
    a = m.add_global(GlobalId("a"), I32, False, [_i("i32.const", 7)])
    m.add_global(GlobalId("b"), I32, True, [_i("global.get", a), _i("i32.const", 1), _i("i32.sub")])
    m.add_global(GlobalId("k"), I64, False, [_i("i64.const", -2)])
    m.add_global(GlobalId("p"), ref(pt), False, [_i("i32.const", 1), _i("i64.const", 2), _i("struct.new", pt)])
    m.add_global(GlobalId("n"), ref_null(ANY), True, [_i("ref.null", NONE)])
    m.add_global(GlobalId("h"), RefType(STRUCT, False), False, [_i("struct.new_default", pt)])
    m.add_global(GlobalId("i"), ref_null(I31), False, [_i("i32.const", 7), _i("ref.i31")])
    m.add_global(GlobalId("fn"), ref_null(FUNC), False, [_i("ref.func", f)])
    m.add_global(GlobalId("d"), F64, False, [_i("f64.const", 0.1)])
    wasm_tools.check(m, """(module
      (rec (type $pt (struct (field $x (mut i32)) (field $y (mut i64)))))
      (type (func))
      (global $a i32 (i32.const 7))
      (global $b (mut i32) (i32.sub (global.get $a) (i32.const 1)))
      (global $k i64 (i64.const -2))
      (global $p (ref $pt) (struct.new $pt (i32.const 1) (i64.const 2)))
      (global $n (mut anyref) (ref.null none))
      (global $h (ref struct) (struct.new_default $pt))
      (global $i i31ref (ref.i31 (i32.const 7)))
      (global $fn funcref (ref.func $f))
      (global $d f64 (f64.const 0x1.999999999999ap-4))
      (func $f (type 1)))""")


def test_data_segments_and_datacount(wasm_tools):
    m = Module()
    m.add_memory(MemoryId("mem"), 1)
    m.add_data(DataId("hello"), b"hello", 16)
    m.add_data(DataId("high"), b"\x00\x01\xff", 1024)
    m.add_data(DataId("pass"), b'"quoted"\\\n', None)
    data = wasm_tools.check(m, r"""(module
      (memory $mem 1)
      (data $hello (i32.const 16) "hello")
      (data $high (i32.const 1024) "\00\01\ff")
      (data $pass "\22quoted\22\5c\0a"))""")
    assert bytes.fromhex("0c 01 03") in data  # datacount, even though no code uses a data index
    assert bytes.fromhex("00 41 80 08 0b 03 00 01 ff") in data


def test_array_new_data_needs_and_gets_datacount(wasm_tools):
    m = Module()
    bytes_t = m.add_type(TypeDef(TypeId("bytes"), ArrayType(FieldType(I8))))
    msg = m.add_data(DataId("msg"), b"hi", None)
    fb = FunctionBuilder(FuncId("make"), "make", (ref(bytes_t),))
    fb.emit("i32.const", 0)
    fb.emit("i32.const", 2)
    fb.emit("array.new_data", bytes_t, msg)
    m.add_function(fb.build())
    wasm_tools.check(m, """(module
      (rec (type $bytes (array (mut i8))))
      (type (func (result (ref $bytes))))
      (func $make (type 1) (array.new_data $bytes $msg (i32.const 0) (i32.const 2)))
      (data $msg "hi"))""")


def test_tags_and_exceptions(wasm_tools):
    m = Module()
    e = m.add_tag(TagId("e"), (I32,))
    thrower = FunctionBuilder(FuncId("thrower"), "thrower")
    x = thrower.add_param("x", I32)
    thrower.emit("local.get", x)
    thrower.emit("throw", e)
    thrower_id = m.add_function(thrower.build())
    fb = FunctionBuilder(FuncId("catcher"), "catcher", (I32,))
    with fb.block(results=(I32,), name="h_e") as h_e:
        with fb.block(name="h_all") as h_all:
            with fb.try_table(catches=[Catch("catch", h_e, e), Catch("catch_all", h_all)]):
                fb.emit("i32.const", 5)
                fb.emit("call", thrower_id)
        fb.emit("i32.const", -1)
    m.add_function(fb.build())
    data = wasm_tools.check(m, """(module
      (type (func (param i32)))
      (type (func (result i32)))
      (tag $e (type 0))
      (func $thrower (type 0) (param $x i32) local.get $x throw $e)
      (func $catcher (type 1)
        block $h_e (result i32)
          block $h_all
            try_table (catch $e $h_e) (catch_all $h_all)
              i32.const 5 call $thrower
            end
          end
          i32.const -1
        end))""")
    assert bytes.fromhex("1f 40 02 00 00 01 02 00") in data  # catch labels counted from outside the try_table


def test_start_and_declared_func_refs(wasm_tools):
    m = Module()
    f = empty_function(m, "f")
    g = empty_function(m, "g")
    m.declare_func_refs(g)
    m.set_start(f)
    data = wasm_tools.check(m, """(module
      (type (func))
      (start $f)
      (elem declare func $g)
      (func $f (type 0))
      (func $g (type 0)))""")
    assert bytes.fromhex("08 01 00") in data
    assert bytes.fromhex("09 05 01 03 00 01 01") in data


def test_ref_func_is_declared_automatically(wasm_tools):
    m = Module()
    fb = FunctionBuilder(FuncId("self_ref"), "self_ref", (ref_null(FUNC),))
    fb.emit("ref.func", fb.func_id)
    m.add_function(fb.build())
    wasm_tools.check(m)


def test_name_section(wasm_tools):
    m = Module(name="demo")
    m.import_function(FuncId("fd_write"), "wasi_snapshot_preview1", "fd_write", FuncType((I32,) * 4, (I32,)))
    fb = FunctionBuilder(FuncId("helper"), "helper")
    n = fb.add_param("n", I32)
    tmp = fb.add_local("tmp", I32)
    fb.add_local("", I64)
    with fb.block(name="outer"):
        with fb.block():
            with fb.loop(name="again"):
                fb.emit("local.get", n)
                fb.emit("local.set", tmp)
    m.add_function(fb.build())
    m.add_memory(MemoryId("mem"), 1)
    m.add_global(GlobalId("sp"), I32, True, [_i("i32.const", 0)])
    m.add_tag(TagId("ex"), ())
    m.add_data(DataId("d"), b"x", 0)
    data = wasm_tools.check(m, """(module $demo
      (type (func (param i32 i32 i32 i32) (result i32)))
      (type (func (param i32)))
      (type (func))
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (type 0)))
      (memory $mem 1)
      (tag $ex (type 2))
      (global $sp (mut i32) (i32.const 0))
      (func $helper (type 1) (param $n i32) (local $tmp i32) (local i64)
        block $outer block loop $again local.get $n local.set $tmp end end end)
      (data $d (i32.const 0) "x"))""")
    assert bytes.fromhex("00 05 04 64 65 6d 6f") in data  # module name first
    assert bytes.fromhex("01 13 02 00 08 66 64 5f 77 72 69 74 65 01 06 68 65 6c 70 65 72") in data


def test_duplicate_and_odd_names_survive_the_text_format(wasm_tools):
    m = Module(name="odd module")
    a = TypeId("T")
    m.add_type(TypeDef(a, StructType([("x", FieldType(I32)), ("x", FieldType(I32)), ("y z", FieldType(I32))])))
    m.add_type(TypeDef(TypeId("T"), ArrayType(FieldType(I8))))
    for name in ("Main.main", "Main.main", 'quote"d\\ \u00e9', "f_1", "f", "f"):
        fb = FunctionBuilder(FuncId(name), name)
        p = fb.add_param("x", I32)
        q = fb.add_local("x", I32)
        with fb.block(name="l") as outer:
            with fb.block(name="l"):
                fb.emit("br", outer)
            with fb.block(name="l") as sibling:
                fb.emit("local.get", p)
                fb.emit("local.set", q)
                fb.emit("br", sibling)
        m.add_function(fb.build())
    m.add_global(GlobalId("g"), I32, False, [_i("i32.const", 1)])
    m.add_global(GlobalId("g"), I32, False, [_i("i32.const", 2)])
    wasm_tools.check(m)


def _i(mnemonic, *args):
    return make(mnemonic, *args)
