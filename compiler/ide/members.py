"""What can follow a `.`: the members of a value's type (classes, MemorySegment, MemoryAllocator, String, arrays,
ranges, numbers, tuples) and of a static path (`wasi`, `memory`, an object, `math`, `Integer`), each with its
signature and a line of documentation."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import wasi as wasi_table
from ..intrinsics.library import ACCESSORS, MEMORY_ALLOCATOR, MEMORY_SEGMENT, WASI_CONSTANTS
from ..semantics import builtins
from ..semantics import symbols as sy
from ..semantics.classtags import is_evidence_field, written_params
from ..semantics.types import (BOOLEAN, CHAR, STRING, ArrayType, ClassType, FunctionType, TupleType, is_integral)
from . import describe

Params = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Member:
    """One member: params None for one written without parentheses; symbol the user's definition when it has one
    (its Scaladoc is then the documentation)."""

    name: str
    kind: str  # "method", "field", "value", "object", "class", "constant"
    params: Params | None
    result: str | None
    doc: str = ""
    symbol: Any = None
    mutable: bool = False

    @property
    def signature(self) -> str:
        if self.symbol is not None:
            return describe.signature(self.symbol)
        if self.kind in ("field", "value", "constant"):
            return f"{'var' if self.mutable else 'val'} {self.name}: {self.result or '?'}"
        params = "" if self.params is None else "(" + ", ".join(f"{n}: {t}" for n, t in self.params) + ")"
        return f"def {self.name}{params}: {self.result or '?'}"


def _m(name: str, params: Params | None, result: str, doc: str) -> Member:
    return Member(name, "method", params, result, doc)


# ------------------------------------------------------------------------------------------------ user symbols


def symbol_member(sym) -> Member | None:
    if isinstance(sym, sy.MethodSymbol):
        params = None if sym.params is None else tuple((p.name, describe.type_name(p.tpe))
                                                       for p in written_params(sym.params))
        return Member(sym.name, "method", params, describe.type_name(sym.result), symbol=sym)
    if isinstance(sym, sy.FieldSymbol):
        return Member(sym.name, "field", None, describe.type_name(sym.tpe), symbol=sym, mutable=sym.mutable)
    if isinstance(sym, sy.ObjectSymbol):
        return Member(sym.name, "object", None, None, symbol=sym)
    if isinstance(sym, sy.ClassSymbol):
        return Member(sym.name, "class", None, None, symbol=sym)
    return None


def _owner_members(owner, inside: bool) -> list[Member]:
    """Fields and methods of a class or object (and of the classes it extends, when the hierarchy is known);
    inside: asked from the owner's own code, where private members and plain constructor parameters are visible."""
    out: list[Member] = []
    seen: set[str] = set()
    for cls in _linearization(owner):
        for f in getattr(cls, "fields", {}).values():
            plain = isinstance(getattr(f, "defn", None), _class_param_type()) and getattr(f.defn, "binding", None) is None
            if f.name in seen or ((plain or _private(f)) and not inside) or is_evidence_field(f):
                continue
            seen.add(f.name)
            out.append(symbol_member(f))
        methods = cls.every_method() if hasattr(cls, "every_method") else getattr(cls, "methods", {}).values()
        for m in methods:
            if m.is_constructor or (_private(m) and not inside) or (m.name in seen and not _overload_of(m, out)):
                continue
            seen.add(m.name)
            out.append(symbol_member(m))
        for nested_kind in ("objects", "classes"):
            pass
    return out


def _overload_of(m, out: list[Member]) -> bool:
    return any(x.name == m.name and isinstance(x.symbol, sy.MethodSymbol) and x.symbol.owner is m.owner for x in out)


def _linearization(owner) -> list:
    """The owner, then what it extends: whichever of the attributes the hierarchy provides (degrades to the owner
    alone while classes have no superclass)."""
    chain = [owner]
    seen = {id(owner)}
    current = owner
    while True:
        parent = getattr(current, "superclass", None) or getattr(current, "parent", None)
        if parent is None or id(parent) in seen or not hasattr(parent, "fields"):
            break
        seen.add(id(parent))
        chain.append(parent)
        current = parent
    return chain


def _class_param_type():
    from ..syntax import ast

    return ast.ClassParam


