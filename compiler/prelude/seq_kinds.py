"""A Vector, an array or a range passed for a parameter written `Seq[T]` (or separate arguments for a repeated
parameter, a WrappedArray in Scala): unsupported where the method shows what kind of sequence it was given.

`Seq` is the library's List here (as `Seq(1, 2)` is in 2.11), so such an argument becomes the List of its elements
(`LibraryCalls.sequence_as_seq`). In Scala the parameter is the Vector (a `WrappedArray`, a `Range`) itself, and
what the method makes from it is of that kind too: `xs.map(f)` of a Vector is a Vector, of an array an ArrayBuffer,
`xs.take(2)` of a range a Range. Reading the elements (`sum`, `length`, `foreach`, `mkString`, `xs(i)`, folds,
`==`, `hashCode`, `toList`) is the same for every kind, and so is anything made from the elements by a method whose
result holds no sequence of that kind. Where the parameter, or a sequence made from it, is printed, matched against
patterns, kept (stored, returned, captured in a container) or handed to code that may do so, the program would print
`List(...)` where Scala prints `Vector(...)`: that call is `unsupported`, decided once every method is typed
(`check_seq_arguments`), rather than a different output.
"""
from __future__ import annotations

from ..semantics import tir
from ..semantics.arraycopies import _implementations
from ..semantics.classtags import written_params
from ..semantics.collections import WrappedArrayType
from ..semantics.symbols import LocalSymbol, MethodSymbol
from ..semantics.types import AppliedType, ArrayType, ClassType, TupleType, Type

# Prelude List methods whose result, though it holds a List, is a List in Scala whatever the receiver's kind.
_LIST_BOTH_WAYS = frozenset(("toList",))
# Builtins that only compare or hash their arguments (the same for every Seq kind).
_NEUTRAL_BUILTINS = frozenset(("any.equals", "any.javaEquals", "any.hashCode", "any.scalaHash"))


def kind_name(t: Type) -> tuple[str, str]:
    """What a value of type t is called in a message, and the name Scala prints it with as a Seq."""
    if isinstance(t, ArrayType):
        return ("a Vector", "Vector") if t.is_seq else ("an array", "WrappedArray")
    if isinstance(t, WrappedArrayType):
        return "a WrappedArray (an array's `toSeq`)", "WrappedArray"
    return "a range", "Range"


class SeqArguments:
    """The sites where a sequence became a Seq argument, and the check of the methods that take them."""

    def __init__(self) -> None:
        self.sites: list = []  # (method, its parameters, the parameter type, the argument's type, span)

    def __len__(self) -> int:  # (a body that notes a site is always typed: semantics/skipping.py _WATCHED)
        return len(self.sites)

    def note(self, method: MethodSymbol | None, params, expected: Type, actual: Type, span) -> None:
        if method is not None and params is not None:
            self.sites.append((method, params, expected, actual, span))

    def check(self, typer) -> None:
        seen: dict = {}
        for method, params, expected, actual, span in self.sites:
            indices = [i for i, p in enumerate(params) if p.tpe is expected] or \
                [i for i, p in enumerate(params) if p.tpe == expected]
            for i in indices:
                shown = _param_shows_kind(typer.program, method, i, seen)
                if shown is not None:
                    given, scala = kind_name(actual)
                    typer.unsupported(f"{given} given for the `Seq` parameter `{params[i].name}` of `{_named(method)}`, "
                                      f"which {shown} (a Seq is a List here and shows as `List(...)` where Scala "
                                      f"shows `{scala}(...)`),", span)
                    break


def check_repeated_arguments(typer, sites: list) -> None:
    """The calls giving a repeated parameter what Scala would not make a List (semantics/varargs.py): unsupported
    where the method shows its parameter's kind."""
    seen: dict = {}
    for method, (given, scala), span, tagged in sites:
        written = written_params(method.params)  # (a `T: ClassTag` bound's evidence follows the repeated one)
        if not written:
            continue
        index = method.params.index(written[-1])
        shown = _param_shows_kind(typer.program, method, index, seen, tagged)
        if shown is None:
            continue
        why = (f"a repeated parameter is a List here: it prints as Scala's `{scala}(...)`, but kept, matched, "
               "tested or made into another sequence it is a List" if tagged else
               f"a repeated parameter is a List here and shows as `List(...)` where Scala shows `{scala}(...)`")
        typer.unsupported(f"{given} for the repeated parameter `{method.params[index].name}` of `{_named(method)}`, "
                          f"which {shown} ({why}),", span)


