"""Prebuilt bodies (wasm/prebuilt.py): a function encoded once with its index slots, written into a module by
patching them, gives the very bytes, and the same instruction offsets and spans, as encoding the function itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from scalawasi.compiler.api import build_files
from scalawasi.compiler.wasm import encode
from scalawasi.compiler.wasm.prebuilt import MARK_BYTES, PrebuiltFunction, Unencodable, encode_body

TESTS = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["programs/anonymous_classes", "programs/any_instanceof_traits",
                                  "programs/any_hashcode", "programs/array_2d",
                                  "programs/collections_map_values_min_by", "memory/alignment"])
def test_every_function_prebuilt_writes_the_same_module(name):
    path = TESTS / f"{name}.scala"
    built = build_files({str(path): path.read_text(encoding="utf-8")})
    assert built.ok
    module = built.module
    memory = module.memories[0].id
    for i, f in enumerate(module.functions):
        module.functions[i] = PrebuiltFunction(f.id, f.name, f.params, f.param_types, f.results, f.locals, [],
                                               f.type_id, encoded=encode_body(f, memory))
    again = encode(module)
    assert again.data == built.wasm
    assert [(offset, instr.span) for offset, instr in again.instr_offsets] == \
        [(offset, instr.span) for offset, instr in built.instr_offsets]


def test_a_slot_look_alike_in_an_instruction_with_slots_is_refused():
    from scalawasi.compiler.wasm import FuncId, FunctionBuilder, I32, TypeId
    from scalawasi.compiler.wasm.types import ArrayType, FieldType

    fb = FunctionBuilder(FuncId("f"), "f", results=(I32,))
    fb.emit("i32.const", 2**28)  # the placeholder's very bytes, in an instruction without slots: harmless
    body = encode_body(fb.build())
    assert body.code.count(MARK_BYTES) == 1 and len(body.slot_positions) == 0
    fb = FunctionBuilder(FuncId("g"), "g")
    array = TypeId("a")
    fb.emit("i32.const", 0)
    fb.emit("array.new_fixed", array, 2**28)  # a length that looks like a slot after the type's slot
    with pytest.raises(Unencodable):
        encode_body(fb.build())