def _private(sym) -> bool:
    defn = getattr(sym, "defn", None)
    modifiers = getattr(defn, "modifiers", None) or ()
    access = getattr(defn, "access", None) or ""
    return any(str(m).startswith("private") for m in modifiers) or access.startswith("private")


# ------------------------------------------------------------------------------------------------ library types

_SEGMENT_DOC = {"get": "Reads a {w}-byte little-endian {t} at `offset` bytes into the segment (bounds-checked unless "
                       "proven in bounds or the build is unchecked).",
                "set": "Writes a {w}-byte little-endian {t} at `offset` bytes into the segment (bounds-checked unless "
                       "proven in bounds or the build is unchecked)."}


def _segment_members() -> list[Member]:
    out = [Member("start", "field", None, "Int", "The segment's first byte address in linear memory."),
           Member("size", "field", None, "Int", "The segment's length in bytes.")]
    for suffix, (tpe, width) in ACCESSORS.items():
        out.append(_m(f"get{suffix}", (("offset", "Int"),), tpe.name,
                      _SEGMENT_DOC["get"].format(w=width, t=tpe.name)))
        out.append(_m(f"set{suffix}", (("offset", "Int"), ("value", tpe.name)), "Unit",
                      _SEGMENT_DOC["set"].format(w=width, t=tpe.name)))
    return out


_ALLOCATOR_MEMBERS = [_m("allocate", (("size", "Int"),), "MemorySegment",
                         "Reserves `size` bytes of linear memory, 8-byte aligned, until the allocator's scope ends.")]

_STRING_CORE = [
    Member("length", "method", (), "Int", "The number of UTF-16 code units."),
    Member("isEmpty", "method", (), "Boolean", "Whether the string has no characters."),
    _m("charAt", (("index", "Int"),), "Char", "The character at `index`."),
    _m("apply", (("index", "Int"),), "Char", "The character at `index` (`s(i)`)."),
    _m("substring", (("beginIndex", "Int"),), "String", "The characters from `beginIndex` to the end."),
    _m("substring", (("beginIndex", "Int"), ("endIndex", "Int")), "String",
       "The characters from `beginIndex` up to (not including) `endIndex`."),
    _m("format", (("args", "Any*"),), "String", "The string as a format (`%d`, `%s`, `%.2f`, ...) applied to args."),
]

_CONVERSION_DOC = "Converts the number to {t} (as the JVM does: truncating, wrapping or widening)."


def _number_members(t) -> list[Member]:
    out = [Member(name, "method", None, target.name, _CONVERSION_DOC.format(t=target.name))
           for name, target in builtins.CONVERSIONS.items()]
    out += [_m("max", (("that", t.name),), t.name, "The larger of the two."),
            _m("min", (("that", t.name),), t.name, "The smaller of the two."),
            Member("abs", "method", None, t.name, "The absolute value.")]
    return out


def _prelude_members(t, prelude) -> list[Member]:
    """The prelude's Scala methods on this receiver type (`s.trim` is `StringLib.trim(s)`): signatures from the
    prelude's own definitions, less the receiver parameter."""
    from ..prelude.library import receiver_methods

    found = receiver_methods(t)
    if found is None or prelude is None:
        return []
    table, owner_name = found
    owner = prelude.objects.get(owner_name)
    if owner is None:
        return []
    out = []
    for name, target in table.items():
        for m in owner.overloads.get(target) or ([owner.methods[target]] if target in owner.methods else []):
            params = m.params or []
            if not params or params[0].tpe != t:
                continue
            rest = tuple((p.name, describe.type_name(p.tpe)) for p in params[1:])
            out.append(Member(name, "method", rest if rest or name in _WITH_PARENS else None,
                              describe.type_name(m.result), f"From the prelude's `{owner_name}.{target}`."))
    return out


_WITH_PARENS = {"trim", "toUpperCase", "toLowerCase", "toCharArray"}


