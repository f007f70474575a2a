"""Definitions: package, imports, objects, classes, methods, values, annotations, modifiers, types."""
from __future__ import annotations

from syntax_helpers import parse_clean, parse_text, show

from scalawasi.compiler.syntax import ast


def test_package_and_imports() -> None:
    parsed = parse_clean(
        "package a.b\n"
        "import scala.scalajs.wasm._\n"
        "import scala.scalajs.wasm.memory._\n"
        "import a.{b, c}\n"
        "import x.y.Z\n"
        "import p.q, r.s._\n"
        "object O\n"
    )
    unit = parsed.unit
    assert unit.package == ["a", "b"]
    assert [(i.path, i.selectors) for i in unit.imports] == [
        (["scala", "scalajs", "wasm"], ["_"]),
        (["scala", "scalajs", "wasm", "memory"], ["_"]),
        (["a"], ["b", "c"]),
        (["x", "y", "Z"], []),  # a plain path imports its last segment
        (["p", "q"], []),
        (["r", "s"], ["_"]),
    ]
    assert parsed.slice(unit.imports[0]) == "import scala.scalajs.wasm._"
    assert [d.name for d in unit.defs] == ["O"]
    assert unit.packaging_of(0).name == ["a", "b"] and unit.packaging_of(0).opened == [["a", "b"]]
    assert unit.defs[0].body == []


def test_import_renames_and_hides() -> None:
    unit = parse_clean("import a.{B => C, D => _, E}\nimport x.y as z\nobject O\n").unit
    assert [(i.path, i.selectors, i.aliases) for i in unit.imports] == [
        (["a"], ["B", "D", "E"], {"B": "C", "D": "_"}),
        (["x"], ["y"], {"y": "z"}),
    ]


def test_chained_package_clauses_open_each_package() -> None:
    unit = parse_clean("package a\npackage b.c\nobject O\n").unit
    assert unit.package == ["a", "b", "c"]
    assert unit.packaging_of(0).opened == [["a", "b", "c"], ["a"]]


def test_package_blocks_hold_their_definitions() -> None:
    unit = parse_clean("package a\npackage b { object In }\nobject Out\npackage c { package d { class Deep } }\n").unit
    assert [(d.name, unit.packaging_of(i).name) for i, d in enumerate(unit.defs)] == [
        ("In", ["a", "b"]), ("Out", ["a"]), ("Deep", ["a", "c", "d"])]
    assert unit.package == ["a"]


def test_qualified_type_keeps_its_prefix() -> None:
    unit = parse_clean("object O { val v: p.q.T = null; def f(x: r.U): Int = 1 }\n").unit
    val, method = unit.defs[0].body
    assert (val.tpe.name, val.tpe.qualifier) == ("T", ["p", "q"])
    assert (method.params[0].tpe.name, method.params[0].tpe.qualifier) == ("U", ["r"])


def test_object_with_main() -> None:
    parsed = parse_clean("object Hello {\n  def main(args: Array[String]): Unit = {\n    println(\"hi\")\n  }\n}\n")
    (obj,) = parsed.unit.defs
    assert isinstance(obj, ast.ObjectDef) and obj.name == "Hello" and parsed.slice(obj.name_span) == "Hello"
    (main,) = obj.body
    assert isinstance(main, ast.DefDef) and main.name == "main" and parsed.slice(main.name_span) == "main"
    (param,) = main.params
    assert param.name == "args" and show(param.tpe) == "Array[String]" and parsed.slice(param) == "args: Array[String]"
    assert parsed.slice(param.tpe) == "Array[String]"
    assert show(main.ret) == "Unit"
    assert isinstance(main.body, ast.Block)
    assert parsed.slice(main).startswith("def main") and parsed.slice(main).endswith("}")


def test_def_forms() -> None:
    parsed = parse_clean(
        "class C {\n"
        "  def value: Int = 1\n"
        "  def describe(): String = \"x\"\n"
        "  def gcd(a: Int, b: Int): Int = if (b == 0) a else gcd(b, a % b)\n"
        "  def inferred(x: Long) = x * 2\n"
        "  def id[T](x: T): T = x\n"
        "  private def hidden(): Unit = {}\n"
        "  final override def toString(): String = \"C\"\n"
        "}\n"
    )
    value, describe, gcd, inferred, ident, hidden, to_string = parsed.unit.defs[0].body
    assert value.params is None and show(value.ret) == "Int"
    assert describe.params == []
    assert [p.name for p in gcd.params] == ["a", "b"]
    assert inferred.ret is None and show(inferred.params[0].tpe) == "Long"
    assert [t.name for t in ident.type_params] == ["T"] and show(ident.ret) == "T"
    assert hidden.modifiers == ["private"]
    assert to_string.modifiers == ["final", "override"]


def test_annotations_with_arguments() -> None:
    parsed = parse_clean(
        "object Imports {\n"
        '  @WasmImport("wasi_snapshot_preview1", "fd_write")\n'
        "  def fdWrite(fd: Int, iovs: Int, len: Int, out: Int): Int = native\n"
        "}\n"
    )
    (fd_write,) = parsed.unit.defs[0].body
    (annotation,) = fd_write.annotations
    assert annotation.name == "WasmImport"
    assert [a.value for a in annotation.args] == ["wasi_snapshot_preview1", "fd_write"]
    assert parsed.slice(annotation) == '@WasmImport("wasi_snapshot_preview1", "fd_write")'
    assert show(fd_write.body) == "native"


