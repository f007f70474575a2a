"""scala.collection.mutable's ArrayBuffer, ListBuffer, Stack, Queue, HashMap, HashSet and the immutable Map and Set:
their names, factories and methods, reached through the type checker's extension hooks.

The classes are Scala in the prelude (buffers.scala, maps.scala) holding erased elements; they keep the storage,
lookups and in-place updates. Every other method (`map`, `filter`, `foldLeft`, `sortBy`, `mkString`, `sum`, ...)
is the array method of the same name applied to the collection's elements (`elems` / `pairs`, a copy at the
caller's element type, in the collection's iteration order), its array result made into a collection of the
receiver's kind again where Scala's would be one (`buf.filter(p)` is an ArrayBuffer, `map.filter(p)` a Map).
"""
from __future__ import annotations

from ..semantics import tir
from ..semantics.collections import RangeType, WrappedArrayType, as_vector
from ..semantics.context import Context, Scope
from .collection_keys import KeyedCalls, fresh
from .library import ListAsWritten
from .seq_via_list import drop_one
from ..semantics.varargs import is_splat
from ..semantics.typer import Typer, TyperExtension
from ..semantics.types import (BOOLEAN, CHAR, ERROR, INT, NOTHING, STRING, UNIT, AppliedType, ArrayType, ClassType, FunctionType, TupleType,
                               Type, conforms, lub)
from ..syntax import ast

_MUTABLE = ("mutable.", "scala.collection.mutable.", "collection.mutable.")
_IMMUTABLE = ("immutable.", "scala.collection.immutable.", "collection.immutable.", "scala.")

# Scala's name (qualified as a program may write it) -> the prelude class.
_NAMES: dict[str, str] = {}
for _scala, _cls in (("ArrayBuffer", "ArrayBuffer"), ("ListBuffer", "ListBuffer"), ("Stack", "MutableStack"),
                     ("Queue", "MutableQueue"), ("HashMap", "MutableMap"), ("Map", "MutableMap"),
                     ("HashSet", "MutableSet"), ("Set", "MutableSet")):
    for _prefix in _MUTABLE:
        _NAMES[_prefix + _scala] = _cls
for _scala, _cls in (("Map", "ImmutableMap"), ("Set", "ImmutableSet")):
    for _prefix in ("", *_IMMUTABLE, "Predef."):
        _NAMES[_prefix + _scala] = _cls
for _scala in ("ArrayBuffer", "ListBuffer", "HashMap", "HashSet", "Stack", "Queue"):
    _NAMES.setdefault(_scala, _NAMES["mutable." + _scala])  # imported from scala.collection.mutable

SEQUENCES = {"ArrayBuffer", "ListBuffer", "MutableStack", "MutableQueue"}
SETS = {"ImmutableSet", "MutableSet"}
MAPS = {"ImmutableMap", "MutableMap"}
# What a mutable map's `keys` and any map's `values` are (each a buffer of the elements with its own toString).
VIEWS = {"MapKeys", "MapValues", "MutableMapValues"}
PRELUDE_CLASSES = SEQUENCES | SETS | MAPS | VIEWS
JVM_NAMES = {"ArrayBuffer": "scala.collection.mutable.ArrayBuffer", "ListBuffer": "scala.collection.mutable.ListBuffer",
             "MutableStack": "scala.collection.mutable.Stack", "MutableQueue": "scala.collection.mutable.Queue",
             "MutableMap": "scala.collection.mutable.HashMap", "MutableSet": "scala.collection.mutable.HashSet",
             "ImmutableMap": "scala.collection.immutable.Map", "ImmutableSet": "scala.collection.immutable.Set",
             "MapKeys": "scala.collection.Set", "MapValues": "scala.collection.Iterable",
             "MutableMapValues": "scala.collection.Iterable"}

# The names messages and hovers show for the classes' types (`Map[String, Int]`, `mutable.Map[String, Int]`).
DISPLAY_NAMES = {"ArrayBuffer": "ArrayBuffer", "ListBuffer": "ListBuffer", "MutableStack": "mutable.Stack",
                 "MutableQueue": "mutable.Queue", "MutableMap": "mutable.Map", "MutableSet": "mutable.Set",
                 "ImmutableMap": "Map", "ImmutableSet": "Set", "MapKeys": "collection.Set", "MapValues": "Iterable",
                 "MutableMapValues": "Iterable"}

# Array methods whose array result is, on a collection, a collection of the same kind.
_SAME_KIND = frozenset(
    "map filter filterNot sorted sortBy sortWith reverse take drop takeRight dropRight slice tail init distinct "
    "takeWhile dropWhile zipWithIndex zip collect flatMap".split())
# ... and which of them keep a set a set, a map a map (others give a sequence: `set.toList`, `map.map(_._2)`).
_SET_KEEPS = frozenset("map filter filterNot take drop takeRight dropRight slice tail init takeWhile dropWhile "
                       "collect flatMap".split())
# java.util's classes the prelude writes (Arrays' statics in library.py, Comparator in javautil.scala).
_JAVA_UTIL_PROVIDED = frozenset(("Arrays", "Comparator"))
# Array methods giving an array of the elements (or pairs of them), which on a collection Scala's builder makes a
# collection of the receiver's kind (`set.zipWithIndex` a Set, `map.zipWithIndex` a Map, `buf.padTo` a buffer).
_BUILT_LIKE = frozenset("zipWithIndex zip zipAll padTo scanLeft scanRight patch updated union diff intersect ++ :+ +: "
                        "filter map flatMap collect".split())
# ... and those giving several arrays (in a tuple, a List or an Iterator): not provided on the collections here.
_SPLITTING = frozenset("grouped sliding partition span splitAt unzip unzip3 transpose inits tails permutations "
                       "combinations".split())
# A mutable map's methods that take a key, as its Int-keyed forms: name -> (prelude method, argument count).
_INT_KEYED = {"apply": ("applyInt", 1), "update": ("updateInt", 2), "contains": ("containsInt", 1),
              "isDefinedAt": ("containsInt", 1)}