def _array_members(t: ArrayType) -> list[Member]:
    e = t.element.name
    out = [Member("length", "method", None, "Int", "The number of elements."),
           Member("size", "method", None, "Int", "The number of elements."),
           Member("isEmpty", "method", None, "Boolean", "Whether there are no elements."),
           Member("nonEmpty", "method", None, "Boolean", "Whether there is an element."),
           _m("apply", (("i", "Int"),), e, "The element at index `i` (`a(i)`)."),
           Member("toArray", "method", None, f"Array[{e}]", "A copy as an array."),
           Member("toIndexedSeq", "method", None, f"IndexedSeq[{e}]", "A copy as an IndexedSeq."),
           _m("foreach", (("f", f"{e} => Unit"),), "Unit", "Runs `f` on each element, in order."),
           _m("map", (("f", f"{e} => B"),), f"{'IndexedSeq' if t.is_seq else 'Array'}[B]",
              "The results of `f` on each element."),
           _m("filter", (("p", f"{e} => Boolean"),), t.name, "The elements for which `p` holds."),
           _m("filterNot", (("p", f"{e} => Boolean"),), t.name, "The elements for which `p` does not hold."),
           _m("exists", (("p", f"{e} => Boolean"),), "Boolean", "Whether `p` holds for some element."),
           _m("forall", (("p", f"{e} => Boolean"),), "Boolean", "Whether `p` holds for every element."),
           _m("count", (("p", f"{e} => Boolean"),), "Int", "How many elements `p` holds for."),
           Member("reverse", "method", None, t.name, "The elements in reverse order."),
           Member("head", "method", None, e, "The first element (NoSuchElementException when empty)."),
           Member("last", "method", None, e, "The last element."),
           _m("contains", (("elem", e),), "Boolean", "Whether some element equals `elem`."),
           _m("indexOf", (("elem", e),), "Int", "The index of the first element equal to `elem`, or -1."),
           _m("indexOf", (("elem", e), ("from", "Int")), "Int",
              "The index of the first element equal to `elem` at or after `from`, or -1."),
           Member("mkString", "method", None, "String", "The elements' strings joined."),
           _m("mkString", (("sep", "String"),), "String", "The elements' strings joined by `sep`."),
           _m("mkString", (("start", "String"), ("sep", "String"), ("end", "String")), "String",
              "`start`, the elements' strings joined by `sep`, then `end`."),
           _m("take", (("n", "Int"),), t.name, "The first `n` elements."),
           _m("drop", (("n", "Int"),), t.name, "All but the first `n` elements."),
           _m("takeRight", (("n", "Int"),), t.name, "The last `n` elements."),
           _m("dropRight", (("n", "Int"),), t.name, "All but the last `n` elements."),
           _m("slice", (("from", "Int"), ("until", "Int")), t.name, "The elements from `from` up to `until`."),
           ]
    if t.element.is_numeric:
        out += [Member("sum", "method", None, e, "The sum of the elements."),
                Member("min", "method", None, e, "The smallest element."),
                Member("max", "method", None, e, "The largest element.")]
    if t.element.is_numeric or t.element is STRING:
        out.append(Member("sorted", "method", None, t.name, "The elements in ascending order (a stable sort)."))
    if not t.is_seq:
        out += [_m("update", (("i", "Int"), ("x", e)), "Unit", "Sets the element at index `i` (`a(i) = x`)."),
                Member("clone", "method", (), t.name, "A copy of the array."),
                _m("sortWith", (("lt", f"({e}, {e}) => Boolean"),), t.name,
                   "The elements sorted by `lt` (stable)."),
                Member("zipWithIndex", "method", None, f"Array[({e}, Int)]", "Each element paired with its index."),
                _m("copyToArray", (("xs", t.name), ("start", "Int"), ("len", "Int")), "Unit",
                   "Copies up to `len` elements into `xs` from index `start`.")]
    return out


