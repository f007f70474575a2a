"""Signature help on programs written for these tests: methods (overloaded too), constructors, `wasi.*`, library
methods, with the parameter being written."""
from __future__ import annotations

import pytest

from scalawasi.compiler.ide.signatures import signature_help

from ide_helpers import analyzer, at_cursor

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Util {
  /** Mixes two values.
    * @param a the first
    * @param b the second
    */
  def mix(a: Int, b: Long): Long = a + b
  def pick(x: Int): Int = x
  def pick(x: Int, y: Int): Int = x + y
}
class P(val x: Int, y: Int) {
  def this(x: Int) = this(x, 0)
}
object Main {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val seg = a.allocate(16)
      CALL
    }
  }
}
"""


def help_at(call: str):
    text, offset = at_cursor(PROGRAM.replace("CALL", call))
    return signature_help(text, offset, analyzer())


def labels(found) -> list[str]:
    return [s.label for s in found.signatures]


def active_text(found) -> str:
    sig = found.signatures[found.active_signature]
    start, end = sig.params[found.active_parameter]
    return sig.label[start:end]


def test_wasi_call_with_active_parameter_while_typing():
    found = help_at("val e = wasi.fdWrite(1, seg.start, <|>")
    assert labels(found) == ["def fdWrite(fd: Int, iovs: Int, iovsLen: Int, retptrNwritten: Int): Int"]
    assert found.active_parameter == 2 and active_text(found) == "iovsLen: Int"
    assert "errno" in found.signatures[0].doc


def test_user_method_with_scaladoc_parameters():
    found = help_at("val m = Util.mix(1, <|>)")
    assert labels(found) == ["def mix(a: Int, b: Long): Long"]
    assert active_text(found) == "b: Long"
    assert found.signatures[0].param_docs == ("the first", "the second")


def test_overloads_choose_one_long_enough():
    found = help_at("val k = Util.pick(1, <|>")
    assert sorted(labels(found)) == ["def pick(x: Int): Int", "def pick(x: Int, y: Int): Int"]
    assert found.signatures[found.active_signature].label == "def pick(x: Int, y: Int): Int"


def test_constructor_and_auxiliary_constructor():
    found = help_at("val p = new P(<|>")
    assert labels(found) == ["new P(x: Int, y: Int)", "new P(x: Int)"]
    assert active_text(found) == "x: Int"


def test_intrinsic_segment_method():
    found = help_at("seg.setInt(0, <|>)")
    assert labels(found) == ["def setInt(offset: Int, value: Int): Unit"]
    assert active_text(found) == "value: Int"


def test_nested_call_and_strings_with_commas():
    found = help_at('val m = Util.mix(Util.pick(1), "a,b".length<|>')
    assert labels(found) == ["def mix(a: Int, b: Long): Long"] and found.active_parameter == 1


@pytest.mark.parametrize("call", ["val q = 1 + <|>", "val s = \"mix(<|>\"", "Util.mix(1, 2)<|>"])
def test_nothing_outside_an_argument_list(call):
    assert help_at(call) is None


def test_library_functions():
    assert labels(help_at("println(<|>")) == ["def println(x: Any): Unit"]
    assert labels(help_at("withMemoryAllocator(<|>")) == [
        "def withMemoryAllocator[T](body: MemoryAllocator => T): T"]