def test_class_with_params_and_members() -> None:
    parsed = parse_clean(
        "class Counter(start: Int) {\n"
        "  private var count = start\n"
        "  def increment(by: Int): Unit = { count += by }\n"
        "  def value: Int = count\n"
        "}\n"
        "class Point(val x: Int, var y: Int, private val z: Long)\n"
    )
    counter, point = parsed.unit.defs
    assert isinstance(counter, ast.ClassDef) and counter.name == "Counter"
    (start,) = counter.params
    assert (start.name, start.binding, start.access, show(start.tpe)) == ("start", None, None, "Int")
    count, increment, value = counter.body
    assert isinstance(count, ast.ValDef) and count.mutable and count.modifiers == ["private"] and count.tpe is None
    assert show(count.rhs) == "start" and parsed.slice(count.name_span) == "count"
    assert isinstance(increment, ast.DefDef) and isinstance(value, ast.DefDef)
    assert [(p.name, p.binding, p.access) for p in point.params] == [
        ("x", "val", None),
        ("y", "var", None),
        ("z", "val", "private"),
    ]
    assert point.body == []


def test_vals_and_vars() -> None:
    parsed = parse_clean(
        "object O {\n  val a = 1\n  var b: Long = 2L\n  final val C = 3\n  var leaked: MemorySegment = null\n}\n"
    )
    a, b, c, leaked = parsed.unit.defs[0].body
    assert (a.name, a.mutable, a.tpe, show(a.rhs)) == ("a", False, None, "1")
    assert (b.mutable, show(b.tpe), b.rhs.kind) == (True, "Long", "long")
    assert c.modifiers == ["final"]
    assert show(leaked.tpe) == "MemorySegment" and leaked.rhs.kind == "null"
    assert parsed.slice(b) == "var b: Long = 2L"


def test_comments_anywhere_in_definitions() -> None:
    parsed = parse_clean(
        "object O { // c\n  val /* a */ x /* b */ : /* c */ Int /* d */ = /* e */ 1 // f\n"
        "  def /* g */ f /* h */ ( /* i */ a: Int /* j */ ) /* k */ : Int = /* l */ f(a, /* m */ 2)\n}\n"
    )
    x, f = parsed.unit.defs[0].body
    assert (x.name, show(x.tpe), show(x.rhs)) == ("x", "Int", "1")
    assert (f.name, [p.name for p in f.params], show(f.body)) == ("f", ["a"], "f(a, 2)")


def test_types() -> None:
    parsed = parse_clean(
        "object O {\n  def f(a: Int, b: Array[Int], c: Array[Array[String]], d: scala.Int, e: MemorySegment): Unit = ()\n}\n"
    )
    params = parsed.unit.defs[0].body[0].params
    assert [show(p.tpe) for p in params] == ["Int", "Array[Int]", "Array[Array[String]]", "Int", "MemorySegment"]
    assert parsed.slice(params[2].tpe.args[0]) == "Array[String]"
    assert parsed.slice(params[3].tpe) == "scala.Int"


def test_function_types_in_library_code() -> None:
    parsed = parse_text("object P {\n  def withMemoryAllocator[T](body: MemoryAllocator => T): T = native\n}\n", library=True)
    assert parsed.diagnostics == []
    (param,) = parsed.unit.defs[0].body[0].params
    assert show(param.tpe) == "Function1[MemoryAllocator, T]"


def test_nested_definitions_in_blocks() -> None:
    parsed = parse_clean("object O {\n  def f(): Int = {\n    def g(x: Int): Int = x\n    val y = g(1)\n    y\n  }\n}\n")
    block = parsed.unit.defs[0].body[0].body
    assert [type(s).__name__ for s in block.stats] == ["DefDef", "ValDef", "Ident"]


def test_object_body_statements() -> None:
    parsed = parse_clean("object O {\n  println(1)\n  val x = 2\n}\n")
    assert [type(s).__name__ for s in parsed.unit.defs[0].body] == ["Apply", "ValDef"]


def test_empty_file() -> None:
    parsed = parse_clean("")
    assert (parsed.unit.package, parsed.unit.imports, parsed.unit.defs) == ([], [], [])


def test_comment_only_file_and_unicode_offsets() -> None:
    parsed = parse_clean('// héllo\n/* ✓ */\nobject É {\n  val s = "ü"\n}\n')
    (obj,) = parsed.unit.defs
    assert parsed.slice(obj.name_span) == "É"
    assert parsed.slice(obj.body[0].rhs) == '"ü"'


def test_method_and_class_forms() -> None:
    """Procedure syntax, defaults, named arguments, `= _`, type aliases, imports in bodies, do-while, access."""
    parsed = parse_clean(
        "object O {\n"
        "  type Num = Int\n"
        "  import Other._\n"
        "  private[O] var count: Int = _\n"
        "  def run(n: Int = 3, s: String = \"x\") {\n"
        "    import scala.math.{sqrt, pow}\n"
        "    do n += 1 while (n < 3)\n"
        "    f(s = \"y\", n = 2)\n"
        "  }\n"
        "}\n"
    )
    (obj,) = parsed.unit.defs
    alias, imp, count, run = obj.body
    assert isinstance(alias, ast.TypeAlias) and alias.name == "Num" and show(alias.rhs) == "Int"
    assert isinstance(imp, ast.Import) and (imp.path, imp.selectors) == (["Other"], ["_"])
    assert isinstance(count.rhs, ast.DefaultValue) and count.modifiers == ["private[O]"]
    assert show(run.ret) == "Unit"  # procedure syntax: the result is Unit
    assert [show(p.default) for p in run.params] == ["3", "'x'"]
    local_import, loop, call = run.body.stats
    assert (local_import.path, local_import.selectors) == (["scala", "math"], ["sqrt", "pow"])
    assert isinstance(loop, ast.DoWhile) and parsed.slice(loop.cond) == "n < 3"
    assert [(a.name, parsed.slice(a.arg)) for a in call.args] == [("s", '"y"'), ("n", "2")]