# Methods of one argument usable as function values (`xs.flatMap(m.get)`), by kind: name -> the parameter (the
# key or element type, or an index).
_ETA: dict[str, dict[str, str]] = {
    **{k: {"get": "key", "apply": "key", "contains": "key", "isDefinedAt": "key"} for k in ("ImmutableMap",)},
    "MutableMap": {"get": "key", "apply": "key", "contains": "key", "isDefinedAt": "key", "remove": "key"},
    "ImmutableSet": {"contains": "elem", "apply": "elem"},
    "MutableSet": {"contains": "elem", "apply": "elem", "add": "elem", "remove": "elem", "+=": "elem"},
    **{k: {"apply": "index", "contains": "elem", "+=": "elem", "append": "elem"} for k in ("ArrayBuffer", "ListBuffer")},
}
# Conversions of arrays, IndexedSeqs and ranges into the collections here.
_CONVERSIONS = {"toSet": "ImmutableSet", "toMap": "ImmutableMap", "toBuffer": "ArrayBuffer", "groupBy": None,
                "minBy": None, "maxBy": None}


class CollectionCalls(KeyedCalls, TyperExtension):
    """Types the collections the prelude writes (loaded on first use)."""

    def __init__(self, prelude: tir.Program | None = None) -> None:
        self._prelude = prelude

    @property
    def prelude(self) -> tir.Program:
        if self._prelude is None:
            from . import load_prelude

            self._prelude = load_prelude()
        return self._prelude

    # ------------------------------------------------------------------------------------------ names

    def class_for(self, typer: Typer, name: str) -> str | None:
        """The prelude class a written name stands for, or None (a program's own class of that name wins)."""
        cls = _NAMES.get(name)
        if cls is None:
            return None
        if "." not in name:
            if name in typer.program.classes or self.java_util_import(typer, name):
                return None
            if name in ("Map", "Set") and self._imports_mutable(typer, name):
                return "Mutable" + name
        return cls

    def java_util_import(self, typer: Typer, name: str) -> bool:
        """Whether the program imports java.util's class of this plain name (`import java.util.HashMap`): not
        scala.collection.mutable's, whose methods and toString differ."""
        for imp in self._all_imports(typer):
            if imp.path == ["java", "util"] and name in imp.selectors and imp.aliases.get(name, name) == name:
                return True
            if imp.path == ["java", "util", name] and not imp.selectors:
                return True
        return False

    def java_util_class(self, typer: Typer, name: str) -> str | None:
        """`java.util.X` for a java.util class the prelude does not write (it has Arrays' statics and Comparator),
        named qualified or imported; None for other names."""
        if name.startswith("java.util.") and name.count(".") == 2:
            member = name[len("java.util."):]
        elif "." not in name and name not in typer.program.classes and self.java_util_import(typer, name):
            member = name
        else:
            return None
        return None if member in _JAVA_UTIL_PROVIDED else "java.util." + member

    def _all_imports(self, typer: Typer) -> list:
        imports = list(typer.file_imports)
        for owner in (*typer.program.objects.values(), *typer.program.classes.values()):
            imports.extend(getattr(owner, "imports", ()) or ())
        return imports

    def _imports_mutable(self, typer: Typer, name: str) -> bool:
        """Whether the program imports scala.collection.mutable's Map (or Set) under its plain name."""
        for imp in self._all_imports(typer):
            if imp.path[-1:] == ["mutable"] and (name in imp.selectors or "_" in imp.selectors) \
                    and imp.aliases.get(name, name) == name:
                return True
            if imp.path[-2:] == ["mutable", name] and not imp.selectors:
                return True
        return False

    def symbol(self, name: str):
        return self.prelude.classes[name]

    def kind_of(self, t: Type) -> str | None:
        """The prelude class name of a collection type, or None."""
        if isinstance(t, AppliedType) and getattr(t.symbol, "name", None) in PRELUDE_CLASSES \
                and t.symbol is self.prelude.classes.get(t.symbol.name):
            return t.symbol.name
        return None

    def resolve_applied_type(self, typer: Typer, name: str, args) -> Type | None:
        cls = self.class_for(typer, name)
        if cls is None:
            return None  # (a java.util class: the typer reports its generic type unsupported)
        symbol = self.symbol(cls)
        if len(args) != len(symbol.type_params):
            return None
        resolved = tuple(typer.resolve_type(a) for a in args)
        if ERROR in resolved:
            return ERROR
        return AppliedType(symbol, resolved)

    # ------------------------------------------------------------------------------------------ factories

    def apply_ident(self, typer: Typer, node: ast.Apply, ctx, expected):
        cls = self.class_for(typer, node.fn.name)
        if cls is None:
            return None
        return self.factory(typer, cls, node.args, node.type_args, node.span, ctx, expected)

    def static_path(self, path: str) -> bool:
        owner, _, member = path.rpartition(".")
        return (path in _NAMES and "." in path) or (member in ("apply", "empty") and owner in _NAMES)

    def builtin_call(self, typer: Typer, path: str, arg_nodes, node, ctx):
        owner, _, member = path.rpartition(".")
        if member in ("apply", "empty") and owner in _NAMES:
            path = owner
        cls = self.class_for(typer, path)
        if cls is None:
            return None
        if member == "empty" and arg_nodes:
            return typer.unsupported(f"`{path}.empty` with arguments", node.span)
        return self.factory(typer, cls, list(arg_nodes), list(getattr(node, "type_args", ()) or ()), node.span,
                            ctx, typer.call_sites.get(node.span, ((), None))[1])

    def select_path(self, typer: Typer, path: str, node, ctx):
        """`Map.empty`, `mutable.ArrayBuffer.empty` (no type arguments: the expected type's)."""
        owner, _, member = path.rpartition(".")
        if member != "empty" or owner not in _NAMES:
            return None
        cls = self.class_for(typer, owner)
        if cls is None:
            return None
        return self.factory(typer, cls, [], [], node.span, ctx, None)

    def new(self, typer: Typer, node: ast.New, ctx):
        name = ".".join((*node.tpe.qualifier, node.tpe.name))
        cls = self.class_for(typer, name)
        if cls is None:
            java = self.java_util_class(typer, name)
            if java is not None:
                for a in node.args:
                    typer.type_expr(a, ctx)
                return typer.unsupported(f"the class `{java}`", node.tpe.span)
            return None
        if node.args and not (cls in SEQUENCES and len(node.args) == 1):
            return typer.unsupported(f"`new {name}` with these arguments", node.span)
        for a in node.args:  # an initial size: only the capacity, which nothing observes
            typer.type_expr(a, ctx)
        return self.factory(typer, cls, [], list(node.tpe.args), node.span, ctx, None)

    def factory(self, typer: Typer, cls: str, arg_nodes: list, type_arg_refs: list, span, ctx, expected):
        """`C[T](a, b)`, `C(a, b)`, `C()` with the expected type's arguments, `Map(k -> v, ...)`; `C(xs: _*)`
        holds the elements of a sequence or collection xs."""
        if len(arg_nodes) == 1 and is_splat(arg_nodes[0]):
            source = typer.type_expr(arg_nodes[0].operand, ctx)
            if source.tpe is ERROR:
                return source
            return self.convert_to(typer, self.as_array(typer, source, span, ctx) or typer.unsupported(
                f"`{JVM_NAMES[cls]}(xs: _*)` of a {source.tpe.name}", arg_nodes[0].span), cls, span, ctx)
        symbol = self.symbol(cls)
        arity = len(symbol.type_params)
        if type_arg_refs:
            if len(type_arg_refs) != arity:
                return typer.unsupported(f"{JVM_NAMES[cls]} with {len(type_arg_refs)} type arguments", span)
            targs = [typer.resolve_type(r) for r in type_arg_refs]
            if ERROR in targs:
                return tir.ErrorNode(span, ERROR)
        else:
            targs = None
            if isinstance(expected, AppliedType) and expected.symbol is symbol:
                targs = list(expected.args)
        items = []
        hints = (targs if cls in MAPS else [targs[0]]) if targs else None
        for a in arg_nodes:
            hint = TupleType(tuple(hints)) if cls in MAPS and hints else (hints[0] if hints else None)
            item = typer.type_expr(a, ctx, hint)
            if item.tpe is ERROR:
                return tir.ErrorNode(span, ERROR)
            items.append(item)
        if targs is None:
            targs = self.infer(typer, cls, items, span)
            if targs is None:
                return tir.ErrorNode(span, ERROR)
            for item in items:  # an empty collection among them (`Set()`) is one of the others' type
                _retag_empty(item, TupleType(tuple(targs)) if cls in MAPS else targs[0])
        made = self.empty(typer, cls, targs, span, ctx)
        if not items:
            return made
        adder = "+" if cls in ("ImmutableMap", "ImmutableSet") else ("+=" if cls == "MutableMap" else "add")
        if cls == "MutableSet":
            adder = "+="
        if cls == "MutableStack":
            items = items[::-1]  # pushed from the last: `Stack(1, 2, 3)` has 1 on top
        return self.fill(typer, made, cls, [ast.Typed(i.span, i) for i in items], adder, span, ctx)

    def infer(self, typer: Typer, cls: str, items: list[tir.Expr], span) -> list[Type] | None:
        if not items:
            return [NOTHING] * len(self.symbol(cls).type_params)
        if cls in MAPS:
            if not all(isinstance(i.tpe, TupleType) and len(i.tpe.elements) == 2 for i in items):
                typer.unsupported(f"{JVM_NAMES[cls]}(...) of values that are not pairs", span)
                return None
            parts = [[i.tpe.elements[0] for i in items], [i.tpe.elements[1] for i in items]]
        else:
            parts = [[i.tpe for i in items]]
        out = []
        for types in parts:
            t = types[0]
            for other in types[1:]:
                t = _lub_empty(t, other)
                if t is None:
                    typer.unsupported(f"{JVM_NAMES[cls]}(...) of values of unrelated types", span)
                    return None
            out.append(t)
        return out

    def empty(self, typer: Typer, cls: str, targs: list[Type], span, ctx) -> tir.Expr:
        symbol = self.symbol(cls)
        tpe = AppliedType(symbol, tuple(targs))
        if cls in ("ImmutableMap", "ImmutableSet"):
            method = self.prelude.objects["Collections"].methods["emptyMap" if cls == "ImmutableMap" else "emptySet"]
            return typer.make_call(method, None, [], span, ctx, dict(zip(method.type_params, targs)))
        return tir.NewObject(span, tpe, symbol, [], None)

    def fill(self, typer: Typer, made: tir.Expr, cls: str, item_nodes: list, adder: str, span, ctx):
        """The collection made, then each item added in order (`+` for the immutable ones)."""
        immutable = cls in ("ImmutableMap", "ImmutableSet")
        temp = typer.temp(made.tpe, span, ctx)
        temp.mutable = immutable
        get = tir.LocalGet(span, made.tpe, temp)
        stats: list[tir.Expr] = [tir.LocalDef(span, UNIT, temp, made)]
        for item in item_nodes:
            call = typer.select_on_value(get, adder, span, span, [item], ctx)
            if call.tpe is ERROR:
                return call
            stats.append(tir.LocalSet(span, UNIT, temp, typer.adapt(call, made.tpe)) if immutable
                         else typer.discard(call))
        return tir.Block(span, made.tpe, stats, get)

    def add_each(self, typer: Typer, target: tir.Expr, cls: str, source: tir.Expr, adder: str, span, ctx) -> tir.Expr:
        """`for (x <- source) target = target adder x` (or `target adder x` for a mutable one); the target."""
        elements = self.as_array(typer, source, span, ctx)
        if elements is None:
            return typer.unsupported(f"adding the elements of a {source.tpe.name}", source.span)
        if elements.tpe is ERROR:
            return elements
        immutable = cls in ("ImmutableMap", "ImmutableSet")
        temp = typer.temp(target.tpe, span, ctx)
        temp.mutable = immutable
        get = tir.LocalGet(span, target.tpe, temp)
        x = fresh("x", span)
        step = ast.Apply(span, ast.Select(span, ast.Typed(span, get), adder, span), [ast.Ident(span, x)])
        body: ast.Expr = ast.Assign(span, ast.Typed(span, get), step) if immutable else step
        loop = typer.type_expr(ast.For(span, [ast.Generator(span, ast.BindPattern(span, x),
                                                            ast.Typed(span, elements))], body), ctx, UNIT)
        if loop.tpe is ERROR:
            return loop
        return tir.Block(span, target.tpe, [tir.LocalDef(span, UNIT, temp, target), loop], get)

    # ------------------------------------------------------------------------------------------ methods

    def as_array(self, typer: Typer, e: tir.Expr, span, ctx) -> tir.Expr | None:
        """A collection's elements as an array at its element type (a map's as pairs), in iteration order; an
        array as itself; None for anything else."""
        if isinstance(e.tpe, ArrayType):
            return e
        if isinstance(e.tpe, RangeType):
            return typer.range_to_array(e, span, ctx)
        kind = self.kind_of(e.tpe)
        if kind is None:
            if isinstance(e.tpe, ClassType) and getattr(e.tpe.symbol, "from_prelude", False):
                # another library collection (a List): its own toArray, when it has one
                reported = len(typer.sink.items)
                array = typer.select_on_value(e, "toArray", span, span, None, ctx)
                if isinstance(array.tpe, ArrayType):
                    return array
                del typer.sink.items[reported:]
            return None
        return typer.select_on_value(e, "pairs" if kind in MAPS else "elems", span, span, None, ctx)

    def function_view(self, typer: Typer, e, ctx):
        """A Map as the function `k => m(k)`, a Set as `x => s.contains(x)` (Scala's are Functions)."""
        kind = self.kind_of(e.tpe)
        if kind in MAPS:
            return self.eta(typer, e, "apply", e.tpe.args[0], e.span, ctx)
        if kind in SETS:
            return self.eta(typer, e, "contains", e.tpe.args[0], e.span, ctx)
        return None

    def eta(self, typer: Typer, e, name: str, param: Type, span, ctx) -> tir.Expr:
        """`(x: param) => e.name(x)`, e evaluated once, here."""
        m, x = fresh("m", span), fresh("x", span)
        lam = ast.Lambda(span, [ast.Param(span, x, span, ast.KnownType(span, param.name, resolved=param))],
                         ast.Apply(span, ast.Select(span, ast.Ident(span, m), name, span), [ast.Ident(span, x)]))
        return typer.type_expr(ast.Block(span, [ast.ValDef(span, m, span, None, ast.Typed(span, e), False), lam]),
                               ctx)

    def adapt(self, typer: Typer, e, expected):
        """A buffer where a Seq (the library's List) is expected: its elements as one, as a ListBuffer is a Seq (not
        where a `List[T]` is written: scalac's type mismatch).
        A Map or a Set where a function is expected: the function it is."""
        if isinstance(expected, FunctionType) and len(expected.params) == 1 and self.kind_of(e.tpe) in MAPS | SETS \
                and isinstance(e, (tir.LocalGet, tir.GlobalGet)):
            # (no context here: the lambda reads the named collection itself, and declares nothing outside)
            kind = self.kind_of(e.tpe)
            x = fresh("x", e.span)
            param = e.tpe.args[0]
            lam = ast.Lambda(e.span, [ast.Param(e.span, x, e.span, ast.KnownType(e.span, param.name, resolved=param))],
                             ast.Apply(e.span, ast.Select(e.span, ast.Typed(e.span, e), "apply" if kind in MAPS
                                                          else "contains", e.span), [ast.Ident(e.span, x)]))
            view = typer.type_expr(lam, Context(None, None, Scope(), []), expected)
            if view.tpe is not ERROR:
                return typer.adapt(view, expected)
        if self.kind_of(e.tpe) is not None and isinstance(expected, AppliedType) and expected.symbol is e.tpe.symbol \
                and all(a is NOTHING for a in e.tpe.args):
            # an empty collection (`Map()`) where one of the same class is expected (`if (c) Map(k -> v) else
            # Map()`, typed at the branches' lub): the same empty collection, erased alike
            return tir.Cast(e.span, expected, e, checked=False)
        if self.kind_of(e.tpe) in SEQUENCES and isinstance(expected, AppliedType) \
                and expected.symbol is self.prelude.classes.get("List") and expected.args == e.tpe.args \
                and "CollectionLists" in self.prelude.objects \
                and (typer.library_arguments or not isinstance(expected, ListAsWritten)):
            method = self.prelude.objects["CollectionLists"].methods["bufferToList"]
            return typer.make_call(method, None, [e], e.span, None, dict(zip(method.type_params, e.tpe.args)))
        return None

    def seq_equality(self, typer: Typer, lhs: tir.Expr, rhs: tir.Expr, span, ctx) -> tir.Expr | None:
        """`a == b` of two sequences of which one is a Range, a Vector or a buffer and the other of another kind
        (or both Ranges): Scala's Seqs are equal when their elements are, whatever their classes (GenSeqLike.equals),
        so both are compared as Lists. None for other pairs (each kind compares itself with its own kind)."""
        kinds = [self.seq_kind(e.tpe) for e in (lhs, rhs)]
        if any(isinstance(e.tpe, WrappedArrayType) and e.tpe.deep for e in (lhs, rhs)):
            # `a.deep == b.deep`: nested arrays compared as deep views, which the dispatchers do (their elements)
            if any(k not in (None, "List", "Vector", "Range", "WrappedArray") for k in kinds):
                return typer.unsupported("`==` between an array's `deep` and a " + " or ".join(
                    k for k in kinds if k != "WrappedArray"), span)
            return tir.Builtin(span, BOOLEAN, "any.equals", [typer.box(e) for e in (lhs, rhs)])
        if None in kinds or "List" not in self.prelude.classes:
            return None
        if kinds[0] == kinds[1] and kinds[0] not in ("Range", "WrappedArray"):
            return None
        as_lists = [e if k == "List" else typer.select_on_value(e, "toList", span, span, None, ctx)
                    for e, k in zip((lhs, rhs), kinds)]
        if any(e.tpe is ERROR for e in as_lists):
            return tir.ErrorNode(span, ERROR)
        return tir.Builtin(span, BOOLEAN, "any.equals", [typer.box(e) for e in as_lists])

    def seq_kind(self, t: Type) -> str | None:
        """The kind of sequence a type is, for equality: "Range", "Vector", "List", a buffer's class, or None."""
        if isinstance(t, RangeType):
            return "Range"
        if isinstance(t, WrappedArrayType):
            return "WrappedArray"
        if isinstance(t, ArrayType):
            return "Vector" if t.is_seq else None
        kind = self.kind_of(t)
        if kind in SEQUENCES:
            return kind
        lists = self.prelude.classes.get("List")
        if isinstance(t, ClassType) and lists is not None and (
                t.symbol is lists or lists in (getattr(t.symbol, "linearization", None) or ())):
            return "List"
        return None

    def updates_in_place(self, t, op: str) -> bool:
        kind = self.kind_of(t)
        return op in ("++=", "--=") and kind is not None and kind not in ("ImmutableMap", "ImmutableSet")

    def sequence_view(self, typer: Typer, e: tir.Expr, ctx) -> tir.Expr | None:
        """For `for` and the curried folds: a collection's elements as an array (None: not a collection)."""
        if self.kind_of(e.tpe) is None:
            return None
        return self.as_array(typer, e, e.span, ctx)

    def collect_like(self, typer: Typer, array: tir.Expr, like: Type, ctx) -> tir.Expr | None:
        """What `for (x <- c) yield e` gives for a collection c: a collection of c's kind, as `c.map` does."""
        kind = self.kind_of(like)
        if kind is None:
            return None
        return self.wrap_result(typer, kind, "map", array, array.span, ctx)

    def select_member(self, typer: Typer, qual, name, name_span, span, arg_nodes, ctx):
        """Before the class's own members: a mutable map of Int keys reads and writes without boxing the key."""
        if name in _INT_KEYED and arg_nodes is not None and len(arg_nodes) == _INT_KEYED[name][1] \
                and self.kind_of(qual.tpe) == "MutableMap" and qual.tpe.args[0] is INT:
            return typer.select_on_value(qual, _INT_KEYED[name][0], name_span, span, arg_nodes, ctx)
        if name in ("getOrElse", "getOrElseUpdate") and arg_nodes is not None and len(arg_nodes) == 2 \
                and self.kind_of(qual.tpe) in MAPS:
            return self.select_on_value(typer, qual, name, name_span, span, arg_nodes, ctx)
        if name in ("++", "zip") and arg_nodes is not None and len(arg_nodes) == 1 and self.seq_kind(qual.tpe) == "List" \
                and not isinstance(arg_nodes[0], ast.Typed):
            # a List's ++ and zip take any collection (GenTraversableOnce, GenIterable): a Set's, a Map's or a
            # buffer's elements as a List
            other = typer.type_expr(arg_nodes[0], ctx)
            if other.tpe is ERROR:
                return other
            if self.kind_of(other.tpe) is not None:
                other = typer.select_on_value(other, "toList", span, span, None, ctx)
            return typer.select_on_value(qual, name, name_span, span, [ast.Typed(other.span, other)], ctx)
        if name == "--" and arg_nodes is not None and len(arg_nodes) == 1 and self.kind_of(qual.tpe) == "ImmutableSet" \
                and not isinstance(arg_nodes[0], ast.Typed):  # a Set's -- takes any collection
            other = typer.type_expr(arg_nodes[0], ctx)
            if other.tpe is ERROR or other.tpe == qual.tpe:
                return other if other.tpe is ERROR else \
                    typer.select_on_value(qual, name, name_span, span, [ast.Typed(other.span, other)], ctx)
            return self.add_each(typer, qual, "ImmutableSet", other, "-", span, ctx)
        if name in ("append", "prepend", "enqueue", "push") and arg_nodes is not None and len(arg_nodes) > 1 \
                and self.kind_of(qual.tpe) in SEQUENCES:
            return self.add_several(typer, qual, name, name_span, span, arg_nodes, ctx)
        return None

    def add_several(self, typer: Typer, qual, name, name_span, span, arg_nodes, ctx) -> tir.Expr:
        """`buf.append(a, b)`, `q.enqueue(a, b)`, `s.push(a, b)` (Scala's take `elems: A*`): the elements evaluated
        in order, then added one by one (`prepend(a, b)` puts a first, so from the last); `push` gives the stack."""
        statements: list[tir.Expr] = []
        receiver = typer.temp(qual.tpe, qual.span, ctx)
        statements.append(tir.LocalDef(qual.span, UNIT, receiver, qual))
        element = qual.tpe.args[0]
        values = []
        for a in arg_nodes:
            value = typer.adapt(typer.type_expr(a, ctx, element), element)
            if value.tpe is ERROR:
                return value
            temp = typer.temp(element, a.span, ctx)
            statements.append(tir.LocalDef(a.span, UNIT, temp, value))
            values.append(tir.LocalGet(a.span, element, temp))
        this = tir.LocalGet(qual.span, qual.tpe, receiver)
        for value in (values[::-1] if name == "prepend" else values):
            call = typer.select_on_value(this, name, name_span, span, [ast.Typed(value.span, value)], ctx)
            if call.tpe is ERROR:
                return call
            statements.append(typer.discard(call))
        if name == "push":
            return tir.Block(span, qual.tpe, statements, this)
        return tir.Block(span, UNIT, statements, None)

    def select_on_value(self, typer: Typer, qual, name, name_span, span, arg_nodes, ctx):
        kind = self.kind_of(qual.tpe)
        if kind is None:
            if name in _CONVERSIONS and isinstance(qual.tpe, (ArrayType, RangeType)):
                return self.sequence_method(typer, qual, name, span, list(arg_nodes or []), ctx)
            if name in ("toSet", "toMap", "toBuffer", "groupBy") and isinstance(qual.tpe, ClassType) \
                    and getattr(qual.tpe.symbol, "from_prelude", False) and len(arg_nodes or ()) == (name == "groupBy"):
                array = self.as_array(typer, qual, span, ctx)  # a List's
                if array is not None and array.tpe is not ERROR:
                    if name == "groupBy":  # Map[K, List[T]]
                        return self.group_by(typer, array, "toList", arg_nodes[0], span, ctx)
                    return self.convert_to(typer, array, _CONVERSIONS[name], span, ctx)
            if name == "groupBy" and qual.tpe is STRING and len(arg_nodes or ()) == 1:  # Map[K, String]
                chars = tir.Builtin(span, ArrayType(CHAR, True), "string.asChars", [qual])
                return self.group_by(typer, chars, "mkString", arg_nodes[0], span, ctx)
            if name == "sorted" and not arg_nodes and qual.tpe is STRING:  # StringOps.sorted: its chars in order
                chars = ast.Select(span, ast.Select(span, ast.Typed(span, qual), "toCharArray", span), "sorted", span)
                return typer.type_expr(ast.Select(span, chars, "mkString", span), ctx)
            if name == "swap" and not arg_nodes and isinstance(qual.tpe, TupleType) and len(qual.tpe.elements) == 2:
                temp = typer.temp(qual.tpe, qual.span, ctx)  # Tuple2.swap
                get = tir.LocalGet(qual.span, qual.tpe, temp)
                a, b = qual.tpe.elements
                swapped = tir.NewTuple(span, TupleType((b, a)), [tir.TupleGet(span, b, get, 1),
                                                                tir.TupleGet(span, a, get, 0)])
                return tir.Block(span, swapped.tpe, [tir.LocalDef(qual.span, UNIT, temp, qual)], swapped)
            return None
        args = list(arg_nodes or [])
        t: AppliedType = qual.tpe
        if not isinstance(qual, (tir.LocalGet, tir.Const)):
            temp = typer.temp(qual.tpe, qual.span, ctx)
            answer = self.method(typer, tir.LocalGet(qual.span, qual.tpe, temp), kind, t, name, name_span, span,
                                 args, arg_nodes is not None, ctx)
            if answer is None or answer.tpe is ERROR:
                return answer
            setup = tir.LocalDef(qual.span, UNIT, temp, qual)
            if answer.tpe is UNIT:
                return tir.Block(span, UNIT, [setup, answer], None)
            return tir.Block(span, answer.tpe, [setup], answer)
        return self.method(typer, qual, kind, t, name, name_span, span, args, arg_nodes is not None, ctx)

    def sequence_method(self, typer: Typer, qual, name: str, span, args: list, ctx) -> tir.Expr | None:
        """`toSet`, `toMap`, `toBuffer` and `groupBy` of an array, an IndexedSeq or a range."""
        array = typer.range_to_array(qual, span, ctx, seq=True) if isinstance(qual.tpe, RangeType) else qual
        if name == "groupBy" and len(args) == 1:
            return self.group_by(typer, array, "toIndexedSeq" if array.tpe.is_seq else "toArray", args[0], span, ctx)
        if name in ("minBy", "maxBy") and len(args) == 1:
            return self.min_by(typer, array, name, args[0], span, ctx)
        if args or _CONVERSIONS[name] is None:
            return None
        return self.convert_to(typer, array, _CONVERSIONS[name], span, ctx)

    def method(self, typer: Typer, qual, kind: str, t, name: str, name_span, span, args: list, args_given: bool,
               ctx):
        elem = t.args[0] if kind not in MAPS else TupleType(tuple(t.args))

        def call(member: str, *nodes) -> tir.Expr:
            return typer.select_on_value(qual, member, name_span, span, list(nodes) if nodes else None, ctx)

        if not args_given and name in _ETA.get(kind, ()):  # `flatMap(m.get)`: the method as a function value
            param = INT if _ETA[kind][name] == "index" else (t.args[0])
            return self.eta(typer, qual, name, param, span, ctx)
        if name in ("++=", "appendAll", "++") and len(args) == 1:
            if name == "++" and kind in ("ImmutableMap", "ImmutableSet"):
                other = typer.type_expr(args[0], ctx)
                if other.tpe is ERROR:
                    return other
                if other.tpe == qual.tpe:
                    return call("plusAll", ast.Typed(other.span, other))
                return self.add_each(typer, qual, kind, other, "+", span, ctx)
            other = typer.type_expr(args[0], ctx)
            if other.tpe is ERROR:
                return other
            adder = "+=" if kind in MAPS or kind == "MutableSet" else "add"
            if name == "++" and kind in ("MapValues", "MutableMapValues"):  # an Iterable's ++: a List
                copy = self.convert_to(typer, self.as_array(typer, qual, span, ctx), "ListBuffer", span, ctx)
                both = self.add_each(typer, copy, "ListBuffer", other, "add", span, ctx)
                return typer.select_on_value(both, "toList", span, span, None, ctx)
            if name == "++":  # a new collection of this kind: a copy, then the other's elements added
                copy = self.convert_to(typer, self.as_array(typer, qual, span, ctx), kind, span, ctx)
                return self.add_each(typer, copy, kind, other, adder, span, ctx)
            result = self.add_each(typer, qual, kind, other, adder, span, ctx)
            return typer.discard(result) if name == "appendAll" else result
        if name in ("--=",) and len(args) == 1 and kind in ("MutableMap", "MutableSet"):
            other = typer.type_expr(args[0], ctx)
            if other.tpe is ERROR:
                return other
            if isinstance(other.tpe, ArrayType) or self.kind_of(other.tpe):
                return self.add_each(typer, qual, kind, other, "-=", span, ctx)
        if name in ("getOrElse", "getOrElseUpdate") and len(args) == 2 and kind in MAPS:
            return self.get_or_else(typer, qual, kind, name, args, span, ctx)
        if name in ("mapValues", "filterKeys") and len(args) == 1 and kind in MAPS:
            return self.map_values(typer, qual, name, args[0], span, ctx)
        if name in ("get", "remove") and len(args) == 1 and kind in MAPS and (name == "get" or kind == "MutableMap"):
            return self.get_option(typer, qual, kind, name, args[0], span, ctx)
        if name == "put" and len(args) == 2 and kind == "MutableMap" and "Option" in self.prelude.classes:
            return self.get_option(typer, qual, kind, name, args[0], span, ctx, args[1])
        if name in ("keys", "keySet", "values", "keysIterator", "valuesIterator") and not args and kind in MAPS:
            if name in ("keySet", "keys") and kind == "ImmutableMap":
                return call("keySet")
            array = typer.select_on_value(qual, "valuesArray" if name.startswith("values") else "keysArray",
                                          name_span, span, None, ctx)
            if name in ("keys", "keySet", "values") and isinstance(array.tpe, ArrayType):
                # a mutable map's keys: a Set in the map's order (a set of its own would reorder); values: an Iterable
                view = "MapKeys" if name != "values" else "MapValues" if kind == "ImmutableMap" else "MutableMapValues"
                return self.convert_to(typer, array, view, span, ctx)
            return as_vector(array)  # an Iterable: a sequence of its elements
        if name == "toSeq" and not args:
            # 2.11: a mutable Seq is its own Seq, but a ListBuffer's toSeq is its List; a Set's and a Map's toSeq is
            # an ArrayBuffer (SetLike, MapLike); an Iterable's (a map's values) a Stream
            if kind == "ListBuffer":
                return typer.select_on_value(qual, "toList", name_span, span, None, ctx)
            if kind in SEQUENCES:
                return qual
            array = self.as_array(typer, qual, span, ctx)
            if kind in ("MapValues", "MutableMapValues"):
                return typer.select_on_value(array, "toStream", name_span, span, None, ctx)
            return self.convert_to(typer, array, "ArrayBuffer", span, ctx)
        if name in ("toArray", "toSeq", "toIndexedSeq", "toVector", "toIterable") and not args:
            array = self.as_array(typer, qual, span, ctx)
            return array if name == "toArray" else as_vector(array)
        if name in ("toBuffer",) and not args:
            return self.convert_to(typer, self.as_array(typer, qual, span, ctx), "ArrayBuffer", span, ctx)
        if name == "toSet" and not args:
            return self.convert_to(typer, self.as_array(typer, qual, span, ctx), "ImmutableSet", span, ctx)
        if name == "toMap" and not args:
            return self.convert_to(typer, self.as_array(typer, qual, span, ctx), "ImmutableMap", span, ctx)
        if name.startswith("$to") and not args:  # (groupBy's groups, made of the receiver's kind)
            return self.convert_to(typer, self.as_array(typer, qual, span, ctx), name[3:], span, ctx)
        if name == "clone" and not args:
            return self.convert_to(typer, self.as_array(typer, qual, span, ctx), kind, span, ctx)
        if name == "foreach" and kind in MAPS and len(args) == 1:
            pass  # the pairs' foreach, below
        array = self.as_array(typer, qual, span, ctx)
        if array is None or array.tpe is ERROR:
            return array
        if name == "iterator" and not args and "ElemsIterator" in self.prelude.classes:
            elements = call("pairsAny" if kind in MAPS else "elemsAny")
            cls = self.symbol("ElemsIterator")
            return tir.NewObject(span, AppliedType(cls, (elem,)), cls, [elements], None)
        if name in ("mkString", "addString") and kind in MAPS and name == "mkString":
            # MapLike.addString: each entry as `key -> value`
            p = fresh("p", span)
            pair = ast.Ident(span, p)
            shown = ast.Infix(span, "+", span, ast.Infix(span, "+", span, ast.Select(span, pair, "_1", span),
                                                          ast.Literal(span, "string", " -> ")),
                              ast.Select(span, pair, "_2", span))
            entries = typer.select_on_value(array, "map", span, span, [ast.Lambda(span, [ast.Param(span, p, span,
                                                                                                    None)], shown)], ctx)
            if entries.tpe is ERROR:
                return entries
            return typer.select_on_value(entries, "mkString", name_span, span, args if args_given else None, ctx)
        if name in ("minBy", "maxBy") and len(args) == 1:
            return self.min_by(typer, array, name, args[0], span, ctx)
        if name == "indices" and not args and kind in SEQUENCES:
            return typer.type_expr(ast.Infix(span, "until", span, ast.Literal(span, "int", 0),
                                             ast.Select(span, ast.Typed(span, qual), "size", span)), ctx)
        if name in ("tail", "init") and not args and kind not in MAPS:
            result = drop_one(typer, array, name, span, ctx)
            if result.tpe is ERROR or not isinstance(result.tpe, ArrayType):
                return result
            return self.convert_to(typer, result, kind, span, ctx)
        if name == "groupBy" and len(args) == 1:
            # the groups are of the receiver's kind (a Map's groups Maps; a map's keys' Sets, its values' Lists,
            # as collection.Set's and Iterable's builders make them)
            groups = "$to" + kind if kind in SEQUENCES or kind in MAPS else "toSet" if kind in SETS or \
                kind == "MapKeys" else "toList"
            return self.group_by(typer, array, groups, args[0], span, ctx)
        reported = len(typer.sink.items)
        result = typer.select_on_value(array, name, name_span, span, args if args_given else None, ctx)
        if result.tpe is ERROR and any(d.code in ("not-a-member", "unsupported") and d.span == name_span
                                       for d in typer.sink.items[reported:]):
            # what the elements' array lacks is this collection's method that the library does not offer (and
            # what followed from it: the lambda argument's parameters, untyped)
            del typer.sink.items[reported:]
            return typer.unsupported(f"the method `{name}` of {JVM_NAMES[kind]}", name_span)
        if result.tpe is ERROR or not isinstance(result.tpe, ArrayType):
            if isinstance(result.tpe, TupleType) and any(isinstance(e, ArrayType) for e in result.tpe.elements) \
                    or name in _SPLITTING and _holds_bare_array(result.tpe):  # (`buf.grouped(2)`: arrays)
                return typer.unsupported(f"the method `{name}` of {JVM_NAMES[kind]}", name_span)
            return result
        wrapped = self.wrap_result(typer, kind, name, result, span, ctx)
        if kind in MAPS and name in _SET_KEEPS and name not in ("map", "flatMap", "collect") \
                and wrapped.tpe == qual.tpe:
            # built from the receiver's `empty` in 2.11, which keeps a map's default (`withDefaultValue`)
            return typer.type_expr(ast.Apply(span, ast.Select(span, ast.Typed(span, wrapped), "keepDefaultOf", span),
                                             [ast.Typed(qual.span, qual)], []), ctx)
        return wrapped

    def wrap_result(self, typer: Typer, kind: str, name: str, result: tir.Expr, span, ctx) -> tir.Expr:
        """An array method's array result as the collection Scala's method gives on a collection of this kind."""
        if name not in _SAME_KIND:
            return self.no_bare_array(typer, kind, name, result, span, ctx)
        target = kind
        if kind == "MapKeys":  # a collection.Set: what a set's method gives (a Set, or a sequence)
            return self.convert_to(typer, result, "ImmutableSet", span, ctx) if name in _SET_KEEPS else result
        if kind in VIEWS:  # an Iterable's map, filter, ...: built by Iterable's builder, a List
            return typer.select_on_value(result, "toList", span, span, None, ctx)
        if kind in SETS and name not in _SET_KEEPS:
            return self.no_bare_array(typer, kind, name, result, span, ctx)
        if kind in MAPS:
            pairs = isinstance(result.tpe.element, TupleType) and len(result.tpe.element.elements) == 2
            if name in _SET_KEEPS and pairs:
                target = kind
            elif name in ("map", "flatMap", "collect"):
                if kind == "MutableMap":  # a mutable.Iterable: an ArrayBuffer
                    return self.convert_to(typer, result, "ArrayBuffer", span, ctx)
                # an immutable.Iterable of what the function gives: built by its default builder, a List
                return typer.select_on_value(result, "toList", span, span, None, ctx)
            else:
                return self.no_bare_array(typer, kind, name, result, span, ctx)
        if kind in ("MutableStack", "MutableQueue") and name in ("map", "flatMap", "collect", "zip",
                                                                 "zipWithIndex"):
            target = kind
        return self.convert_to(typer, result, target, span, ctx)

    def no_bare_array(self, typer: Typer, kind: str, name: str, result: tir.Expr, span, ctx) -> tir.Expr:
        """A collection's method never gives an Array (but `toArray`): an array the elements' method gave is made
        the collection Scala's builder makes (`set.zipWithIndex` a Set, `map.zipWithIndex` a Map, `buf.padTo` a
        buffer); arrays inside other results (`buf.grouped(2)`'s groups) are not provided."""
        t = result.tpe
        if result.tpe is ERROR:
            return result
        if name in _BUILT_LIKE and isinstance(t, ArrayType) and not t.is_seq:
            if kind in SEQUENCES or kind in SETS:
                return self.convert_to(typer, result, kind, span, ctx)
            if kind in MAPS and isinstance(t.element, TupleType) and len(t.element.elements) == 2:
                return self.convert_to(typer, result, kind, span, ctx)
            if kind in MAPS and kind == "MutableMap":
                return self.convert_to(typer, result, "ArrayBuffer", span, ctx)
            return typer.select_on_value(result, "toList", span, span, None, ctx)
        if name in _SPLITTING and _holds_bare_array(t):
            return typer.unsupported(f"the method `{name}` of {JVM_NAMES[kind]}", span)
        return result

    def convert_to(self, typer: Typer, array: tir.Expr | None, cls: str, span, ctx) -> tir.Expr:
        """A new collection of class cls holding an array's elements in order."""
        if array is None or array.tpe is ERROR:
            return array if array is not None else tir.ErrorNode(span, ERROR)
        element = array.tpe.element
        if cls in MAPS:
            if not (isinstance(element, TupleType) and len(element.elements) == 2):
                return typer.unsupported("`toMap` of values that are not pairs", span)
            targs = list(element.elements)
        else:
            targs = [element]
        made = self.empty(typer, cls, targs, span, ctx)
        adder = "+" if cls in ("ImmutableMap", "ImmutableSet") else ("add" if cls in SEQUENCES | VIEWS else "+=")
        if cls == "MutableStack":  # pushed from the last, so that the first element is the top
            array = typer.select_on_value(array, "reverse", span, span, None, ctx)
        return self.add_each(typer, made, cls, array, adder, span, ctx)

    # ------------------------------------------------------------------------------------------ update

    def update(self, typer: Typer, target: tir.Expr, index_nodes: list, value_node, span, ctx):
        """`buf(i) = x`, `map(k) = v`: the collection's `update`."""
        if self.kind_of(target.tpe) not in ("ArrayBuffer", "ListBuffer", "MutableMap"):
            return None
        return typer.select_on_value(target, "update", span, span, [*index_nodes, value_node], ctx)



