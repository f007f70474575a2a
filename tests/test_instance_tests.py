"""The runtime type test the object layout offers to isInstanceOf and patterns (lowering.interfaces.instance_test):
a class by `ref.test` of its struct, a trait by its entry in the interface tables. A probe function added to the
module makes one object of each class and tests it against every class and trait; the answers, run by wasmtime,
must be Scala's (`C` derives from `B`, `A`, `U`, `T`; `D` from `A` and `T`; null is an instance of nothing)."""
from __future__ import annotations

import wasmtime

from scalawasi.compiler.api import analyze
from scalawasi.compiler.lowering.codegen import Lowering
from scalawasi.compiler.prelude import load_prelude
from scalawasi.compiler.wasm import I32, FuncId, FunctionBuilder, encode

PROGRAM = """trait T
trait U extends T
trait V
class A
class B extends A with U
class C extends B
final class D extends A with T
object Main {
  def main(args: Array[String]): Unit = println(Array[A](new A, new B, new C, new D).length)
}
"""
NAMES = ["A", "B", "C", "D", "T", "U", "V"]
EXPECTED = {"A": {"A"}, "B": {"A", "B", "T", "U"}, "C": {"A", "B", "C", "T", "U"}, "D": {"A", "D", "T"}}


def _probe_results() -> dict[str, set[str]]:
    program = analyze(PROGRAM, "tests.scala").program
    program.main = program.objects["Main"].methods["main"]
    lowering = Lowering(program, load_prelude())
    classes = {name: program.classes[name] for name in NAMES}
    probe = FuncId("probe")
    fb = FunctionBuilder(probe, "probe", results=(I32,))
    made = [(name, lowering.constructor(classes[name])) for name in ("A", "B", "C", "D")]
    tests = [(name, lowering.instance_test(classes[name])) for name in NAMES]
    fb.emit("i32.const", 0)
    bit = 0
    for _made_name, ctor in made:
        for _name, test in tests:
            fb.emit("call", ctor)
            fb.emit("call", test)
            fb.emit("i32.const", bit)
            fb.emit("i32.shl")
            fb.emit("i32.or")
            bit += 1
    fb.emit("ref.null", lowering.object_type())
    fb.emit("call", tests[0][1])
    fb.emit("i32.const", 31)
    fb.emit("i32.shl")
    fb.emit("i32.or")
    module = lowering.lower()
    module.add_function(fb.build())
    module.export_function("probe", probe)
    lowering._drain()
    wasm = encode(module).data
    engine = wasmtime.Engine(wasmtime.Config())
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store = wasmtime.Store(engine)
    store.set_wasi(wasmtime.WasiConfig())
    instance = linker.instantiate(store, wasmtime.Module(engine, wasm))
    bits = instance.exports(store)["probe"](store) & 0xFFFFFFFF
    assert not bits >> 31, "null is no instance"
    found, bit = {}, 0
    for made_name, _ in made:
        found[made_name] = set()
        for name, _ in tests:
            if bits >> bit & 1:
                found[made_name].add(name)
            bit += 1
    return found


def test_class_and_trait_tests_follow_the_hierarchy():
    assert _probe_results() == EXPECTED
