"""The prelude's library offered to programs: `String`, `Char`, `Integer`/`Long` and `StringBuilder` methods, which
the prelude writes in Scala, reached through the type checker's extension hooks.

`s.trim` becomes a call of `StringLib.trim(s)` (the receiver as first argument), `Integer.parseInt(s)` one of
`IntegerLib.parseInt(s)`, and `new StringBuilder()` a prelude class instance; lowering links each function only
when a program reaches it, so programs that use none of them stay as small as before.
"""
from __future__ import annotations

import re

from .. import diagnostics as codes
from . import arrays
from .seq_kinds import SeqArguments, check_repeated_arguments, kind_name
from .seq_via_list import via_list
from ..semantics import tir
from ..semantics.builtins import EXCEPTIONS, LIBRARY_MATH_FUNCTIONS
from ..semantics.collections import RANGE, RangeType, WrappedArrayType, as_vector
from ..semantics.typer import Typer, TyperExtension
from ..semantics.types import ANY, ERROR, NOTHING, NULL, base_type_args, conforms, lub
from ..semantics.types import (BOOLEAN, BYTE, CHAR, DOUBLE, FLOAT, INT, LONG, SHORT, STRING, UNIT, AppliedType,
                               ArrayType, ClassType, FunctionType, TupleType, Type, TypeParamType, is_integral)
from ..syntax import ast
from ..semantics.varargs import is_splat

# Methods on a receiver: (receiver test, prelude object, Scala name -> prelude name).
_STRING_METHODS = {name: name for name in (
    "trim toUpperCase toLowerCase indexOf lastIndexOf contains startsWith endsWith replace reverse * head last tail "
    "init take drop takeRight dropRight size nonEmpty capitalize toCharArray equalsIgnoreCase compareTo "
    "compareToIgnoreCase toInt toLong toDouble toFloat split stripMargin").split()}
_STRING_METHODS["toArray"] = "toCharArray"
_STRING_METHODS["iterator"] = "iterator"
_CHAR_METHODS = {name: name for name in (
    "isDigit isLetter isLetterOrDigit isWhitespace isSpaceChar isUpper isLower toUpper toLower asDigit").split()}
_INT_METHODS = {"toBinaryString": "toBinaryString", "toHexString": "toHexString", "toOctalString": "toOctalString"}
# `Range(a, b)`, `Range.inclusive(a, b)`: path -> inclusive.
_RANGE_FACTORIES = {f"{prefix}Range{suffix}": suffix == ".inclusive" for prefix in ("", "scala.collection.immutable.")
                    for suffix in ("", ".apply", ".inclusive")}
# Range (of Int) methods giving a Range or a position (RangeLib in collections.scala).
_RANGE_METHODS = {name: name for name in (
    "apply take drop takeRight dropRight init tail splitAt inclusive indices lastIndexOf sameElements "
    "dropWhileCount spanCount toList").split()}

# Static methods by qualified path: path -> (prelude object, method).
_STATICS: dict[str, tuple[str, str]] = {}
for _prefix, _owner, _names in (
    ("Integer.", "IntegerLib", "parseInt toBinaryString toHexString toOctalString bitCount rotateLeft rotateRight"),
    ("java.lang.Long.", "IntegerLib", "parseLong toBinaryString toHexString toOctalString bitCount rotateLeft "
                                      "rotateRight"),
    ("Character.", "CharLib", "isDigit isLetter isLetterOrDigit isAlphabetic isWhitespace isSpaceChar isUpperCase "
                              "isLowerCase toUpperCase toLowerCase digit getNumericValue"),
):
    for _name in _names.split():
        _STATICS[_prefix + _name] = (_owner, _name)
        _STATICS["java.lang." + _prefix + _name if not _prefix.startswith("java.") else _prefix + _name] = \
            (_owner, _name)

_STATICS["java.lang.Double.parseDouble"] = ("FloatParsing", "parseDouble")
for _box, _compare in (("Integer", "ints"), ("Long", "longs"), ("Double", "doubles"), ("Float", "doubles"),
                       ("Boolean", "booleans"), ("Character", "chars"), ("Short", "difference"),
                       ("Byte", "difference")):
    _STATICS[f"java.lang.{_box}.compare"] = ("Compares", _compare)
    if _box in ("Integer", "Character"):
        _STATICS[f"{_box}.compare"] = ("Compares", _compare)
_STATICS["java.lang.Float.parseFloat"] = ("FloatParsing", "parseFloat")
# scala.util.control.Breaks (throwables.scala), imported (`import scala.util.control.Breaks._`) or by its object.
for _prefix in ("scala.util.control.Breaks.", "util.control.Breaks.", "Breaks."):
    for _name in ("break", "breakable"):
        _STATICS[_prefix + _name] = ("Breaks", _name)

# scala.math / java.lang.Math functions the prelude computes as StrictMath does.
for _prefix in ("math.", "scala.math.", "Math.", "java.lang.Math.", "StrictMath.", "java.lang.StrictMath."):
    for _name in LIBRARY_MATH_FUNCTIONS:
        _STATICS[_prefix + _name] = ("MathLib", _name)

# An Iterator's methods that are the List's of its elements (Numeric's and Ordering's, and the conversions).
_ITERATOR_VIA_LIST = frozenset("sum product max min maxBy minBy reduce reduceLeft reduceOption toSet toArray toVector "
                               "toBuffer toIndexedSeq toMap".split())

# java.util.Arrays statics, by template, and System.arraycopy.
# java.util.Arrays statics: path -> {argument count (the array's included) -> template}.
_ARRAYS_STATICS = {f"{prefix}Arrays.{name}": templates for prefix in ("", "java.util.")
                   for name, templates in (("fill", {2: "fill", 4: "fillRange"}),
                                           ("sort", {1: "sortInPlace", 2: "sortComparator", 3: "sortRange"}),
                                           ("equals", {2: "equals"}), ("copyOf", {2: "copyOf"}),
                                           ("copyOfRange", {3: "copyOfRange"}), ("toString", {1: "toString"}))}
_ARRAY_COPIES = {"System.arraycopy", "java.lang.System.arraycopy", "Array.copy", "scala.Array.copy"}  # (Array.copy: the
# same copy for arrays of one element type, which is all the subset has)

# The JVM's generic interfaces the prelude writes as traits (javautil.scala): written name -> prelude class.
_GENERIC_INTERFACES = {"Comparable": "Comparable", "java.lang.Comparable": "Comparable",
                       "Comparator": "Comparator", "java.util.Comparator": "Comparator",
                       "Ordered": "Ordered", "scala.math.Ordered": "Ordered", "math.Ordered": "Ordered"}

