"""The prelude: runtime helpers written in the Scala subset, parsed and typed once (then cached on disk), linked on
demand."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..diagnostics import DiagnosticSink
from ..semantics import tir
from ..semantics.builtins import EXCEPTIONS
from ..semantics.context import qualified_path
from ..semantics.typer import Typer, TyperExtension
from ..semantics.types import ANY, BOOLEAN, CHAR, INT, NOTHING, STRING, UNIT, ArrayType
from ..source import SourceText
from ..syntax.parser import parse
from ..wasi import BY_CAMEL_CASE, SIGNATURES

PRELUDE_DIR = Path(__file__).resolve().parent
PRELUDE_FILES = ("runtime.scala", "throwables.scala", "numbers.scala", "strings.scala", "math.scala", "format.scala",
                 "collections.scala", "bigint.scala", "hashtables.scala", "buffers.scala", "maps.scala", "hashing.scala",
                 "anys.scala", "parsing.scala", "javautil.scala", "lists.scala", "iterators.scala", "streams.scala",
                 "collection_lists.scala", "regex.scala")

# Prelude-only primitives: name -> (Builtin name, parameter count, result type). Each is one instruction.
_MEMORY_PRIMITIVES = {
    "Memory.store8": ("mem.store8", 2, UNIT),
    "Memory.store32": ("mem.store32", 2, UNIT),
    "Memory.load8u": ("mem.load8u", 1, INT),
    "Memory.load32": ("mem.load32", 1, INT),
    "Memory.heapStart": ("mem.heapStart", 0, INT),
    "Memory.mark": ("mem.mark", 0, INT),
    "Memory.tryGrowTo": ("mem.tryGrowTo", 1, INT),
    "Memory.ensureAvailable": ("mem.ensureAvailable", 1, UNIT),
}

# What only the program knows about a value in an Any (its tuple, array and class types): name -> (Builtin name,
# parameter count, result type). The lowering generates each for the program (lowering/boxing.py).
_ANY_DISPATCHERS = {
    "AnyTypes.tupleElements": ("anyTypes.tupleElements", 1, ArrayType(ANY)),
    "AnyTypes.vectorElements": ("anyTypes.vectorElements", 1, ArrayType(ANY)),
    "AnyTypes.isVector": ("anyTypes.isVector", 1, BOOLEAN),
    "AnyTypes.showOther": ("anyTypes.showOther", 1, STRING),
    "AnyTypes.className": ("anyTypes.className", 1, STRING),
    "AnyTypes.equalsOther": ("anyTypes.equalsOther", 2, BOOLEAN),
    "AnyTypes.hashCodeOther": ("anyTypes.hashCodeOther", 1, INT),
}


class PreludePrimitives(TyperExtension):
    """Gives prelude code `Memory.*` (single loads and stores) and `Wasi.*` (preview1 imports, all i32 here)."""

    def enter_class(self, typer: Typer, cls) -> None:
        if cls.outer is None:
            cls.jvm_name = EXCEPTIONS.get(cls.name)  # the throwable classes stand for the JVM's

    def builtin_call(self, typer: Typer, path: str, arg_nodes, node, ctx):
        prim = _MEMORY_PRIMITIVES.get(path)
        if prim is not None:
            name, arity, result = prim
            if len(arg_nodes) != arity:
                raise PreludeError(f"{path} takes {arity} arguments")
            args = [typer.adapt(typer.type_expr(a, ctx, INT), INT) for a in arg_nodes]
            return tir.Builtin(node.span, result, name, args)
        dispatcher = _ANY_DISPATCHERS.get(path)
        if dispatcher is not None:
            name, arity, result = dispatcher
            args = [typer.adapt(typer.type_expr(a, ctx, ANY), ANY) for a in arg_nodes]
            if len(args) != arity:
                raise PreludeError(f"{path} takes {arity} arguments")
            return tir.Builtin(node.span, result, name, args)
        if path == "Objects.className" and len(arg_nodes) == 1:  # the JVM name of an instance's class (its vtable's)
            return tir.Builtin(node.span, STRING, "object.className", [typer.type_expr(arg_nodes[0], ctx)])
        if path == "Objects.hashField" and len(arg_nodes) == 1:  # a class instance's identity hash field, else -1
            return tir.Builtin(node.span, INT, "object.hashField", [typer.type_expr(arg_nodes[0], ctx)])
        if path == "Objects.setHashField" and len(arg_nodes) == 2:
            args = [typer.type_expr(arg_nodes[0], ctx), typer.adapt(typer.type_expr(arg_nodes[1], ctx, INT), INT)]
            return tir.Builtin(node.span, UNIT, "object.setHashField", args)
        if path == "Wasm.throwableOfLine" and len(arg_nodes) == 1:
            throwable = typer.program.classes["Throwable"].tpe
            return tir.Builtin(node.span, throwable, "exception.fromLine", [typer.type_expr(arg_nodes[0], ctx)])
        if path == "Wasm.abort" and not arg_nodes:
            return tir.Builtin(node.span, NOTHING, "trap", [])  # `unreachable`: stop with the stack intact
        if path == "Wasm.throwTag" and len(arg_nodes) == 1:  # `throw` with the module's exception tag
            return tir.Builtin(node.span, NOTHING, "exception.throw", [typer.type_expr(arg_nodes[0], ctx)])
        if path == "Strings.unsafeCharAt":
            # The runtime's own loops stay inside their strings; skipping the check keeps `fail` (and with it
            # proc_exit) out of programs that only print.
            s, i = (typer.type_expr(a, ctx) for a in arg_nodes)
            return tir.Builtin(node.span, CHAR, "string.charAtUnchecked", [s, typer.adapt(i, INT)])
        if path.startswith("Wasi."):
            wasi_name = BY_CAMEL_CASE.get(path[5:])
            if wasi_name is None:
                raise PreludeError(f"unknown WASI function {path}")
            params, results = SIGNATURES[wasi_name]
            if any(p != "i32" for p in params):
                raise PreludeError(f"{path} needs i64 arguments; use the public `wasi` object")
            args = [typer.adapt(typer.type_expr(a, ctx, INT), INT) for a in arg_nodes]
            return tir.Builtin(node.span, INT if results else NOTHING, "wasi." + wasi_name, args)
        return None


class PreludeError(Exception):
    """The prelude itself failed to compile: a bug in the compiler or the prelude, never in the user's program."""


