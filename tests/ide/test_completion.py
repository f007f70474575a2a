"""Completion queries on programs written for these tests: members by receiver type, names in scope, keywords,
half-typed text."""
from __future__ import annotations

import pytest

from scalawasi.compiler.ide.completion import complete

from ide_helpers import analyzer, at_cursor

HEADER = "import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\n\n"


def labels(source: str) -> list[str]:
    text, offset = at_cursor(source)
    return [item.label for item in complete(text, offset, analyzer()).items]


def items(source: str) -> dict:
    text, offset = at_cursor(source)
    return {item.label: item for item in complete(text, offset, analyzer()).items}


def test_segment_members_at_the_end_of_an_unfinished_line():
    found = items(HEADER + """object Main {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val seg = a.allocate(16)
      seg.<|>
    }
  }
}
""")
    assert {"getInt", "setInt", "getLong", "setDouble", "start", "size"} <= set(found)
    assert "allocate" not in found
    assert found["setInt"].detail == "def setInt(offset: Int, value: Int): Unit"
    assert found["setInt"].insert == "setInt(${1:offset}, ${2:value})"
    assert "bounds-checked" in found["getInt"].doc


def test_allocator_members_and_prefix():
    assert labels(HEADER + """object Main {
  def main(args: Array[String]): Unit = withMemoryAllocator { a =>
    val s = a.al<|>
  }
}
""") == ["allocate"]


def test_wasi_functions_with_preview1_signatures():
    found = items(HEADER + """object Main {
  def main(args: Array[String]): Unit = {
    val e = wasi.fd<|>
  }
}
""")
    assert "fdWrite" in found and "fdRead" in found and "pathOpen" not in found
    assert found["fdWrite"].detail == "def fdWrite(fd: Int, iovs: Int, iovsLen: Int, retptrNwritten: Int): Int"
    assert found["fdSeek"].detail == "def fdSeek(fd: Int, offset: Long, whence: Int, retptrNewoffset: Int): Int"
    assert "errno" in found["fdWrite"].doc


CLASSES = """/** Helpers for hashing. */
object Util {
  /** The FNV prime. */
  val FnvPrime = 16777619
  /** Doubles a number.
    * @param x the number
    * @return twice x
    */
  def twice(x: Int): Int = x * 2
  private def hidden(): Int = 1
}
class P(val x: Int, y: Int) {
  var z = 1
  def sum(q: Int): Int = { val r = q + x; r + y }
}
"""


@pytest.mark.parametrize("line, expected, absent", [
    ("Util.<|>", {"FnvPrime", "twice"}, {"hidden", "main"}),
    ("p.<|>", {"x", "z", "sum", "toString"}, {"y", "FnvPrime"}),
    ("s.tr<|>", {"trim"}, {"length"}),
    ("s.<|>", {"length", "charAt", "substring", "toUpperCase", "split", "indexOf"}, {"getInt"}),
    ("args.<|>", {"length", "foreach", "map", "mkString", "indexOf"}, {"sum"}),
    ("nums.s<|>", {"sum", "sorted", "size", "slice", "sortWith"}, {"length"}),
    ("h.<|>", {"toLong", "toDouble", "max", "toHexString"}, {"trim"}),
    ("(h, s).<|>", {"_1", "_2"}, {"_3"}),
    ("(0 until h).<|>", {"foreach", "by", "contains"}, {"getInt"}),
    ("math.<|>", {"sqrt", "pow", "Pi", "max"}, {"println"}),
    ("Integer.<|>", {"parseInt", "MAX_VALUE", "toBinaryString"}, set()),
])
def test_members_by_receiver(line, expected, absent):
    found = set(labels(CLASSES + f"""object Main {{
  def main(args: Array[String]): Unit = {{
    var h = 17
    val p = new P(1, 2)
    val s = "abc"
    val nums = Array(3, 1, 2)
    {line}
  }}
}}
"""))
    assert expected <= found
    assert not (absent & found)