def _range_members() -> list[Member]:
    out = [Member(n, "method", None, tpe, doc) for n, tpe, doc in (
        ("length", "Int", "The number of elements."), ("size", "Int", "The number of elements."),
        ("sum", "Int", "The sum of the elements."), ("isEmpty", "Boolean", "Whether the range is empty."),
        ("nonEmpty", "Boolean", "Whether the range has an element."), ("head", "Int", "The first element."),
        ("last", "Int", "The last element."), ("start", "Int", "The first bound."), ("end", "Int", "The last bound."),
        ("step", "Int", "The step between elements."), ("toArray", "Array[Int]", "The elements as an array."),
        ("reverse", "Range", "The elements in reverse order."))]
    out += [_m("contains", (("x", "Int"),), "Boolean", "Whether `x` is an element."),
            _m("by", (("step", "Int"),), "Range", "The same bounds with another step."),
            _m("foreach", (("f", "Int => Unit"),), "Unit", "Runs `f` on each element."),
            _m("map", (("f", "Int => B"),), "IndexedSeq[B]", "The results of `f` on each element."),
            _m("filter", (("p", "Int => Boolean"),), "IndexedSeq[Int]", "The elements for which `p` holds."),
            _m("exists", (("p", "Int => Boolean"),), "Boolean", "Whether `p` holds for some element."),
            _m("forall", (("p", "Int => Boolean"),), "Boolean", "Whether `p` holds for every element."),
            _m("count", (("p", "Int => Boolean"),), "Int", "How many elements `p` holds for.")]
    out += [Member(n, "method", None, tpe, doc) for n, tpe, doc in (
        ("product", "Int", "The product of the elements."), ("tail", "Range", "All elements but the first."),
        ("init", "Range", "All elements but the last."), ("isInclusive", "Boolean", "Whether `end` is included."),
        ("inclusive", "Range", "The same bounds with `end` included."), ("indices", "Range", "0 until length."),
        ("toVector", "IndexedSeq[Int]", "The elements as a Vector."), ("toSeq", "Range", "The range itself."))]
    out += [_m(n, (("n", "Int"),), "Range", doc) for n, doc in (
        ("take", "The first n elements."), ("drop", "All but the first n elements."),
        ("takeRight", "The last n elements."), ("dropRight", "All but the last n elements."))]
    out += [_m("apply", (("i", "Int"),), "Int", "The element at index `i` (`r(i)`)."),
            _m("slice", (("from", "Int"), ("until", "Int")), "IndexedSeq[Int]", "The elements from..until."),
            _m("splitAt", (("n", "Int"),), "(Range, Range)", "(take(n), drop(n))."),
            _m("takeWhile", (("p", "Int => Boolean"),), "Range", "The longest prefix where `p` holds."),
            _m("dropWhile", (("p", "Int => Boolean"),), "Range", "The rest after that prefix."),
            _m("foldLeft", (("z", "B"), ("op", "(B, Int) => B")), "B", "Combines the elements from the left."),
            _m("foldRight", (("z", "B"), ("op", "(Int, B) => B")), "B", "Combines the elements from the right."),
            _m("reduce", (("op", "(Int, Int) => Int"),), "Int", "Combines the elements (not empty)."),
            _m("sortBy", (("f", "Int => B"),), "IndexedSeq[Int]", "Stably sorted by the key `f` gives."),
            _m("zip", (("that", "IndexedSeq[B]"),), "IndexedSeq[(Int, B)]", "Pairs of elements at equal indices.")]
    return out


# Fields of the prelude's library classes that are their representation, not Scala's API.
_LIBRARY_INTERNALS = frozenset(("mag", "chars", "count"))

_UNIVERSAL = [Member("toString", "method", None, "String", "The value's string form, as the JVM prints it.")]


def members_of_type(t, prelude=None, inside=None) -> list[Member]:
    """The members of a value of type t (empty for a type this does not know: no failure on new kinds of types).
    inside: the class or object whose code asks (its private members are visible there)."""
    from ..semantics.collections import RANGE

    if t is None:
        return []
    out: list[Member] = []
    if t is MEMORY_SEGMENT:
        return _segment_members()
    if t is MEMORY_ALLOCATOR:
        return list(_ALLOCATOR_MEMBERS)
    if isinstance(t, ClassType) and isinstance(t.symbol, sy.ClassSymbol):
        out = _owner_members(t.symbol, inside is t.symbol)
        if getattr(t.symbol, "jvm_name", None):  # a prelude library class: not its representation's fields
            out = [m for m in out if m.name not in _LIBRARY_INTERNALS]
    elif t is STRING:
        out = _STRING_CORE + _prelude_members(t, prelude)
    elif isinstance(t, ArrayType):
        out = _array_members(t)
    elif t is RANGE:
        out = _range_members()
    elif isinstance(t, TupleType):
        out = [Member(f"_{i + 1}", "field", None, e.name, f"Element {i + 1} of the tuple.")
               for i, e in enumerate(t.elements)]
    elif isinstance(t, FunctionType):
        out = [_m("apply", tuple((f"v{i + 1}", p.name) for i, p in enumerate(t.params)), t.result.name,
                  "Calls the function.")]
    elif t.is_numeric or t is BOOLEAN:
        out = (_number_members(t) if t.is_numeric else []) + (_prelude_members(t, prelude)
                                                              if t is CHAR or is_integral(t) else [])
    if not any(m.name == "toString" for m in out):
        out = out + _UNIVERSAL
    return out


