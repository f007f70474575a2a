"""Golden WAT for the memory intrinsics: the exact instruction sequence of each accessor (constant offset in a
constant-size fresh segment, variable offset, checks dropped by --unchecked), of `allocate` (the checked and the
innermost-scope helper) and of `withMemoryAllocator` entry and exit (also on `return`), and the imports a module
declares. Functions are taken from `scalawasi.compiler.api.build(...).wat`, one instruction per line, indentation
ignored; the numbered string-literal globals (`$strN`) are compared without their number."""
from __future__ import annotations

import re
import subprocess

import pytest

from helpers import WASM_TOOLS

HEADER = "import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\n\n"

TYPES = {  # Scala type -> (load, store, width, an argument value)
    "Byte": ("i32.load8_s", "i32.store8", 1),
    "Short": ("i32.load16_s", "i32.store16", 2),
    "Int": ("i32.load", "i32.store", 4),
    "Long": ("i64.load", "i64.store", 8),
    "Float": ("f32.load", "f32.store", 4),
    "Double": ("f64.load", "f64.store", 8),
}

SCOPE_ENTRY = [
    "global.get $memory.mark", "local.set $savedMark",
    "global.get $memory.activeScope", "local.set $savedScope",
    "global.get $memory.scopeCounter", "i32.const 1", "i32.add", "global.set $memory.scopeCounter",
    "global.get $memory.scopeCounter", "global.set $memory.activeScope",
    "global.get $memory.scopeCounter", "i32.const 0", "struct.new $MemoryAllocator", "local.set $a",
]
SCOPE_EXIT = [
    "local.get $a", "i32.const 1", "struct.set $MemoryAllocator $ended",
    "local.get $savedMark", "global.set $memory.mark",
    "local.get $savedScope", "global.set $memory.activeScope",
]
ALLOCATE_16 = ["local.get $a", "i32.const 16", "call $rt.allocateInActiveScope", "local.set $s"]
ALIVE_CHECK = [
    "local.get $s", "struct.get $MemorySegment $allocator", "struct.get $MemoryAllocator $ended",
    "if", "global.get $str", "call $Runtime.fail", "unreachable", "end",
]


def bounds_check(offset: str, width: int) -> list[str]:
    return [
        offset, "i32.const 0", "i32.lt_s",
        offset, "local.get $s", "struct.get $MemorySegment $size", f"i32.const {width}", "i32.sub", "i32.gt_s",
        "i32.or",
        "if", offset, f"i32.const {width}", "local.get $s", "struct.get $MemorySegment $size",
        "call $Runtime.segmentOutOfBounds", "unreachable", "end",
    ]


def program() -> str:
    """One method per case, all reached from main (only reached code is in the module)."""
    methods, calls = [], []
    for t in TYPES:
        methods += [
            f"  def getConst{t}(): {t} = withMemoryAllocator {{ a =>\n    val s = a.allocate(16)\n"
            f"    s.get{t}(8)\n  }}",
            f"  def setConst{t}(v: {t}): Unit = withMemoryAllocator {{ a =>\n    val s = a.allocate(16)\n"
            f"    s.set{t}(8, v)\n  }}",
            f"  def getVar{t}(s: MemorySegment, i: Int): {t} = s.get{t}(i)",
            f"  def setVar{t}(s: MemorySegment, i: Int, v: {t}): Unit = s.set{t}(i, v)",
            f"  def getParamConst{t}(s: MemorySegment): {t} = s.get{t}(8)",
        ]
        calls += [f"    println(getConst{t}())", f"    setConst{t}(getConst{t}())",
                  f"    println(getVar{t}(seg, 0))", f"    setVar{t}(seg, 0, getVar{t}(seg, 8))",
                  f"    println(getParamConst{t}(seg))"]
    methods += [
        "  def allocFrom(a: MemoryAllocator, n: Int): MemorySegment = a.allocate(n)",
        "  def early(n: Int): Int = {\n    withMemoryAllocator { a =>\n      if (n > 0) return n\n    }\n    0\n  }",
        "  def value(): Int = withMemoryAllocator { a => 42 }",
    ]
    main = ("  def main(args: Array[String]): Unit = {\n    withMemoryAllocator { b =>\n"
            "      val seg = allocFrom(b, 16)\n" + "\n".join("  " + c for c in calls) +
            "\n    }\n    println(early(1) + value())\n  }")
    return HEADER + "object Golden {\n" + "\n\n".join(methods) + "\n\n" + main + "\n}\n"


def function_body(wat: str, name: str) -> list[str]:
    """The instructions of `(func $name ...)`: its lines after the header and the locals, stripped."""
    lines = wat.splitlines()
    for i, line in enumerate(lines):
        if line.strip().startswith(f"(func ${name} "):
            depth, body, j = line.count("(") - line.count(")"), [], i + 1
            while depth > 0:
                text = lines[j].strip()
                depth += text.count("(") - text.count(")")
                if depth > 0 and not text.startswith("(local "):
                    body.append(re.sub(r"\$str\.[0-9a-f]+", "$str", text))
                j += 1
            return body
    raise AssertionError(f"no function ${name} in the module")