def _named(method: MethodSymbol) -> str:
    """`f`, or `C.apply` (a case class's constructor, written `C(...)`)."""
    owner = getattr(method, "owner", None)
    if method.name == "apply" and owner is not None:
        return f"{owner.name.rpartition('.')[2]}.apply"
    return method.name


def _holds_list(t: Type, list_class) -> bool:
    """Whether t is a List or holds one (an Option, a tuple, an Iterator of Lists...)."""
    if isinstance(t, AppliedType):
        return t.symbol is list_class or any(_holds_list(a, list_class) for a in t.args)
    if isinstance(t, ClassType):
        return t.symbol is list_class
    if isinstance(t, TupleType):
        return any(_holds_list(e, list_class) for e in t.elements)
    return False


def _nests(outer: Type, inner: Type) -> bool:
    """Whether inner appears inside outer's type arguments or elements (not as outer itself)."""
    parts = outer.args if isinstance(outer, AppliedType) else outer.elements if isinstance(outer, TupleType) else ()
    return any(p == inner or _nests(p, inner) for p in parts)


def _param_shows_kind(program, method: MethodSymbol, index: int, seen: dict, tagged: bool = False) -> str | None:
    """How some implementation of method shows the kind of its parameter `index`, or None. tagged: the argument is
    made of cells that print as the kind Scala's is (prelude WrappedArgs), so the parameter itself may be printed
    (here or by a method it is passed on to); what is made of it, kept, matched or tested still shows another kind."""
    key = (id(method), index, tagged)
    if key in seen:
        return seen[key]
    seen[key] = None  # (a recursive call passing it on shows nothing by itself)
    found = None
    for m in _implementations(program, method):
        if m.params is not None and index < len(m.params) and isinstance(m.body, tir.Expr):
            found = _body_shows(program, m, m.params[index], seen, tagged)
            if found is not None:
                break
    seen[key] = found
    return found


def _body_shows(program, method: MethodSymbol, param: LocalSymbol, seen: dict, tagged: bool = False) -> str | None:
    body = method.body
    parents: dict = {}
    bodies = [body]
    visited = {id(method)}
    nodes: list = []
    while bodies:  # the method's body and the local defs it calls (they may read the parameter)
        b = bodies.pop()
        for node in tir.walk(b):
            nodes.append(node)
            for child in tir.children(node):
                parents[id(child)] = node
            if isinstance(node, tir.Call) and node.method.is_local and id(node.method) not in visited \
                    and isinstance(node.method.body, tir.Expr):
                visited.add(id(node.method))
                bodies.append(node.method.body)
    list_class = _list_class(param.tpe)
    names = {id(param)}
    changed = True
    while changed:  # the vals naming the parameter (a library expansion's `val xs = a`)
        changed = False
        for node in nodes:
            if isinstance(node, tir.LocalDef) and not node.sym.mutable and id(node.sym) not in names \
                    and _names(node.value, names):
                names.add(id(node.sym))
                changed = True
    for node in nodes:
        if isinstance(node, tir.LocalGet) and id(node.sym) in names:
            shown = _use_shows(program, node, parents, nodes, list_class, seen, body, tagged=tagged)
            if shown is not None:
                return shown
    return None


def _list_class(t: Type):
    return t.symbol if isinstance(t, ClassType) else None


def _names(value, names: set) -> bool:
    while isinstance(value, tir.Cast) and not value.checked:
        value = value.value
    return isinstance(value, tir.LocalGet) and id(value.sym) in names


def _use_shows(program, node: tir.Expr, parents: dict, nodes: list, list_class, seen: dict, body,
               depth: int = 0, tagged: bool = False) -> str | None:
    """Whether this use of a value of the given kind (the parameter, or a sequence made from it) shows its kind;
    tagged: the value prints as its kind (the parameter's own cells), so printing it shows nothing."""
    shown = _use_shows_kind(program, node, parents, nodes, list_class, seen, body, depth, tagged)
    return None if tagged and shown in _SHOWN_ALIKE else shown


# What a value printing as its kind shows as Scala's does: its text. (Kept, returned or put into something, it
# would reach code that makes other sequences of it, which are Lists here: `keep(1, 2).map(f)` is an ArrayBuffer in
# Scala.)
_SHOWN_ALIKE = frozenset(("prints it",))