_CLASSES = {"StringBuilder": "StringBuilder", "java.lang.StringBuilder": "StringBuilder",
            "scala.collection.mutable.StringBuilder": "StringBuilder"}

# Scala library classes and objects the prelude writes under their own names (lists.scala), seen by a program that
# defines none of the name: name -> (the prelude's name, is it a class).
_LIBRARY_CLASSES = {"List": "List", "Seq": "List", "::": "::", "Option": "Option", "Some": "Some",
                    "Iterator": "Iterator", "scala.collection.immutable.List": "List", "scala.Option": "Option",
                    "Either": "Either", "Left": "Left", "Right": "Right", "scala.util.Either": "Either",
                    "Ordering": "Ordering", "scala.math.Ordering": "Ordering", "Stream": "Stream",
                    "scala.collection.immutable.Stream": "Stream"}
_LIBRARY_OBJECTS = {"List": "List", "Seq": "List", "Nil": "Nil", "None": "None", "Option": "Option", "Some": "Some",
                    "::": "::", "Left": "Left", "Right": "Right", "Ordering": "Ordering", "Stream": "Stream",
                    "Iterator": "Iterator"}
_LIST_CONVERSIONS = {INT: "ints", LONG: "longs", DOUBLE: "doubles", CHAR: "chars", BOOLEAN: "booleans",
                     STRING: "strings"}
_ZEROS = {INT: ("int", 0), LONG: ("long", 0), DOUBLE: ("double", 0.0), FLOAT: ("float", 0.0), SHORT: ("int", 0),
          BYTE: ("int", 0)}
_LIST_LITERALS = ("List", "Seq", "scala.collection.immutable.List", "scala.collection.Seq")
# The names of List itself, as opposed to Seq (which is List here too, and takes arrays, Vectors and ranges).
_LIST_NAMES = ("List", "scala.List", "scala.collection.immutable.List", "immutable.List")


class ListAsWritten(AppliedType):
    """`List[T]` written as such: equal to the List type in every way, except that an array, a Vector or a range
    is not converted where it is expected (scalac's type mismatch), as it is for a `Seq[T]`."""


class SeqAsWritten(AppliedType):
    """`Seq[T]` written as such: the List type too, but where an array, a Vector or a range is given for one other
    than a method's parameter (a value, a result), that is `unsupported` (scalac takes it), not a type mismatch;
    `isInstanceOf[Seq[T]]` holds for a Vector or a Range too, and a type pattern or a cast to it of a value that may
    be one (an Any) is unsupported (semantics/anys.py, patterns.py read `written_seq`)."""

    written_seq = True


_SEQ_NAMES = ("Seq", "scala.Seq", "scala.collection.Seq", "collection.Seq", "scala.collection.immutable.Seq",
              "immutable.Seq")

# scala.math.BigInt: a prelude class (bigint.scala) made by `BigInt(x)`, never by `new` (whose argument would be a
# java.math.BigInteger); an integral value widens to it where a BigInt is expected, as Scala's int2bigInt does.
_BIGINT_NAMES = ("BigInt", "scala.math.BigInt", "math.BigInt", "scala.BigInt")


# String methods whose argument is a regular expression (regex.scala): (name, argument count).
_REGEX_METHODS = {("split", 1), ("split", 2), ("replaceAll", 2), ("replaceFirst", 2), ("matches", 1)}
_REGEX_META = set(".$|()[]{}^?*+\\")


def _plain_separator(name: str, arg_nodes: list) -> bool:
    """`s.split(",")`, `s.split(' ')`: a separator no regular expression reading could change (StringLib.split)."""
    if name != "split" or len(arg_nodes) != 1:  # (with a limit: Regexes.split)
        return False
    arg = arg_nodes[0]
    if isinstance(arg, ast.Literal) and arg.kind == "char":
        return True
    return isinstance(arg, ast.Literal) and arg.kind == "string" and isinstance(arg.value, str) and arg.value != "" \
        and not (set(arg.value) & _REGEX_META)


def scala_type_name(t: Type) -> str:
    """A type as scalac's messages name it: a class by its enclosing objects and classes too (`Main.Foo`)."""
    symbol = getattr(t, "symbol", None)
    if isinstance(t, ClassType) and not isinstance(t, AppliedType) and symbol is not None \
            and not getattr(symbol, "from_prelude", False):
        names = [symbol.name]
        outer = getattr(symbol, "outer", None)
        while outer is not None:
            names.append(outer.name)
            outer = getattr(outer, "outer", None)
        return ".".join(reversed(names))
    return t.name


def receiver_methods(t: Type) -> tuple[dict[str, str], str] | None:
    """The prelude methods on a receiver of type t: (Scala name -> prelude name, the prelude object), or None."""
    if t is STRING:
        return _STRING_METHODS, "StringLib"
    if t is CHAR:
        return _CHAR_METHODS, "CharLib"
    if is_integral(t):
        return _INT_METHODS, "IntegerLib"
    if t is RANGE:
        return _RANGE_METHODS, "RangeLib"
    return None


def statics_under(path: str) -> dict[str, tuple[str, str]]:
    """The static library methods directly under a qualified path (`Integer`, `math`): name -> (prelude object,
    prelude method)."""
    prefix = path + "."
    return {key[len(prefix):]: target for key, target in _STATICS.items()
            if key.startswith(prefix) and "." not in key[len(prefix):]}


