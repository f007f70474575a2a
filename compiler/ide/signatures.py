"""Signature help: the call whose argument list holds the offset, its callee's signatures (every alternative of an
overloaded one) and the parameter being written. Methods, constructors, intrinsics and `wasi.*` alike: the callee
is resolved as completion resolves the name it stands for."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..semantics import symbols as sy
from ..semantics.classtags import written_params
from . import describe, text as txt
from .completion import PLACEHOLDER, CompletionItem, analyze_at, items_at

@dataclass(frozen=True)
class Signature:
    label: str  # `def f(a: Int, b: Int): Int`
    params: tuple[tuple[int, int], ...]  # each parameter's character range within label
    param_docs: tuple[str, ...] = ()
    doc: str = ""


@dataclass(frozen=True)
class SignatureHelp:
    signatures: list[Signature] = field(default_factory=list)
    active_signature: int = 0
    active_parameter: int = 0


def signature_help(text: str, offset: int, analyze, prelude=None) -> SignatureHelp | None:
    data = text.encode("utf-8")
    offset = max(0, min(offset, len(data)))
    if txt.in_comment_or_string(data, offset):
        return None
    found = txt.open_bracket(data, offset)
    if found is None or found[1] != b"(":
        return None
    paren, _, active = found
    end = paren
    while end > 0 and data[end - 1:end] in (b" ", b"\t"):
        end -= 1
    start = txt.word_start(data, end)
    if start == end:
        return None
    name = data[start:end].decode("utf-8", "replace")
    before = data[:start].rstrip()
    if before.endswith(b"new"):
        return _constructor(text, start, end, name, active, analyze)
    member = start > 0 and data[start - 1:start] == b"."
    patched = (data[:start] + PLACEHOLDER.encode() + data[end:]).decode("utf-8", "replace")
    analysis = analyze_at(analyze, patched, start)
    items = [i for i in items_at(analysis, start, member, prelude or _prelude()) if i.label == name and
             i.params is not None]
    return _help([_signature(i) for i in items], active)


def _prelude():
    from .completion import _prelude as load

    return load()


def _signature(item: CompletionItem) -> Signature:
    return make_signature(item.label, item.params or (), item.detail, item.doc, item.param_docs)


def make_signature(name: str, params, detail: str, doc: str = "", param_docs=()) -> Signature:
    """A signature whose label is the declaration (`detail`) when it spells the parameters, else built here."""
    texts = [f"{n}: {t}" for n, t in params]
    label = detail if all(t in detail for t in texts) else f"def {name}({', '.join(texts)})"
    ranges = []
    position = label.find("(") + 1
    for t in texts:
        at = label.find(t, position)
        ranges.append((at, at + len(t)))
        position = at + len(t)
    return Signature(label, tuple(ranges), tuple(param_docs), doc)


def _help(signatures: list[Signature], active: int) -> SignatureHelp | None:
    if not signatures:
        return None
    chosen = next((i for i, s in enumerate(signatures) if len(s.params) > active), 0)
    return SignatureHelp(signatures, chosen, active)


def _constructor(text: str, start: int, end: int, name: str, active: int, analyze) -> SignatureHelp | None:
    """`new C(`: the primary constructor's parameters, then each auxiliary constructor's."""
    analysis = analyze(text)
    program = getattr(analysis, "program", None)
    classes = getattr(program, "classes", {}) if program is not None else {}
    cls = classes.get(name) or next((c for k, c in classes.items() if k.rsplit(".", 1)[-1] == name), None)
    if cls is None:
        return None
    signatures = []
    primary = [(p.name, describe.type_name(p.tpe)) for p in written_params(cls.params)] if cls.params else [
        (p.name, p.tpe.name if p.tpe else "?") for p in getattr(cls.defn, "params", ()) or ()]
    signatures.append(make_signature(name, primary, f"new {name}({', '.join(f'{n}: {t}' for n, t in primary)})"))
    for ctor in getattr(cls, "constructors", ()) or ():
        params = [(p.name, describe.type_name(p.tpe)) for p in written_params(ctor.params)]
        signatures.append(make_signature(name, params, f"new {name}({', '.join(f'{n}: {t}' for n, t in params)})"))
    return _help(signatures, active)