def _use_shows_kind(program, node: tir.Expr, parents: dict, nodes: list, list_class, seen: dict, body,
                    depth: int, tagged: bool) -> str | None:
    if depth > 40:
        return "passes it on too deeply to follow"
    parent = parents.get(id(node))
    while isinstance(parent, (tir.Cast, tir.Block, tir.If)) and (
            not isinstance(parent, tir.Cast) or not parent.checked):
        if isinstance(parent, tir.Block) and parent.result is not node:
            return None  # a statement: its value is dropped
        if isinstance(parent, tir.If) and parent.cond is node:
            return None
        node, parent = parent, parents.get(id(parent))
    if parent is None:
        return "returns it" if node is body or _is_result(node, body) else None
    if isinstance(parent, tir.LocalDef):
        if parent.sym.mutable:
            return "keeps it in a variable"
        return _local_shows(program, parent.sym, parents, nodes, list_class, seen, body, depth, tagged)
    if isinstance(parent, (tir.ToString, tir.StringConcat)):
        return "prints it"
    if isinstance(parent, tir.Builtin):
        if parent.name in _NEUTRAL_BUILTINS:
            return None
        if parent.name.startswith("print") or "show" in parent.name or "string" in parent.name:
            return "prints it"
        return f"passes it to `{parent.name}`"
    if isinstance(parent, tir.TupleGet):  # a part of what `partition`, `span`... made
        if not _holds_list(parent.tpe, list_class):
            return None
        return _use_shows(program, parent, parents, nodes, list_class, seen, body, depth + 1)
    if isinstance(parent, tir.Match):
        return "matches it against patterns"
    if isinstance(parent, (tir.InstanceOf, tir.Cast)):
        return "tests its class"
    if isinstance(parent, tir.NewObject):
        return "stores it in an object"
    if isinstance(parent, tir.Call):
        callee = parent.method
        if parent.receiver is node:
            if callee.name == "toString":
                return "prints it"
            if callee.name in _LIST_BOTH_WAYS or not _holds_list(parent.tpe, list_class):
                return None  # its elements read, or a List in Scala too
            return _made_shows(program, parent, callee.name, parents, nodes, list_class, seen, body, depth)
        position = next((i for i, a in enumerate(parent.args) if a is node), None)
        if position is None or callee.params is None or position >= len(callee.params):
            return f"passes it to `{callee.name}`"
        if getattr(callee.owner, "from_prelude", False):
            # A library method: its elements taken (`ys ++ xs`, `ys.zip(xs)`), unless the value itself goes into
            # what it makes (`List(xs)`, `Some(xs)`)
            if _nests(parent.tpe, node.tpe):
                return f"puts it into a {getattr(parent.tpe, 'name', 'collection')}"
            return None
        if _holds_list(callee.params[position].tpe, list_class):
            inner = _param_shows_kind(program, callee, position, seen, tagged)
            return None if inner is None else f"passes it to `{callee.name}`, which {inner}"
        return f"passes it to `{callee.name}`"
    if isinstance(parent, tir.Return):
        return "returns it"
    if isinstance(parent, tir.Lambda):
        return "returns it from a function"
    if isinstance(parent, (tir.FieldSet, tir.LocalSet, tir.GlobalSet)):
        return "stores it"
    return f"uses it in a `{type(parent).__name__}`"


def _made_shows(program, made: tir.Expr, name: str, parents, nodes, list_class, seen, body, depth) -> str | None:
    """A sequence made from the parameter (`xs.map(f)`): of the parameter's kind in Scala; shown likewise?"""
    inner = _use_shows(program, made, parents, nodes, list_class, seen, body, depth + 1)
    return None if inner is None else f"makes `{name}` of it and {inner}"


def _local_shows(program, sym, parents, nodes, list_class, seen, body, depth, tagged=False) -> str | None:
    for n in nodes:
        if isinstance(n, tir.LocalGet) and n.sym is sym:
            shown = _use_shows(program, n, parents, nodes, list_class, seen, body, depth + 1, tagged)
            if shown is not None:
                return shown
    return None


def _is_result(node: tir.Expr, body: tir.Expr) -> bool:
    """Whether node is what body gives (through its blocks and ifs)."""
    if node is body:
        return True
    if isinstance(body, tir.Block) and body.result is not None:
        return _is_result(node, body.result)
    if isinstance(body, tir.If):
        return _is_result(node, body.then) or (body.otherwise is not None and _is_result(node, body.otherwise))
    return False
