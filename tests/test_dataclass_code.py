"""The memo of the code `dataclasses` generates: classes made through it are the same as without it, a second
process compiles none of the compiler's dataclass methods again, and a damaged or foreign memo is not used."""
from __future__ import annotations

import dataclasses
import inspect
import os
import subprocess
import sys

from scalawasi.compiler import dataclass_code


def make(name: str):
    namespace = {"__annotations__": {"a": "int", "b": "list"}, "b": dataclasses.field(default_factory=list),
                 "__module__": __name__}
    return dataclasses.dataclass(frozen=True)(type(name, (), namespace))


def test_the_compiler_installed_it_and_classes_come_out_the_same(monkeypatch):
    assert dataclasses.exec is dataclass_code._exec
    through = make("Through")
    monkeypatch.setattr(dataclasses, "exec", exec)
    plain = make("Plain")
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__"):
        a, b = getattr(through, method), getattr(plain, method)
        assert a.__code__.co_code == b.__code__.co_code and a.__code__.co_flags == b.__code__.co_flags, method
        assert a.__annotations__ == b.__annotations__, method
    assert str(inspect.signature(through)) == str(inspect.signature(plain)) == "(a: 'int', b: 'list' = <factory>) -> None"
    assert repr(through(1)) == "Through(a=1, b=[])" and through(1) == through(1, [])


def child(cache: str) -> dict:
    """What a fresh process importing the compiler compiled itself, and what it found in the memo."""
    code = ("import scalawasi.compiler.pipeline, scalawasi.compiler.lowering.codegen\n"
            "from scalawasi.compiler import dataclass_code as d\n"
            "print(len(d._used), sum(1 for t in d._used if t not in d._found), d._new)")
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    used, compiled, new = out.split()
    return {"used": int(used), "compiled": int(compiled), "new": new == "True"}


def test_a_second_process_compiles_nothing(tmp_path):
    cache = str(tmp_path / "cache")
    first = child(cache)
    assert first["used"] > 300 and first["compiled"] == first["used"] and first["new"]
    second = child(cache)
    assert second == {"used": first["used"], "compiled": 0, "new": False}


def test_a_damaged_or_foreign_memo_is_not_used(tmp_path):
    cache = str(tmp_path / "cache")
    child(cache)
    folder = tmp_path / "cache" / "scalawasi" / "compiler"
    [memo] = folder.glob("dataclass-code-*.marshal")
    data = memo.read_bytes()
    memo.write_bytes(data[: len(data) // 3])
    assert child(cache)["compiled"] > 300  # damaged: compiled again (and written again)
    os.chmod(memo, 0o666)
    assert child(cache)["compiled"] > 300  # others could write it: not believed
