"""The prelude's hash stores (hashtables.scala) iterate in Scala 2.11's orders: the file is compiled as ordinary code
with a driver that inserts, updates and removes Int, String, Long, Double and tuple keys (up to 10,000), and every
order it prints must be the one Scala's own immutable Map/Set and mutable HashMap/HashSet give on the JVM for the
same operations (data/HashOrdersDriver.out, written by data/HashOrdersJvm.scala under scalac 2.11 and JDK 25)."""
from __future__ import annotations

from pathlib import Path

from helpers import PROJECT_ROOT, validate
from scalawasi.compiler.api import build
from scalawasi.compiler.runtime import run_module

DATA = Path(__file__).parent / "data"
PRELUDE_FILE = PROJECT_ROOT / "compiler" / "prelude" / "hashtables.scala"


def test_hash_stores_iterate_as_scala_2_11_collections(tmp_path):
    text = PRELUDE_FILE.read_text(encoding="utf-8") + "\n" + (DATA / "HashOrdersDriver.scala").read_text(
        encoding="utf-8")
    result = build(text, "HashOrdersDriver.scala")
    assert result.ok, [d.message for d in result.diagnostics][:5]
    path = tmp_path / "driver.wasm"
    path.write_bytes(result.wasm)
    validate(path)
    run = run_module(result.wasm)
    assert run.exit_code == 0, run.stderr
    expected = (DATA / "HashOrdersDriver.out").read_bytes()
    assert run.stdout.decode().splitlines() == expected.decode().splitlines()