@pytest.fixture(scope="module")
def golden():
    from scalawasi.compiler.api import BuildOptions, build

    source = program()
    checked = build(source, "Golden.scala", BuildOptions())
    unchecked = build(source, "Golden.scala", BuildOptions(unchecked=True))
    assert checked.ok and unchecked.ok, [d.message for d in checked.diagnostics]
    return checked.wat, unchecked.wat


@pytest.mark.parametrize("t", TYPES)
@pytest.mark.parametrize("mode", [0, 1])
def test_get_constant_offset_in_fresh_segment(golden, t, mode):
    """No checks (proven alive and in bounds), the offset folded into the load, natural alignment (no `align=`),
    with or without --unchecked."""
    load = TYPES[t][0]
    assert function_body(golden[mode], f"Golden.getConst{t}") == SCOPE_ENTRY + ALLOCATE_16 + [
        "local.get $s", "struct.get $MemorySegment $start", f"{load} offset=8"] + SCOPE_EXIT


@pytest.mark.parametrize("t", TYPES)
@pytest.mark.parametrize("mode", [0, 1])
def test_set_constant_offset_in_fresh_segment(golden, t, mode):
    store = TYPES[t][1]
    assert function_body(golden[mode], f"Golden.setConst{t}") == SCOPE_ENTRY + ALLOCATE_16 + [
        "local.get $s", "struct.get $MemorySegment $start", "local.get $v", f"{store} offset=8"] + SCOPE_EXIT


@pytest.mark.parametrize("t", TYPES)
def test_get_variable_offset_checked(golden, t):
    load, _, width = TYPES[t]
    assert function_body(golden[0], f"Golden.getVar{t}") == [
        "local.get $i", "local.set $offset"] + ALIVE_CHECK + bounds_check("local.get $offset", width) + [
        "local.get $s", "struct.get $MemorySegment $start", "local.get $offset", "i32.add", load]


@pytest.mark.parametrize("t", TYPES)
def test_set_variable_offset_checked(golden, t):
    _, store, width = TYPES[t]
    assert function_body(golden[0], f"Golden.setVar{t}") == [
        "local.get $i", "local.set $offset"] + ALIVE_CHECK + bounds_check("local.get $offset", width) + [
        "local.get $s", "struct.get $MemorySegment $start", "local.get $offset", "i32.add", "local.get $v", store]


@pytest.mark.parametrize("t", TYPES)
def test_variable_offset_unchecked(golden, t):
    load, store, _ = TYPES[t]
    assert function_body(golden[1], f"Golden.getVar{t}") == [
        "local.get $i", "local.set $offset",
        "local.get $s", "struct.get $MemorySegment $start", "local.get $offset", "i32.add", load]
    assert function_body(golden[1], f"Golden.setVar{t}") == [
        "local.get $i", "local.set $offset",
        "local.get $s", "struct.get $MemorySegment $start", "local.get $offset", "i32.add", "local.get $v", store]


@pytest.mark.parametrize("t", TYPES)
def test_constant_offset_in_segment_of_unknown_size(golden, t):
    """A parameter segment: both checks stay (with the constant offset), the offset is still folded."""
    load, _, width = TYPES[t]
    assert function_body(golden[0], f"Golden.getParamConst{t}") == ALIVE_CHECK + bounds_check(
        "i32.const 8", width) + ["local.get $s", "struct.get $MemorySegment $start", f"{load} offset=8"]
    assert function_body(golden[1], f"Golden.getParamConst{t}") == [
        "local.get $s", "struct.get $MemorySegment $start", f"{load} offset=8"]


ALLOCATE_BODY = [
    "local.get $size", "i32.const 0", "i32.lt_s",
    "if", "local.get $size", "call $Runtime.negativeAllocation", "unreachable", "end",
    "global.get $memory.mark", "local.tee $start", "local.get $size", "i32.const 7", "i32.add", "i32.const -8",
    "i32.and", "i32.add", "local.tee $end", "local.get $start", "i32.lt_u",
    "if", "global.get $str", "call $Runtime.fail", "unreachable", "end",
    "local.get $end", "call $rt.ensureAvailable",
    "local.get $start", "i32.const 0", "local.get $size", "memory.fill",
    "local.get $end", "global.set $memory.mark",
    "local.get $start", "local.get $size", "local.get $allocator", "ref.as_non_null", "struct.new $MemorySegment",
]


def test_allocate_from_a_parameter_calls_the_checked_helper(golden):
    assert function_body(golden[0], "Golden.allocFrom") == ["local.get $a", "local.get $n", "call $rt.allocate"]
    assert function_body(golden[0], "rt.allocate") == [
        "local.get $allocator", "struct.get $MemoryAllocator $ended",
        "if", "global.get $str", "call $Runtime.fail", "unreachable", "end",
        "local.get $allocator", "struct.get $MemoryAllocator $scope", "global.get $memory.activeScope", "i32.ne",
        "if", "global.get $str", "call $Runtime.fail", "unreachable", "end",
    ] + ALLOCATE_BODY