@lru_cache(maxsize=1)
def load_prelude() -> tir.Program:
    """The typed prelude: from the on-disk cache when it holds this exact compiler's, else parsed and typed (and
    the cache written for the next process)."""
    from . import cache

    path = cache.cache_file()
    program = cache.load(path) if path is not None else None
    if program is None:
        program = type_prelude()
        if path is not None:
            cache.store(path, program)
    return program


def type_prelude() -> tir.Program:
    sink = DiagnosticSink()
    units = []
    sources = []
    for name in PRELUDE_FILES:
        path = PRELUDE_DIR / name
        if not path.exists() or (name in ("collection_lists.scala", "streams.scala", "iterators.scala")
                                   and "lists.scala" not in PRELUDE_FILES):
            continue  # (the collections' List and Iterator conversions need the library's List)
        source = SourceText(path.read_text(encoding="utf-8"), str(path))
        sources.append(source)
        units.append(parse(source, sink))
    from .hashing import HashCalls

    class OwnHashCalls(HashCalls):
        """`##` and the case classes' hashCode (Option's Some) inside the prelude: its own Statics object."""

        def builtin_call(self, typer, path, arg_nodes, node, ctx):
            self._prelude = typer.program
            return super().builtin_call(typer, path, arg_nodes, node, ctx)

        def select_on_value(self, typer, qual, name, name_span, span, arg_nodes, ctx):
            self._prelude = typer.program
            return super().select_on_value(typer, qual, name, name_span, span, arg_nodes, ctx)

    program = Typer(sink, [PreludePrimitives(), OwnHashCalls()]).check(units)
    errors = [d for d in sink.items if d.is_error]
    if errors:
        first = errors[0]
        raise PreludeError(f"the prelude does not compile: {first.code}: {first.message} at byte {first.span.start}")
    for name, jvm_name in LIBRARY_CLASS_NAMES.items():
        program.classes[name].jvm_name = jvm_name
    program.classes["Comparable"].universal = True  # scalac 2.11: "Comparable extends Any, not AnyRef"
    program.classes["Ordered"].universal = True  # (scala.math.Ordered extends Any with Comparable)
    from .collection_calls import DISPLAY_NAMES

    for name, shown in DISPLAY_NAMES.items():
        program.classes[name].display_name = shown  # `mutable.Map[String, Int]` in messages and hovers
    for definition in (*program.classes.values(), *program.objects.values()):
        definition.from_prelude = True  # its spans are in prelude files: never shown as notes in a user's file
    return program


# The JVM's names of the library classes the prelude writes (`getClass.getName`, ClassCastException messages).
LIBRARY_CLASS_NAMES = {"BigInt": "scala.math.BigInt", "StringBuilder": "scala.collection.mutable.StringBuilder",
                       "Comparable": "java.lang.Comparable", "Comparator": "java.util.Comparator",
                       "Ordered": "scala.math.Ordered", "BreakControl": "scala.util.control.BreakControl",
                       "NonLocalReturnControl": "scala.runtime.NonLocalReturnControl",
                       **{f"NonLocalReturnControl$mc{c}$sp": f"scala.runtime.NonLocalReturnControl$mc{c}$sp"
                          for c in "IJDFZCBSV"},
                       "List": "scala.collection.immutable.List", "::": "scala.collection.immutable.$colon$colon",
                       "WrappedArgs": "scala.collection.mutable.WrappedArray$ofRef",
                       "Option": "scala.Option", "Some": "scala.Some", "Iterator": "scala.collection.Iterator",
                       "Either": "scala.util.Either", "Left": "scala.util.Left", "Right": "scala.util.Right",
                       "Stream": "scala.collection.immutable.Stream",
                       "StreamCons": "scala.collection.immutable.Stream$Cons"}
