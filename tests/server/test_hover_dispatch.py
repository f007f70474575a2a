"""Hover on a call of a class's or trait's method shows how it is dispatched (the instructions the build emitted:
a vtable slot and `call_ref`, a trait's interface table, or a direct `call`); go to definition on an overriding
member offers the members it overrides too."""
from __future__ import annotations

import re

from scalawasi.compiler.api import BuildOptions, analyze, build
from scalawasi.server import hover, navigation

PROGRAM = """abstract class Shape {
  def area: Double
  def describe(): String = "area " + area
}
trait Named { def name: String = "shape" }
class Square(side: Double) extends Shape with Named {
  def area: Double = side * side
  override def name: String = "square"
}
class Tri extends Shape with Named {
  def area: Double = 1.0
  override def describe(): String = "tri"
}
final class Circle(r: Double) extends Shape {
  def area: Double = 3.0 * r * r
  def diameter(): Double = 2 * r
}
object Main {
  def main(args: Array[String]): Unit = {
    val shapes = Array[Shape](new Square(2), new Circle(1), new Tri)
    val n: Named = new Square(3)
    val c = new Circle(2)
    println(shapes(0).describe() + n.name + c.diameter() + shapes(1).area)
  }
}
"""


def _hover(needle: str) -> str:
    analysis = analyze(PROGRAM, "dispatch.scala")
    result = build(PROGRAM, "dispatch.scala", BuildOptions())
    assert result.ok, result.diagnostics
    found = hover.find_hover(analysis, PROGRAM.index(needle) + 2, intrinsics_only=False)
    assert isinstance(found, hover.IntrinsicCall), found
    return hover.intrinsic_markdown(found, hover.LoweredIndex(result), False, None)


def _wasm(text: str) -> str:
    return re.search(r"```wasm\n(.*?)\n```", text, re.S).group(1)


def test_a_virtual_call_shows_its_vtable_slot():
    text = _hover(".describe()")
    code = _wasm(text)
    assert re.search(r"struct\.get \$VTable\.Shape \$describe\ncall_ref", code), code
    assert "Virtual call" in text


def test_a_parameterless_virtual_call_too():
    code = _wasm(_hover("area)\n"))
    assert "call_ref" in code and "$area" in code, code


def test_a_trait_call_goes_through_the_interface_table():
    text = _hover(".name +")
    assert "array.get $ITable" in _wasm(text) and "call_ref" in _wasm(text)
    assert "Trait dispatch" in text


def test_a_call_with_one_possible_target_is_direct():
    text = _hover(".diameter()")
    assert re.search(r"^call \$Circle\.diameter$", _wasm(text), re.M)
    assert "call_ref" not in _wasm(text) and "Direct call" in text


def test_definition_of_an_overriding_member_offers_the_overridden_one():
    analysis = analyze(PROGRAM, "dispatch.scala")
    found = navigation.definitions(analysis, PROGRAM.index("def name: String = \"square\"") + 5)
    assert [(s.owner.name, s.name) for s in found] == [("Square", "name"), ("Named", "name")]
    found = navigation.definitions(analysis, PROGRAM.index("area)\n") + 1)  # a use: the static target, then its parent
    assert [(s.owner.name, s.name) for s in found] == [("Shape", "area")]
    found = navigation.definitions(analysis, PROGRAM.index("def area: Double = side") + 5)
    assert [(s.owner.name, s.name) for s in found] == [("Square", "area"), ("Shape", "area")]