def test_allocate_from_the_innermost_scope_skips_the_scope_checks(golden):
    assert function_body(golden[0], "rt.allocateInActiveScope") == ALLOCATE_BODY


def test_scope_checks_of_allocate_stay_under_unchecked(golden):
    """--unchecked drops accessor checks only: allocate still checks its allocator (and the size)."""
    assert "call $rt.allocate" in function_body(golden[1], "Golden.allocFrom")
    assert function_body(golden[1], "rt.allocate")[:3] == [
        "local.get $allocator", "struct.get $MemoryAllocator $ended", "if"]


def test_return_out_of_a_scope_runs_the_exit_sequence(golden):
    assert function_body(golden[0], "Golden.early") == SCOPE_ENTRY + [
        "local.get $n", "i32.const 0", "i32.gt_s",
        "if", "local.get $n"] + SCOPE_EXIT + ["return", "end"] + SCOPE_EXIT + ["i32.const 0"]


def test_scope_value(golden):
    assert function_body(golden[0], "Golden.value") == SCOPE_ENTRY + ["i32.const 42"] + SCOPE_EXIT


def test_memory_globals(golden):
    wat = golden[0]
    assert "(global $memory.mark (mut i32) i32.const 16384)" in wat or \
        re.search(r"\(global \$memory\.mark \(mut i32\) \(i32\.const 16384\)\)", wat), \
        [l for l in wat.splitlines() if "memory.mark" in l][:1]
    assert re.search(r'\(export "memory" \(memory', wat)


# ------------------------------------------------------------------------------------------------ imports

def imports(source: str, tmp_path) -> list[tuple[str, str, str]]:
    from scalawasi.compiler.api import BuildOptions, build

    result = build(source, "Imports.scala", BuildOptions())
    assert result.ok, [d.message for d in result.diagnostics]
    wasm = tmp_path / "imports.wasm"
    wasm.write_bytes(result.wasm)
    done = subprocess.run([WASM_TOOLS, "validate", str(wasm)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return re.findall(r'\(import "([^"]+)" "([^"]+)" \(func \$\S+ \(type \d+\)\s*([^)]*\)?(?: \(result [^)]*\))?)',
                      result.wat)


def import_names(source: str, tmp_path) -> list[tuple[str, str]]:
    return sorted((m, n) for m, n, _ in imports(source, tmp_path))


WASI = "wasi_snapshot_preview1"


def test_hello_world_imports_only_fd_write(tmp_path):
    source = 'object Hello {\n  def main(args: Array[String]): Unit = {\n    println("Hello, world!")\n  }\n}\n'
    assert import_names(source, tmp_path) == [(WASI, "fd_write")]


def test_clock_program_imports_clock_time_get_and_what_printing_needs(tmp_path):
    """fd_write for println, and nothing for failures: they print their line and stop with a trap."""
    source = HEADER + ("object Clock {\n  def main(args: Array[String]): Unit = {\n"
                       "    withMemoryAllocator { a =>\n      val t = a.allocate(8)\n"
                       "      println(wasi.clockTimeGet(1, 1L, t.start) == 0 && t.getLong(0) > 0)\n    }\n  }\n}\n")
    assert import_names(source, tmp_path) == [(WASI, "clock_time_get"), (WASI, "fd_write")]


def test_wasm_import_of_another_module(tmp_path):
    """@WasmImport of a non-WASI module: the import with its signature (Boolean as i32, Unit as no result); an
    unused declaration is not imported. (Such a module cannot run under WASI alone: checked at the import level.)"""
    source = ("import scala.scalajs.wasm._\n\nobject Env {\n"
              '  @WasmImport("env", "answer")\n'
              "  def answer(x: Int, y: Long, f: Float, d: Double, b: Boolean): Int = native\n"
              '  @WasmImport("env", "log")\n  def log(x: Double): Unit = native\n'
              '  @WasmImport("env", "unused")\n  def unused(): Int = native\n}\n\n'
              "object Imports {\n  def main(args: Array[String]): Unit = {\n    Env.log(1.5)\n"
              "    println(Env.answer(1, 2L, 3.0f, 4.0, true))\n  }\n}\n")
    found = {(m, n): sig.strip() for m, n, sig in imports(source, tmp_path)}
    assert found[("env", "answer")] == "(param i32 i64 f32 f64 i32) (result i32)"
    assert found[("env", "log")] == "(param f64)"
    assert ("env", "unused") not in found


def test_user_wasi_import_and_wasi_object_share_one_import(tmp_path):
    source = HEADER + ("object Host {\n"
                       '  @WasmImport("wasi_snapshot_preview1", "random_get")\n'
                       "  def fill(buf: Int, len: Int): Int = native\n}\n\n"
                       "object Both {\n  def main(args: Array[String]): Unit = {\n"
                       "    withMemoryAllocator { a =>\n      val s = a.allocate(8)\n"
                       "      println(Host.fill(s.start, 4) + wasi.randomGet(s.start + 4, 4))\n    }\n  }\n}\n")
    names = import_names(source, tmp_path)
    assert names.count((WASI, "random_get")) == 1