class LibraryCalls(TyperExtension):
    """Resolves library names to the prelude's Scala definitions (loaded on first use)."""

    def __init__(self, prelude: tir.Program | None = None) -> None:
        self._prelude = prelude  # None: the process's prelude, loaded on first use

    @property
    def prelude(self) -> tir.Program:
        if self._prelude is None:
            from . import load_prelude

            self._prelude = load_prelude()
        return self._prelude

    def resolve_type(self, typer: Typer, name: str) -> Type | None:
        if name in EXCEPTIONS:  # the JVM's throwables are the prelude's classes of their names (throwables.scala)
            return self.prelude.classes[name].tpe
        if name in _BIGINT_NAMES:
            return self.bigint_type
        cls = _CLASSES.get(name)
        return self.prelude.classes[cls].tpe if cls is not None else None

    def library_definition(self, typer: Typer, name: str, is_class: bool):
        found = (_LIBRARY_CLASSES if is_class else _LIBRARY_OBJECTS).get(name)
        if found is None:
            return None
        return self.prelude.classes[found] if is_class else self.prelude.objects[found]

    def resolve_applied_type(self, typer: Typer, name: str, args) -> Type | None:
        """`Iterator[Char]`, the type of `s.iterator`: the prelude's StringIterator; `Comparable[T]` and
        `Comparator[T]`, the prelude's traits, unless the program defines a class of that name."""
        interface = _GENERIC_INTERFACES.get(name)
        if interface is not None and name not in typer.program.classes:
            cls = self.prelude.classes[interface]
            if len(args) != len(cls.type_params):
                return None
            return AppliedType(cls, tuple(typer.resolve_type(a) for a in args))
        if (name in _LIST_NAMES and "List" not in typer.program.classes
                or name in _SEQ_NAMES and "Seq" not in typer.program.classes) and len(args) == 1:
            t = typer.applied_class_type(self.prelude.classes["List"], ast.TypeRef(args[0].span, name, args))
            if not isinstance(t, AppliedType):
                return t
            return (ListAsWritten if name in _LIST_NAMES else SeqAsWritten)(t.symbol, t.args)
        if name in ("Iterator", "scala.collection.Iterator") and len(args) == 1 and not args[0].args \
                and typer.resolve_type(args[0]) is CHAR:
            return self.prelude.classes["StringIterator"].tpe
        return None

    def new(self, typer: Typer, node: ast.New, ctx):
        if node.tpe.name in _BIGINT_NAMES:
            for a in node.args:
                typer.type_expr(a, ctx)
            return typer.unsupported("`new BigInt(...)` of a java.math.BigInteger (`BigInt(x)` is)", node.span)
        cls = _CLASSES.get(node.tpe.name)
        if cls is None or node.tpe.args:
            return None
        return typer.construct(self.prelude.classes[cls], node.args, node.span, ctx)

    # ------------------------------------------------------------------------------------------ BigInt

    @property
    def bigint_type(self) -> Type:
        return self.prelude.classes["BigInt"].tpe

    def is_bigint(self, t: Type) -> bool:
        return isinstance(t, ClassType) and t.symbol is self.prelude.classes["BigInt"]

    def apply_ident(self, typer: Typer, node: ast.Apply, ctx, expected):
        if node.fn.name == "BigInt" and "BigInt" not in typer.program.classes:
            return self.bigint_apply(typer, node.args, node.span, ctx)
        if node.fn.name == "Range" and "Range" not in typer.program.classes:
            return self.range_apply(typer, node.args, False, node.span, ctx)
        if node.fn.name in ("Vector", "IndexedSeq") and node.fn.name not in typer.program.classes:
            return self.vector_literal(typer, node, ctx, expected)
        if node.fn.name == "Stream" and "Stream" not in typer.program.classes and "Streams" in self.prelude.objects:
            return self.stream_literal(typer, node, ctx, expected)
        if node.fn.name in _LIST_LITERALS and node.fn.name not in typer.program.classes:
            return self.list_literal(typer, node, ctx, expected)
        if node.fn.name == "Iterator" and "Iterator" not in typer.program.classes and not node.type_args:
            # `Iterator(a, b)`: the iterator of `List(a, b)` (the elements are evaluated first, as Scala's are)
            elements = ast.Apply(node.span, ast.Ident(node.fn.span, "List"), node.args, [])
            return typer.type_expr(ast.Select(node.span, elements, "iterator", node.span), ctx)
        return None

    def orderable(self, t: Type) -> bool:
        """Whether Scala finds an implicit Ordering for t: numbers, Char, Boolean, Unit, String, BigInt, tuples and
        Options of such, and classes that are java.lang.Comparable (Ordering.ordered); what Orderings.compare
        orders at run time."""
        if t.is_numeric or t in (CHAR, BOOLEAN, UNIT, STRING) or arrays.is_bigint(t):
            return True
        if isinstance(t, TupleType):
            return len(t.elements) <= 9 and all(self.orderable(e) for e in t.elements)
        if isinstance(t, TypeParamType):
            return t.upper is not None and t.upper is not ANY and self.orderable(t.upper)
        if isinstance(t, ClassType):
            option = self.prelude.classes.get("Option")
            if option is not None and isinstance(t, AppliedType) and t.symbol is option:  # (Ordering is invariant:
                # there is none for Some[Int])
                return self.orderable(t.args[0])
            comparable = self.prelude.classes.get("Comparable")
            return comparable is not None and (t.symbol is comparable or comparable in (
                getattr(t.symbol, "linearization", None) or ()))
        return False

    def to_stream(self, typer: Typer, qual, span, ctx) -> tir.Expr | None:
        """`xs.toStream` of a List, an array, an IndexedSeq, a range or a String: a Stream of its elements (their
        List first, read lazily from there)."""
        t = qual.tpe
        if self.list_element(t) is None and not isinstance(t, (ArrayType, RangeType)) and t is not STRING:
            return None
        as_list = qual if self.list_element(t) is not None else \
            typer.type_expr(ast.Select(span, ast.Typed(qual.span, qual), "toList", span), ctx)
        element = self.list_element(as_list.tpe)
        if element is None:
            return as_list if as_list.tpe is ERROR else None
        method = self.prelude.objects["Streams"].methods["fromList"]
        return typer.make_call(method, None, [as_list], span, ctx, dict(zip(method.type_params, (element,))))

    def stream_literal(self, typer: Typer, node: ast.Apply, ctx, expected) -> tir.Expr:
        """`Stream(a, b)`: the List of the elements, as a Stream."""
        items = self.list_literal(typer, ast.Apply(node.span, ast.Ident(node.fn.span, "List"), node.args,
                                                   node.type_args), ctx, None)
        if items.tpe is ERROR:
            return items
        return self.to_stream(typer, items, node.span, ctx)

    def list_literal(self, typer: Typer, node: ast.Apply, ctx, expected) -> tir.Expr:
        """`List(a, b)` / `Seq(a, b)`: the cells `a :: b :: Nil`, made from the last (the element type is the
        written one, else the expected one, else the arguments' least upper bound)."""
        if len(node.args) == 1 and is_splat(node.args[0]):  # `List(xs: _*)`: xs's elements
            return typer.type_expr(ast.Select(node.span, node.args[0].operand, "toList", node.span), ctx, expected)
        # (a repeated parameter's separate arguments: cells that print as the WrappedArray 2.11 passes)
        cons = self.prelude.classes["WrappedArgs" if getattr(node, "wrapped_args", False) else "::"]
        nil = self.prelude.objects["Nil"]
        hint = None
        if node.type_args and len(node.type_args) == 1:
            hint = typer.resolve_type(node.type_args[0])
        elif isinstance(expected, AppliedType) and len(expected.args) == 1 and expected.symbol in (
                self.prelude.classes["List"], self.prelude.classes["::"], cons):
            hint = expected.args[0]
        args = [typer.type_expr(a, ctx, hint) for a in node.args]
        if hint is ERROR or any(a.tpe is ERROR for a in args):
            return tir.ErrorNode(node.span, ERROR)
        element = hint
        if element is None:
            element = NOTHING
            for a in args:
                element = a.tpe if element is NOTHING else (element if conforms(a.tpe, element) else
                                                              a.tpe if conforms(element, a.tpe) else
                                                              lub(element, a.tpe) or ANY)
        list_type = AppliedType(self.prelude.classes["List"], (element,))
        result: tir.Expr = typer.object_instance(nil, node.span)
        if not args:
            return tir.Cast(node.span, list_type, result, checked=False) if element is not NOTHING else result
        setup = []
        values = []
        for a in args:  # evaluated in order, then linked from the last
            value = typer.adapt(a, element)
            if not isinstance(value, (tir.Const, tir.LocalGet)):
                temp = typer.temp(value.tpe, value.span, ctx)
                setup.append(tir.LocalDef(value.span, UNIT, temp, value))
                value = tir.LocalGet(value.span, value.tpe, temp)
            values.append(value)
        cell_type = AppliedType(cons, (element,))
        for value in reversed(values):
            result = tir.NewObject(node.span, cell_type, cons, [typer.to_erased(value, cons.type_params[0], ctx),
                                                                result], None)
        result = tir.Cast(node.span, list_type, result, checked=False)
        return tir.Block(node.span, list_type, setup, result) if setup else result

    def vector_literal(self, typer: Typer, node: ast.Apply, ctx, expected) -> tir.Expr:
        """`Vector(a, b)` / `IndexedSeq(a, b)`: an IndexedSeq, the array-backed immutable sequence."""
        if len(node.args) == 1 and is_splat(node.args[0]):  # `Vector(xs: _*)`: xs's elements
            return typer.type_expr(ast.Select(node.span, node.args[0].operand, "toVector", node.span), ctx, expected)
        if not node.args and not node.type_args and not isinstance(expected, ArrayType):
            # scalac makes it a Vector[Nothing]; here the element type decides the array's type
            name = getattr(node.fn, "name", "Vector")
            return typer.unsupported(f"`{name}()` without its element type (write `{name}[Int]()` or "
                                     f"`{name}.empty[Int]`)", node.span)
        literal = typer.array_literal(node, ctx, ArrayType(expected.element) if isinstance(expected, ArrayType)
                                      else None)
        if isinstance(literal.tpe, ArrayType):
            literal.tpe = ArrayType(literal.tpe.element, True)
        return literal

    def range_apply(self, typer: Typer, arg_nodes: list, inclusive: bool, span, ctx) -> tir.Expr:
        """`Range(start, end[, step])` (exclusive) and `Range.inclusive(start, end[, step])`."""
        args = [typer.adapt(typer.type_expr(a, ctx, INT), INT) for a in arg_nodes]
        if any(a.tpe is ERROR for a in args):
            return tir.ErrorNode(span, ERROR)
        if len(args) not in (2, 3):
            return typer.unsupported(f"`Range{'.inclusive' if inclusive else ''}` with {len(args)} arguments", span)
        step = args[2] if len(args) == 3 else tir.Const(span, INT, 1)
        return tir.Builtin(span, RANGE, "range.new", [args[0], args[1], step, tir.Const(span, BOOLEAN, inclusive)])

    def bigint_apply(self, typer: Typer, arg_nodes: list, span, ctx) -> tir.Expr:
        """`BigInt(n)` of an integral value, `BigInt(s)` / `BigInt(s, radix)` of a string."""
        args = [typer.type_expr(a, ctx) for a in arg_nodes]
        if any(a.tpe is ERROR for a in args):
            return tir.ErrorNode(span, ERROR)
        objects = self.prelude.objects["BigInts"].methods
        if len(args) == 1 and is_integral(args[0].tpe):
            method = objects["fromLong"]
            return tir.Call(span, method.result, method, None, [typer.convert(args[0], LONG)])
        if len(args) in (1, 2) and args[0].tpe is STRING and (len(args) == 1 or args[1].tpe in (INT, SHORT, BYTE)):
            method = objects["parse"]
            radix = typer.convert(args[1], INT) if len(args) == 2 else tir.Const(span, INT, 10)
            return tir.Call(span, method.result, method, None, [args[0], radix])
        shown = ", ".join(a.tpe.name for a in args)
        return typer.unsupported(f"`BigInt({shown})`", span)

    def adapt(self, typer: Typer, e, expected):
        if is_integral(e.tpe) and self.is_bigint(expected):
            method = self.prelude.objects["BigInts"].methods["fromLong"]
            return tir.Call(e.span, method.result, method, None, [typer.convert(e, LONG)])
        wanted = self.list_element(expected) if isinstance(expected, ClassType) and typer.library_arguments \
            else None
        if wanted is not None:
            # a range, an array or a Vector passed to a List method (`xs.zip(0 until n)`, `xs ++ words`), whose
            # parameter is a GenIterable or GenTraversableOnce in Scala: its elements as a List
            if e.tpe is RANGE and wanted in (INT, ANY):
                method = self.prelude.objects["RangeLib"].methods["toList"]
            elif isinstance(e.tpe, ArrayType) and e.tpe.element in _LIST_CONVERSIONS \
                    and conforms(e.tpe.element, wanted):
                method = self.prelude.objects["ListConversions"].methods[_LIST_CONVERSIONS[e.tpe.element]]
            else:
                return self.sequence_as_seq(typer, e, expected)
            converted = tir.Call(e.span, method.result, method, None, [e])
            return converted if conforms(converted.tpe, expected) else None
        return self.sequence_as_seq(typer, e, expected)

    def sequence_as_seq(self, typer: Typer, e, expected) -> tir.Expr | None:
        """An array, an IndexedSeq (Vector) or a range passed for a parameter of type `Seq[T]` (which is List here;
        Scala's Seq is collection.Seq, which all of them are): the List of its elements."""
        ctx = typer.argument_ctx
        if not isinstance(e.tpe, (ArrayType, RangeType, WrappedArrayType)) or self.list_element(expected) is None:
            return None
        if ctx is None:
            if isinstance(expected, SeqAsWritten):
                given, _scala = kind_name(e.tpe)
                return typer.unsupported(f"{given} where a `{expected.name.replace('List', 'Seq', 1)}` value is "
                                         "expected (other than as a method's argument: a Seq is a List here)",
                                         e.span)
            return None
        if isinstance(expected, ListAsWritten) and not typer.library_arguments:
            return None  # `List[T]`: scalac's type mismatch
        converted = typer.type_expr(ast.Select(e.span, ast.Typed(e.span, e), "toList", e.span), ctx)
        if converted.tpe is ERROR or not conforms(converted.tpe, expected):
            return None
        if not typer.library_arguments:  # a program's method: checked once all are typed (seq_kinds.py)
            self.seq_arguments(typer).note(typer.argument_method, typer.argument_params, expected, e.tpe, e.span)
        return converted

    @staticmethod
    def seq_arguments(typer: Typer) -> SeqArguments:
        found = getattr(typer, "seq_arguments", None)
        if found is None:
            found = typer.seq_arguments = SeqArguments()
        return found

    def finish(self, typer: Typer) -> None:
        found = getattr(typer, "seq_arguments", None)
        if found is not None:
            found.check(typer)
        repeated = getattr(typer, "repeated_sites", None)
        if repeated:
            check_repeated_arguments(typer, repeated)

    def select_member(self, typer: Typer, qual, name, name_span, span, arg_nodes, ctx):
        """Before a List's own members: `sorted`, `max`, `min` need an Ordering of the elements (scalac's implicit
        search), checked here rather than thrown when run."""
        missing = self.missing_ordering(typer, qual.tpe, name, name_span, arg_nodes)
        if missing is None and name in _ITERATOR_VIA_LIST and self.is_iterator(qual.tpe):
            # an Iterator's folds and conversions: those of the List of its (remaining) elements, which they use up
            as_list = typer.select_on_value(qual, "toList", name_span, span, None, ctx)
            return typer.select_on_value(as_list, name, name_span, span, arg_nodes, ctx)
        if missing is None and name == "flatMap" and arg_nodes and len(arg_nodes) == 1 \
                and not isinstance(arg_nodes[0], ast.Typed):
            if self.list_element(qual.tpe) is not None:
                return self.flat_map(typer, ast.Typed(qual.span, qual), self.list_element(qual.tpe), arg_nodes[0],
                                     span, ctx)
            if self.is_iterator(qual.tpe):
                iterators = self.prelude.classes["Iterator"]
                element = base_type_args(qual.tpe, iterators)
                if element:
                    return self.flat_map(typer, ast.Typed(qual.span, qual), element[0], arg_nodes[0], span, ctx,
                                         iterators)
        if missing is not None or name not in ("sortBy", "maxBy", "minBy") or not arg_nodes or len(arg_nodes) != 1 \
                or isinstance(arg_nodes[0], ast.Typed):
            return missing
        element = self.list_element(qual.tpe)
        if element is None:
            return None
        # the key function typed first: its result needs an Ordering, as scalac's implicit search requires
        fn = typer.type_expr(arg_nodes[0], ctx, FunctionType((element,), None))
        if fn.tpe is ERROR:
            return fn
        key = fn.tpe.result if isinstance(fn.tpe, FunctionType) else ERROR
        if key is not ERROR and not self.orderable(key):
            return typer.error(codes.MISSING_IMPLICIT, f"No implicit Ordering defined for {scala_type_name(key)}.",
                               name_span)
        return typer.select_on_value(qual, name, name_span, span, [ast.Typed(fn.span, fn)], ctx)

    def function_view(self, typer: Typer, e, ctx):
        """An IndexedSeq where a function is expected: `i => xs(i)` (a Seq is a PartialFunction[Int, A])."""
        if not (isinstance(e.tpe, ArrayType) and e.tpe.is_seq) or ctx is None:
            return None
        xs, i = f"$xs{e.span.start}_{e.span.end}", f"$i{e.span.start}_{e.span.end}"
        lam = ast.Lambda(e.span, [ast.Param(e.span, i, e.span, ast.TypeRef(e.span, "Int"))],
                         ast.Apply(e.span, ast.Ident(e.span, xs), [ast.Ident(e.span, i)]))
        return typer.type_expr(ast.Block(e.span, [ast.ValDef(e.span, xs, e.span, None, ast.Typed(e.span, e), False),
                                                  lam]), ctx)

    def missing_ordering(self, typer: Typer, t: Type, name: str, name_span, arg_nodes):
        if name in ("sorted", "max", "min") and not arg_nodes:
            element = t.element if isinstance(t, ArrayType) else self.list_element(t)
            if element is not None and element is not ERROR and not self.orderable(element):
                return typer.error(codes.MISSING_IMPLICIT, f"No implicit Ordering defined for "
                                   f"{scala_type_name(element)}.", name_span)
        return None

    def select_on_value(self, typer: Typer, qual, name, name_span, span, arg_nodes, ctx):
        t = qual.tpe
        missing = self.missing_ordering(typer, t, name, name_span, arg_nodes)
        if missing is not None:
            return missing
        if name == "toStream" and not arg_nodes and "Streams" in self.prelude.objects:
            return self.to_stream(typer, qual, span, ctx)
        if name == "flatten" and not arg_nodes and isinstance(t, ClassType) \
                and t.symbol is self.prelude.classes["Option"]:  # Option[Option[A]]: flatMap(identity)
            x = ast.Ident(span, "x$")
            fn = ast.Lambda(span, [ast.Param(span, "x$", span, None)], x)
            return typer.type_expr(ast.Apply(span, ast.Select(span, ast.Typed(qual.span, qual), "flatMap", span),
                                             [fn], []), ctx)
        element = self.list_element(t)
        if element is not None:
            found = self.list_method(typer, qual, element, name, span, arg_nodes, ctx)
            if found is not None:
                return found
        if isinstance(t, TypeParamType) and name == "compareTo" and arg_nodes is not None and len(arg_nodes) == 1:
            # `a.compareTo(b)` on a `T <: Comparable[T]` (members.py asks only then): a String, a box or a Comparable
            return self._call(typer, "ComparableDispatch", "compareTo", [ast.Typed(qual.span, qual), *arg_nodes],
                              span, ctx)
        if isinstance(t, ArrayType) and name in ("toList", "toSeq") and not arg_nodes:
            return self.array_to_list(typer, qual, span, ctx)
        if t is STRING and name == "toList" and not arg_nodes:  # its chars (the same array at run time)
            return self.array_to_list(typer, tir.Builtin(span, ArrayType(CHAR, True), "string.asChars", [qual]),
                                      span, ctx)
        if isinstance(t, ClassType) and getattr(t.symbol, "jvm_name", None):
            # a library class the prelude writes: what it does not offer is the subset's limit, not the program's
            for a in arg_nodes or ():
                typer.type_expr(a, ctx, ERROR)  # ERROR expected: a lambda there reports nothing more
            return typer.unsupported(f"the method `{name}` of {t.symbol.jvm_name}", name_span)
        if isinstance(t, ArrayType):
            found = self.array_method(typer, qual, name, span, arg_nodes or [], ctx)
            if found is None:
                found = via_list(self, typer, qual, name, span, arg_nodes or [], ctx)
            return found
        found = receiver_methods(t)
        if found is None:
            return None
        table, owner = found
        if t is STRING and name == "format" and arg_nodes is not None:
            return self.format(typer, qual, arg_nodes, span, ctx)
        if t is STRING and arg_nodes is not None and (name, len(arg_nodes)) in _REGEX_METHODS \
                and "Regexes" in self.prelude.objects and not _plain_separator(name, arg_nodes):
            receiver = ast.Typed(qual.span, qual)
            return self._call(typer, "Regexes", name, [receiver, *arg_nodes], span, ctx)
        method = table.get(name)
        if method is None:
            return None
        receiver = ast.Typed(qual.span, qual)
        return self._call(typer, owner, method, [receiver, *(arg_nodes or [])], span, ctx)

    # ------------------------------------------------------------------------------------------ List

    def list_element(self, t: Type) -> Type | None:
        """The element type of a List type (`List[Int]`, `::[Int]`, Nil's Nothing), else None."""
        if not isinstance(t, ClassType):
            return None
        lists = self.prelude.classes["List"]
        if t.symbol is not lists and lists not in (getattr(t.symbol, "linearization", None) or ()):
            return None
        args = base_type_args(t, lists)
        return args[0] if args else None

    def is_iterator(self, t: Type) -> bool:
        iterators = self.prelude.classes.get("Iterator")
        return isinstance(t, ClassType) and iterators is not None and (
            t.symbol is iterators or iterators in (getattr(t.symbol, "linearization", None) or ()))

    def flat_map(self, typer: Typer, receiver, element: Type, fn_node, span, ctx, iterators=None) -> tir.Expr:
        """`xs.flatMap(f)` where f may give any collection, an Option most often (`xs.flatMap(parse)`, a `for`
        with an Option generator): Scala takes it as a GenTraversableOnce (Option through option2Iterable), so a
        result that is not a List is made one (`x => f(x).toList`); on an Iterator, an Iterator (`.iterator`)."""
        fn = typer.type_expr(fn_node, ctx, FunctionType((element,), None))
        if fn.tpe is ERROR or not isinstance(fn.tpe, FunctionType):
            return fn if fn.tpe is ERROR else typer.adapt(fn, FunctionType((element,), ANY))
        result = fn.tpe.result
        if iterators is not None:
            fits = isinstance(result, ClassType) and (result.symbol is iterators or iterators in (
                getattr(result.symbol, "linearization", None) or ()))
        else:
            fits = self.list_element(result) is not None
        if not fits and result is not NOTHING:
            f, x = ast.Ident(span, "f$"), ast.Ident(span, "x$")
            as_list = ast.Lambda(span, [ast.Param(span, "x$", span, None)],
                                 ast.Select(span, ast.Apply(span, f, [x], []),
                                            "toList" if iterators is None else "iterator", span))
            return typer.type_expr(ast.Block(span, [ast.ValDef(span, "f$", span, None, ast.Typed(fn.span, fn), False),
                                                    ast.Apply(span, ast.Select(span, receiver, "flatMap", span),
                                                              [as_list], [])]), ctx)
        return typer.type_expr(ast.Apply(span, ast.Select(span, receiver, "flatMap", span),
                                         [ast.Typed(fn.span, fn)], []), ctx)

    def list_method(self, typer: Typer, qual, element: Type, name: str, span, arg_nodes, ctx):
        """The List methods that need the element type's own operations (what Numeric gives Scala), written as
        calls of the generic ones: `sum` is `foldLeft(0)(_ + _)`; `flatten` is `flatMap(x => x)`."""
        receiver = ast.Typed(qual.span, qual)
        if name == "collect" and arg_nodes and len(arg_nodes) == 1:
            return self.collect(typer, receiver, arg_nodes[0], span, ctx)
        if name == "collectFirst" and arg_nodes and len(arg_nodes) == 1:
            # the first element the partial function is defined at, mapped: collect over the List's iterator (lazy:
            # the function runs on no element past it), its first value
            it = ast.Select(span, receiver, "iterator", span)
            collected = self.collect(typer, it, arg_nodes[0], span, ctx, "collectFirst")
            if collected.tpe is ERROR:
                return collected
            found = ast.Ident(span, "found$")
            return typer.type_expr(ast.Block(span, [
                ast.ValDef(span, "found$", span, None, ast.Typed(span, collected), False),
                ast.If(span, ast.Select(span, found, "hasNext", span),
                       ast.Apply(span, ast.Ident(span, "Some"), [ast.Apply(span, ast.Select(span, found, "next", span),
                                                                           [], [])], []),
                       ast.Ident(span, "None"))]), ctx)
        if arg_nodes:
            return None
        if name == "unzip" and isinstance(element, TupleType) and len(element.elements) == 2:
            x = ast.Ident(span, "x$")
            parts = [typer.type_expr(ast.Apply(span, ast.Select(span, receiver, "map", span), [
                ast.Lambda(span, [ast.Param(span, "x$", span, None)], ast.Select(span, x, f"_{k}", span))], []), ctx)
                for k in (1, 2)]
            return typer.make_tuple(span, parts, (None, None))
        if name == "transpose" and self.list_element(element) is not None:
            method = self.prelude.objects["ListOps"].methods["transpose"]
            return typer.call_with_args(method, None, [receiver], span, ctx)
        if name in ("sum", "product"):
            zero = _ZEROS.get(element)
            if zero is None and not arrays.is_bigint(element):
                return typer.unsupported(f"`{name}` of a List[{element.name}]", span)
            if zero is None:
                start = ast.Apply(span, ast.Ident(span, "BigInt"), [ast.Literal(span, "int", 0 if name == "sum" else 1)],
                                  [])
            else:
                kind, value = zero
                start = ast.Literal(span, kind, value if name == "sum" else (1.0 if kind in ("double", "float") else 1))
            op = "+" if name == "sum" else "*"
            a, b = ast.Ident(span, "a$"), ast.Ident(span, "b$")
            fn = ast.Lambda(span, [ast.Param(span, "a$", span, None), ast.Param(span, "b$", span, None)],
                            ast.Infix(span, op, span, a, b))
            call = ast.Apply(span, ast.Apply(span, ast.Select(span, receiver, "foldLeft", span), [start], []), [fn], [])
            return typer.type_expr(call, ctx)
        if name == "flatten":
            inner = self.list_element(element)
            x = ast.Ident(span, "x$")
            body = x if inner is not None else ast.Select(span, x, "toList", span)
            fn = ast.Lambda(span, [ast.Param(span, "x$", span, None)], body)
            return typer.type_expr(ast.Apply(span, ast.Select(span, receiver, "flatMap", span), [fn], []), ctx)
        if name in ("toVector", "toIndexedSeq"):
            array = typer.type_expr(ast.Select(span, receiver, "toArray", span), ctx)
            return as_vector(array)  # a fresh copy: the Vector's own array
        return None

    def collect(self, typer: Typer, receiver, fn, span, ctx, name: str = "collect") -> tir.Expr:
        """`xs.collect { case p => e }`: `xs.flatMap(x => x match { case p => List(e); case _ => Nil })`."""
        if not (isinstance(fn, ast.Lambda) and len(fn.params) == 1 and isinstance(fn.body, ast.Match)):
            typer.type_expr(fn, ctx)
            return typer.unsupported(f"`{name}` with a function that is not `{{ case ... }}`", span)
        cases = [ast.Case(c.span, c.pattern, c.guard, ast.Apply(c.span, ast.Ident(c.span, "List"), [c.body], []))
                 for c in fn.body.cases]
        cases.append(ast.Case(span, ast.WildcardPattern(span), None, ast.Ident(span, "Nil")))
        body = ast.Match(fn.body.span, fn.body.scrutinee, cases, True)
        lam = ast.Lambda(fn.span, fn.params, body)
        return typer.type_expr(ast.Apply(span, ast.Select(span, receiver, "flatMap", span), [lam], []), ctx)

    def array_to_list(self, typer: Typer, array: tir.Expr, span, ctx) -> tir.Expr:
        """`a.toList`: cells made from the last element back (each boxed into the cell as generic code holds it)."""
        element = array.tpe.element
        cons = self.prelude.classes["::"]
        list_type = AppliedType(self.prelude.classes["List"], (element,))
        source = typer.temp(array.tpe, span, ctx)
        result = typer.temp(list_type, span, ctx)
        index = typer.temp(INT, span, ctx)
        index.mutable = True
        result.mutable = True
        src = tir.LocalGet(span, array.tpe, source)
        i = tir.LocalGet(span, INT, index)
        r = tir.LocalGet(span, list_type, result)
        head = typer.to_erased(tir.ArrayGet(span, element, src, i), cons.type_params[0], ctx)
        cell = tir.Cast(span, list_type, tir.NewObject(span, AppliedType(cons, (element,)), cons, [head, r], None),
                        checked=False)
        loop = tir.While(span, UNIT, tir.Binary(span, BOOLEAN, ">=", INT, i, tir.Const(span, INT, 0)),
                         tir.Block(span, UNIT, [
                             tir.LocalSet(span, UNIT, result, cell),
                             tir.LocalSet(span, UNIT, index, tir.Binary(span, INT, "-", INT, i, tir.Const(span, INT, 1)))],
                             None))
        nil = tir.Cast(span, list_type, typer.object_instance(self.prelude.objects["Nil"], span), checked=False)
        return tir.Block(span, list_type, [
            tir.LocalDef(span, UNIT, source, array),
            tir.LocalDef(span, UNIT, result, nil),
            tir.LocalDef(span, UNIT, index, tir.Binary(span, INT, "-", INT, tir.ArrayLength(span, INT, src),
                                                       tir.Const(span, INT, 1))),
            loop], r)

    def array_method(self, typer: Typer, qual, name: str, span, arg_nodes: list, ctx) -> tir.Expr | None:
        """The array methods that take no function, from the Scala templates of `arrays.py`."""
        t: ArrayType = qual.tpe
        if name == "clone" and not arg_nodes:
            return tir.Builtin(span, ArrayType(t.element), "array.copy", [qual])
        if name == "indices" and not arg_nodes:  # 0 until length, a Range
            return typer.type_expr(ast.Infix(span, "until", span, ast.Literal(span, "int", 0),
                                             ast.Select(span, ast.Typed(qual.span, qual), "length", span)), ctx)
        if name in ("isEmpty", "nonEmpty", "size") and not arg_nodes:
            length = tir.ArrayLength(span, INT, qual)
            if name == "size":
                return length
            return tir.Binary(span, BOOLEAN, "==" if name == "isEmpty" else "!=", INT, length, tir.Const(span, INT, 0))
        if not arrays.applies(name, t.element, len(arg_nodes)):
            return None
        return self._instantiate(typer, name, qual, arg_nodes, span, ctx)

    def _instantiate(self, typer: Typer, name: str, receiver, arg_nodes: list, span, ctx) -> tir.Expr:
        """A template typed where it is called, the receiver evaluated once (into a temporary unless a name)."""
        setup = []
        if not isinstance(receiver, (tir.LocalGet, tir.GlobalGet, tir.Const)):
            temp = typer.temp(receiver.tpe, receiver.span, ctx)
            setup.append(tir.LocalDef(receiver.span, UNIT, temp, receiver))
            receiver = tir.LocalGet(receiver.span, receiver.tpe, temp)
        result = typer.type_expr(arrays.instantiate(name, receiver, arg_nodes, span), ctx)
        t = receiver.tpe
        if isinstance(t, ArrayType) and t.is_seq and result.tpe == ArrayType(t.element):
            result = as_vector(result)  # an IndexedSeq's take, slice, reverse, `:+`... is an IndexedSeq (a Vector)
        if not setup:
            return result
        if result.tpe is UNIT:
            return tir.Block(span, UNIT, [*setup, result], None)
        return tir.Block(span, result.tpe, setup, result)

    def static_path(self, path: str) -> bool:
        return (path in _BIGINT_NAMES or path in _RANGE_FACTORIES or path in _STATICS or path in _ARRAYS_STATICS
                or path in _ARRAY_COPIES)

    def select_path(self, typer: Typer, path: str, node, ctx):
        if path.endswith(".break") and _STATICS.get(path) == ("Breaks", "break"):  # `break` without parentheses
            return self._call(typer, "Breaks", "break", [], node.span, ctx)
        return None

    def builtin_call(self, typer: Typer, path: str, arg_nodes, node, ctx):
        if path in _BIGINT_NAMES or path in (n + ".apply" for n in _BIGINT_NAMES):
            return self.bigint_apply(typer, list(arg_nodes), node.span, ctx)
        if path in _RANGE_FACTORIES:
            return self.range_apply(typer, list(arg_nodes), _RANGE_FACTORIES[path], node.span, ctx)
        if path in _ARRAY_COPIES and len(arg_nodes) == 5:
            source = typer.type_expr(arg_nodes[0], ctx)
            if source.tpe is ERROR:
                return tir.ErrorNode(node.span, ERROR)
            if not isinstance(source.tpe, ArrayType):
                return typer.unsupported("`System.arraycopy` of something other than an array", node.span)
            return self._instantiate(typer, "arraycopy", source, list(arg_nodes[1:]), node.span, ctx)
        if path in _ARRAYS_STATICS and arg_nodes:
            array = typer.type_expr(arg_nodes[0], ctx)
            if array.tpe is ERROR:
                return tir.ErrorNode(node.span, ERROR)
            template = _ARRAYS_STATICS[path].get(len(arg_nodes))
            if not isinstance(array.tpe, ArrayType) or template is None or (
                    template in ("sortInPlace", "sortRange") and not arrays.applies("sorted", array.tpe.element, 0)):
                return typer.unsupported(f"this form of `{path}`", node.span)
            return self._instantiate(typer, template, array, list(arg_nodes[1:]), node.span, ctx)
        if path in ("String.format", "java.lang.String.format") and arg_nodes:
            fmt = typer.type_expr(arg_nodes[0], ctx)
            return self.format(typer, fmt, list(arg_nodes[1:]), node.span, ctx,
                               interpolated=isinstance(node, ast.Interpolated))
        target = _STATICS.get(path)
        if target is None:
            return None
        return self._call(typer, *target, list(arg_nodes), node.span, ctx)

    def _call(self, typer: Typer, owner: str, name: str, arg_nodes: list, span, ctx) -> tir.Expr:
        method = self.prelude.objects[owner].methods[name]
        return typer.call_with_args(method, None, arg_nodes, span, ctx)

    # ------------------------------------------------------------------------------------------ format

    def format(self, typer: Typer, fmt: tir.Expr, arg_nodes: list, span, ctx, interpolated: bool = False) -> tir.Expr:
        """`fmt.format(args)` with a literal format: one FormatLib call per conversion, concatenated; with a format
        made at run time, FormatLib.formatRuntime takes it apart there (the arguments boxed)."""
        if not isinstance(fmt, tir.Const) or not isinstance(fmt.value, str):
            args = [typer.type_expr(a, ctx) for a in arg_nodes]
            if fmt.tpe is ERROR or any(a.tpe is ERROR for a in args):
                return tir.ErrorNode(span, ERROR)
            boxed = tir.ArrayLiteral(span, ArrayType(ANY), [typer.box(a) for a in args])
            method = self.prelude.objects["FormatLib"].methods["formatRuntime"]
            return tir.Call(span, method.result, method, None, [fmt, boxed])
        args = [typer.type_expr(a, ctx) for a in arg_nodes]
        if any(a.tpe is ERROR for a in args):
            return tir.ErrorNode(span, ERROR)
        parts: list[tir.Expr] = []
        used = 0
        position = 0
        text = fmt.value
        for m in _SPEC.finditer(text):
            if m.start() > position:
                parts.append(tir.Const(span, STRING, text[position:m.start()]))
            position = m.end()
            flags, width, precision, conversion = m.group(1), m.group(2), m.group(3), m.group(4)
            if conversion == "n":
                parts.append(tir.Const(span, STRING, "\n"))
                continue
            if conversion == "%":
                parts.append(tir.Const(span, STRING, "%"))
                continue
            if conversion not in _CONVERSIONS or "(" in flags or "#" in flags:
                return typer.unsupported(f"the format `{m.group(0)}`", fmt.span)
            if used >= len(args):
                return typer.error(codes.WRONG_ARGUMENTS, f"the format `{m.group(0)}` has no argument left "
                                   f"({len(args)} given)", span)
            arg = args[used]
            used += 1
            piece = self._conversion(typer, conversion, flags, int(width) if width else -1,
                                     int(precision[1:]) if precision else -1, arg, span, ctx, interpolated)
            if piece is None:
                return typer.error(codes.TYPE_MISMATCH, f"`%{conversion}` cannot format a {arg.tpe.name}", arg.span)
            parts.append(piece)
        if position < len(text):
            parts.append(tir.Const(span, STRING, text[position:]))
        if not parts:
            return tir.Const(span, STRING, "")
        return tir.StringConcat(span, STRING, parts)

    def _conversion(self, typer: Typer, conversion: str, flags: str, width: int, precision: int, arg: tir.Expr,
                    span, ctx, interpolated: bool = False) -> tir.Expr | None:
        t = arg.tpe
        upper = conversion.isupper()
        common = [tir.Const(span, STRING, flags), tir.Const(span, INT, width)]
        def call(name: str, *args: tir.Expr) -> tir.Expr:
            method = self.prelude.objects["FormatLib"].methods[name]
            return tir.Call(span, method.result, method, None, list(args))
        if conversion == "d" and is_integral(t) and t is not CHAR:
            return call("integer", typer.convert(arg, LONG), *common)
        if conversion in "xXo" and t in (INT, LONG):
            bits = tir.Const(span, INT, 64 if t is LONG else 32)
            shift = tir.Const(span, INT, 3 if conversion == "o" else 4)
            return call("unsigned", typer.convert(arg, LONG), bits, shift, tir.Const(span, BOOLEAN, upper), *common)
        if conversion in "cC" and t in (CHAR, INT, SHORT, BYTE):
            return call("character", typer.convert(arg, CHAR), tir.Const(span, BOOLEAN, upper), *common)
        if conversion in "sSbB" and (conversion in "sS" or t is BOOLEAN):
            text = tir.StringConcat(span, STRING, [arg]) if t is not STRING else arg
            return call("text", text, tir.Const(span, BOOLEAN, upper), *common, tir.Const(span, INT, precision))
        if conversion in "bB" and not interpolated:
            # Formatter's `%b` of anything else: "false" for null, else "true" (the `f` interpolator takes Booleans
            # only: scalac's type mismatch)
            if t.is_reference or t is NULL:
                present = tir.RefEquals(span, BOOLEAN, typer.box(arg), tir.Const(span, NULL, None), True)
            else:
                present = tir.Block(span, BOOLEAN, [typer.discard(arg)], tir.Const(span, BOOLEAN, True))
            text = tir.StringConcat(span, STRING, [present])
            return call("text", text, tir.Const(span, BOOLEAN, upper), *common, tir.Const(span, INT, precision))
        if conversion in "feE" and t in (DOUBLE, FLOAT):
            value = typer.convert(arg, DOUBLE)
            if conversion == "f":
                return call("fixed", value, *common, tir.Const(span, INT, precision))
            return call("scientific", value, tir.Const(span, BOOLEAN, upper), *common, tir.Const(span, INT, precision))
        return None


_SPEC = re.compile(r"%([-#+ 0,(]*)(\d+)?(\.\d+)?([a-zA-Z%])")
_CONVERSIONS = frozenset("dxXocCsSbBfeE")