# The collections' methods that keep their arguments in the collection (for the memory checks: a segment added to
# a buffer or a map made outside its withMemoryAllocator scope outlives the scope).
_KEEPING = frozenset("+= add append prepend +=: insert insertAt update updateInt push enqueue getOrElseUpdate".split())


def library_keeps(method) -> tuple[int, ...] | None:
    """The positions of the arguments a prelude collection method stores in its receiver, or None when the method
    is not one of theirs."""
    owner = getattr(method, "owner", None)
    if getattr(owner, "name", None) not in PRELUDE_CLASSES and getattr(owner, "name", None) != "SeqBuffer" \
            or not getattr(owner, "from_prelude", False):
        return None
    if method.name not in _KEEPING:
        return ()
    return tuple(range(len(method.params or ())))


def _holds_bare_array(t: Type) -> bool:
    """Whether a type has an Array (not an IndexedSeq) among its type arguments or tuple elements."""
    if isinstance(t, ArrayType):
        return not t.is_seq or _holds_bare_array(t.element)
    if isinstance(t, TupleType):
        return any(_holds_bare_array(e) for e in t.elements)
    if isinstance(t, AppliedType):
        return any(_holds_bare_array(a) for a in t.args)
    return False


def _lub_empty(a: Type, b: Type) -> Type | None:
    """lub, where an empty collection (`Set()`: of Nothing) takes the other collection's element types."""
    if isinstance(a, TupleType) and isinstance(b, TupleType) and len(a.elements) == len(b.elements):
        parts = [_lub_empty(x, y) for x, y in zip(a.elements, b.elements)]
        return None if None in parts else TupleType(tuple(parts))
    if isinstance(a, AppliedType) and isinstance(b, AppliedType) and a.symbol is b.symbol and a != b:
        if all(x is NOTHING for x in b.args):
            return a
        if all(x is NOTHING for x in a.args):
            return b
    return lub(a, b)


def _retag_empty(item: tir.Expr, wanted: Type) -> None:
    """An empty collection of Nothing seen as the element type found for its neighbours (erased alike); a pair
    written in place takes the element types found for all (`"k" -> Some(1)` among `"j" -> None`: a pair of an
    Option, as Scala types the tuple against the lub)."""
    if isinstance(item.tpe, AppliedType) and isinstance(wanted, AppliedType) and item.tpe.symbol is wanted.symbol \
            and all(x is NOTHING for x in item.tpe.args):
        item.tpe = wanted
    elif isinstance(item, tir.NewTuple) and isinstance(wanted, TupleType) and len(item.items) == len(wanted.elements):
        for i, (part, t) in enumerate(zip(item.items, wanted.elements)):
            _retag_empty(part, t)
            if part.tpe != t and part.tpe.is_reference and t.is_reference and conforms(part.tpe, t):
                item.items[i] = tir.Cast(part.span, t, part, checked=False)
        item.tpe = TupleType(tuple(p.tpe for p in item.items))