# ------------------------------------------------------------------------------------------------ static paths


def wasi_members() -> list[Member]:
    """`wasi.*`: every preview1 function under its camelCase name, with its parameter names and core types."""
    out = []
    for name, (kinds, results) in wasi_table.SIGNATURES.items():
        names = wasi_table.PARAM_NAMES.get(name, tuple(f"p{i}" for i in range(len(kinds))))
        params = tuple((wasi_param_name(n), "Int" if k == "i32" else "Long") for n, k in zip(names, kinds))
        doc = wasi_doc(name)
        out.append(Member(wasi_table.camel_case(name), "method", params, "Int" if results else "Nothing", doc))
    for name, value in WASI_CONSTANTS.items():
        out.append(Member(name, "constant", None, "Int", f"File descriptor {value}."))
    return out


def wasi_param_name(name: str) -> str:
    return wasi_table.camel_case(name)


def wasi_doc(name: str) -> str:
    note = wasi_table.NOTES.get(name)
    kinds, results = wasi_table.SIGNATURES[name]
    text = f"WASI preview1 `{name}`"
    text += ("; returns its errno (0 = success)." if results else "; does not return.")
    return text + (f" {note[0].upper()}{note[1:]}." if note else "")


_MEMORY_MEMBERS = [_m("withMemoryAllocator", (("body", "MemoryAllocator => T"),), "T",
                      "Opens a linear-memory allocation scope; every segment allocated in `body` is freed when it "
                      "returns.")]
_PRINTS = [_m("println", (("x", "Any"),), "Unit", "Prints x's string form and a line break."),
           _m("print", (("x", "Any"),), "Unit", "Prints x's string form.")]
_MATH_DOC = "As java.lang.StrictMath computes it."


def static_members(path: str, prelude=None) -> list[Member]:
    """The members of a qualified name that is not a value: `wasi`, `memory`, `math`, `Integer`, `Int`, ..."""
    if path == "wasi":
        return wasi_members()
    if path in ("memory", "scala.scalajs.wasm.memory"):
        return list(_MEMORY_MEMBERS)
    if path in ("System.out", "Console", "scala.Console", "java.lang.System.out"):
        return list(_PRINTS)
    if path == "sys":
        return [_m("exit", (("status", "Int"),), "Nothing", "Ends the program with this exit status.")]
    out: list[Member] = []
    prefix = path + "."
    for key, (tpe, value) in builtins.CONSTANTS.items():
        rest = key[len(prefix):]
        if key.startswith(prefix) and "." not in rest:
            out.append(Member(rest, "constant", None, tpe.name, f"`{value!r}`"))
    if prefix in builtins.MATH_PREFIXES:
        for name in sorted(builtins.MATH_FUNCTIONS | builtins.LIBRARY_MATH_FUNCTIONS):
            out.append(Member(name, "method", (("x", "Double"),), "Double", _MATH_DOC))
    from ..prelude.library import statics_under

    for name, (owner_name, target) in statics_under(path).items():
        owner = prelude.objects.get(owner_name) if prelude is not None else None
        alts = (owner.overloads.get(target) or [owner.methods[target]]) if owner and target in owner.methods else []
        for m in alts[:2]:
            params = tuple((p.name, describe.type_name(p.tpe)) for p in written_params(m.params))
            out.append(Member(name, "method", params, describe.type_name(m.result),
                              f"From the prelude's `{owner_name}.{target}`."))
        if not alts:
            out.append(Member(name, "method", (), None, ""))
    return out


def object_members(obj, inside: bool = False) -> list[Member]:
    """An object's fields and methods, and the objects and classes nested in it."""
    out = _owner_members(obj, inside)
    defn = getattr(obj, "defn", None)
    for stat in getattr(defn, "body", ()) or ():
        kind = type(stat).__name__
        if kind in ("ObjectDef", "ClassDef"):
            out.append(Member(stat.name, "object" if kind == "ObjectDef" else "class", None, None))
    return out
