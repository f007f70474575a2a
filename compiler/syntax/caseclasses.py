"""The members a `case class` or `case object` gets without writing them, added to the syntax tree as scalac's
namer adds them: `toString`, `hashCode`, `equals`, `copy`, `productArity`, `productPrefix`, `productElement`,
`canEqual`, and the companion's `apply` (a companion object is made when the file has none beside the class).

The generated definitions are ordinary methods, typed and dispatched like written ones; their nodes carry a
`SyntheticSpan` (the class's name) so diagnostics point at the class while editor features can leave them out.
A member the class already defines by name (`override def toString`) is not generated.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..source import Span
from . import ast

PRODUCT_SEED = -889275714  # scala.util.hashing.MurmurHash3.productSeed (0xcafebabe)


@dataclass(frozen=True, slots=True)
class SyntheticSpan(Span):
    """The span of a node the compiler generated: the source text it stands for (the class name)."""


def is_synthetic(node) -> bool:
    return isinstance(getattr(node, "span", None), SyntheticSpan)


def string_hash(s: str) -> int:
    """java.lang.String.hashCode over UTF-16 units, as a signed 32-bit Int."""
    h = 0
    data = s.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h = (31 * h + (data[i] | data[i + 1] << 8)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def complete(stats: list, place=None, companions: bool = True) -> None:
    """Add the generated members of every case class and case object among `stats` (a file's or a template's
    definitions), and the companions' `apply`; `place(new, beside)` records where a new companion object goes
    (the packaging of a top-level one), defaulting to appending it to `stats`. Without `companions` (a class's
    body, a block: an object made there would be one per instance or per run), no companion is made and `P(args)`
    is typed as `new P(args)`."""
    objects = {s.name: s for s in stats if isinstance(s, ast.ObjectDef)}
    for stat in list(stats):
        if not isinstance(stat, (ast.ClassDef, ast.ObjectDef)) or "case" not in stat.modifiers:
            continue
        if isinstance(stat, ast.ObjectDef):
            stat.body.extend(_members(stat, []))
            continue
        if "trait" in stat.modifiers or "abstract" in stat.modifiers:
            continue  # `case` on an abstract class is reported by the typer
        stat.body.extend(_members(stat, stat.params))
        if not companions:
            continue
        companion = objects.get(stat.name)
        maker = _apply(stat)
        if companion is None:
            companion = ast.ObjectDef(maker.span, stat.name, maker.span, [], modifiers=["<synthetic>"])
            objects[stat.name] = companion
            if place is not None:
                place(companion, stat)
            else:
                stats.append(companion)
        if not any(isinstance(m, ast.DefDef) and m.name == "apply" and m.params is not None
                   and len(m.params) == len(stat.params) for m in companion.body):
            companion.body.append(maker)


class _Builder:
    """Nodes at one synthetic span."""

    def __init__(self, at: Span) -> None:
        self.at = SyntheticSpan(at.start, at.end)

    def ident(self, name: str) -> ast.Ident:
        return ast.Ident(self.at, name)

    def sel(self, qualifier: ast.Expr, name: str) -> ast.Select:
        return ast.Select(self.at, qualifier, name, self.at)

    def path(self, dotted: str) -> ast.Expr:
        first, *rest = dotted.split(".")
        node: ast.Expr = self.ident(first)
        for name in rest:
            node = self.sel(node, name)
        return node

    def this_field(self, name: str) -> ast.Select:
        return self.sel(ast.This(self.at), name)

    def lit(self, kind: str, value) -> ast.Literal:
        return ast.Literal(self.at, kind, value)

    def op(self, op: str, lhs: ast.Expr, rhs: ast.Expr) -> ast.Infix:
        return ast.Infix(self.at, op, self.at, lhs, rhs)

    def call(self, fn: ast.Expr, *args: ast.Expr) -> ast.Apply:
        return ast.Apply(self.at, fn, list(args))

    def type(self, name: str) -> ast.TypeRef:
        return ast.TypeRef(self.at, name)

    def own_type(self, defn) -> ast.TypeRef:
        """The class applied to its own type parameters (`Box[T]`), as its members name it."""
        params = getattr(defn, "type_params", None) or []
        return ast.TypeRef(self.at, defn.name, [self.type(p.name) for p in params])

    def method(self, name: str, params, ret: ast.TypeRef, body: ast.Expr, *modifiers: str) -> ast.DefDef:
        return ast.DefDef(self.at, name, self.at, params, ret, body, modifiers=["<synthetic>", *modifiers])


def _members(defn, params: list[ast.ClassParam]) -> list[ast.DefDef]:
    b = _Builder(defn.name_span)
    written = {s.name for s in defn.body if isinstance(s, (ast.DefDef, ast.ValDef))}
    out: list[ast.DefDef] = []

    def add(member: ast.DefDef) -> None:
        if member.name not in written:
            out.append(member)

    is_class = isinstance(defn, ast.ClassDef)
    # toString: the prefix and the fields as string concatenation prints them (`P(1,ab)`); a case object's name.
    if is_class:
        text: ast.Expr = b.lit("string", defn.name + "(")
        for i, p in enumerate(params):
            if i:
                text = b.op("+", text, b.lit("string", ","))
            text = b.op("+", text, b.this_field(p.name))
        text = b.op("+", text, b.lit("string", ")"))
    else:
        text = b.lit("string", defn.name)
    add(b.method("toString", None, b.type("String"), text, "override"))
    # hashCode: MurmurHash3.productHash over the fields' `##` (the prefix's String hash when there are none).
    if params:
        h = "h$"
        stats: list = [ast.ValDef(b.at, h, b.at, b.type("Int"), b.lit("int", PRODUCT_SEED), True)]
        for p in params:
            field_hash = b.call(b.path("scala.runtime.Statics.anyHash"), b.this_field(p.name))  # its `##`
            mixed = b.call(b.path("scala.runtime.Statics.mix"), b.ident(h), field_hash)
            stats.append(ast.Assign(b.at, b.ident(h), mixed))
        stats.append(b.call(b.path("scala.runtime.Statics.finalizeHash"), b.ident(h), b.lit("int", len(params))))
        hash_body: ast.Expr = ast.Block(b.at, stats)
    else:
        hash_body = b.lit("int", string_hash(defn.name))
    add(b.method("hashCode", [], b.type("Int"), hash_body, "override"))
    add(b.method("productArity", None, b.type("Int"), b.lit("int", len(params))))
    add(b.method("productPrefix", None, b.type("String"), b.lit("string", defn.name)))
    if not is_class:
        return out
    # equals: the same fields, compared with `==` (a reference first compared by identity).
    that = "that$"
    same: ast.Expr = b.op("ne", b.ident(that), b.lit("null", None))
    for p in params:
        same = b.op("&&", same, b.op("==", b.this_field(p.name), b.sel(b.ident(that), p.name)))
    same = b.op("||", b.op("eq", ast.This(b.at), b.ident(that)), same)
    add(b.method("equals", [ast.Param(b.at, that, b.at, b.own_type(defn))], b.type("Boolean"), same))
    # productElement(n): the n-th field as an Any; any other n is scalac's IndexOutOfBoundsException(n).
    n = "n$"
    element: ast.Expr = ast.Throw(b.at, ast.New(b.at, b.type("IndexOutOfBoundsException"),
                                                [b.sel(b.ident(n), "toString")]))
    for i in reversed(range(len(params))):
        element = ast.If(b.at, b.op("==", b.ident(n), b.lit("int", i)), b.this_field(params[i].name), element)
    add(b.method("productElement", [ast.Param(b.at, n, b.at, b.type("Int"))], b.type("Any"), element))
    # canEqual(that): whether that is a P (what equals relies on in Scala).
    test = ast.TypeTest(b.at, b.ident(that), "isInstanceOf", b.at, b.own_type(defn))
    add(b.method("canEqual", [ast.Param(b.at, that, b.at, b.type("Any"))], b.type("Boolean"), test))
    # copy: every field a parameter whose default is this object's value (of the same type arguments: scalac's
    # copy has type parameters of its own, which only matters to a copy that changes a field's type).
    copy_params = [ast.Param(b.at, p.name, b.at, p.tpe, b.this_field(p.name)) for p in params]
    made = ast.New(b.at, b.own_type(defn), [b.ident(p.name) for p in params])
    add(b.method("copy", copy_params, b.own_type(defn), made))
    return out


def _apply(defn: ast.ClassDef) -> ast.DefDef:
    """The companion's `apply`: `P(1, 2)` without `new`, with the constructor's defaults."""
    b = _Builder(defn.name_span)
    params = [ast.Param(b.at, p.name, b.at, p.tpe, p.default) for p in defn.params]
    made = ast.New(b.at, b.own_type(defn), [b.ident(p.name) for p in defn.params])
    maker = b.method("apply", params, b.own_type(defn), made)
    maker.type_params = list(defn.type_params)  # `def apply[T](x: T): Box[T]`
    return maker