def test_member_documentation_is_the_scaladoc():
    found = items(CLASSES + """object Main {
  def main(args: Array[String]): Unit = println(Util.<|>)
}
""")
    assert found["twice"].detail == "def twice(x: Int): Int"
    assert "Doubles a number." in found["twice"].doc and "`x` — the number" in found["twice"].doc
    assert found["FnvPrime"].doc == "The FNV prime."


def test_private_members_inside_their_owner_and_this():
    found = set(labels(CLASSES.replace("  def sum(q: Int)", "  def me(): Int = this.<|>\n  def sum(q: Int)")))
    assert {"x", "y", "z", "sum"} <= found


def test_names_in_scope_innermost_first_with_keywords_and_snippets():
    found = items(CLASSES + """object Main {
  val top = 1
  def helper(k: Long): Long = k
  def main(args: Array[String]): Unit = {
    var h = 17
    for (i <- 0 until 3) {
      val inner = i
      <|>
    }
    val later = 2
  }
}
""")
    for name in ("h", "i", "inner", "args", "top", "helper", "main", "Util", "P", "println", "val", "while"):
        assert name in found, name
    assert "later" not in found and "q" not in found and "r" not in found
    assert found["h"].kind == "local" and found["h"].detail == "var h: Int"
    assert found["helper"].detail == "def helper(k: Long): Long"
    assert found["inner"].rank < found["top"].rank < found["Util"].rank < found["while"].rank
    assert found["def main"].insert.startswith("def main(args: Array[String]): Unit = {")
    assert "withMemoryAllocator" not in found  # the library is not imported here


def test_memory_snippet_once_the_library_is_imported():
    found = items(HEADER + "object Main {\n  def main(args: Array[String]): Unit = {\n    with<|>\n  }\n}\n")
    assert found["withMemoryAllocator"].insert.startswith("withMemoryAllocator { ${1:allocator} =>")


@pytest.mark.parametrize("source", [
    "object Main {\n  val x<|>\n}\n",
    "object Main {\n  def ma<|>\n}\n",
    "object Main {\n  // a comment seg.<|>\n}\n",
    'object Main {\n  val s = "seg.<|>"\n}\n',
    "object Main {\n  val d = 1.<|>\n}\n",
])
def test_no_completion_where_a_name_is_defined_or_in_comments_strings_and_numbers(source):
    assert labels(source) == []


def test_completion_in_a_file_with_an_error_elsewhere():
    found = set(labels(CLASSES + """object Main {
  def broken(): Int = {
    val q = 1 +
  }
  def main(args: Array[String]): Unit = {
    val p = new P(1, 2)
    p.s<|>
  }
}
"""))
    assert "sum" in found


def test_cursor_inside_a_word_completes_the_word_s_start():
    found = set(labels(HEADER + """object Main {
  def main(args: Array[String]): Unit = withMemoryAllocator { a => a.allocate(8).<|>setInt(2, 1) }
}
"""))
    assert {"setInt", "getLong", "size"} <= found


def test_type_names_after_a_colon_and_new():
    found = set(labels(CLASSES + "object Main {\n  def f(p: <|>) = 1\n}\n"))
    assert {"P", "Int", "String", "Array", "StringBuilder"} <= found
    assert "println" not in found and "Util" not in found
    assert {"P", "StringBuilder"} <= set(labels(CLASSES + "object Main {\n  val p = new <|>\n}\n"))


def test_case_class_members_without_the_class_comment_on_generated_ones():
    found = items("""/** A point. */
case class Pt(x: Int, y: Int) {
  /** Squared length. */
  def norm: Int = x * x + y * y
}
object Main {
  def main(args: Array[String]): Unit = {
    val q = Pt(1, 2)
    q.<|>
  }
}
""")
    assert {"x", "y", "norm", "copy"} <= set(found)
    assert found["norm"].doc == "Squared length."
    assert found["copy"].doc == "" and found["copy"].detail == "def copy(x: Int, y: Int): Pt"
