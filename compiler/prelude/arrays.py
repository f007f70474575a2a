"""Array methods that take no function (sum, min, max, indexOf, contains, reverse, mkString, sorted, take, drop,
slice, distinct, clone, copyToArray, head, last, isEmpty, `:+`) and `java.util.Arrays.fill/sort`, written in Scala and instantiated
at each call.

The subset has no generics, so a method that works on every element type is kept as Scala source text with holes
(`self$`, `x$`, ...): at a call, the text's syntax tree is copied with the holes filled by the receiver and the
arguments, every position set to the call's, and typed in the caller's context like code the user wrote. The type
checker thereby picks the element type's own `+`, `<=`, `==` and string conversion, as Scala's Numeric and Ordering
would; the element types a method needs are checked first, so a template never reports an error of its own.
"""
from __future__ import annotations

from functools import lru_cache

from ..diagnostics import DiagnosticSink
from ..semantics import tir
from ..semantics.symbols import ClassSymbol
from ..semantics.types import (BOOLEAN, BYTE, CHAR, DOUBLE, FLOAT, INT, LONG, SHORT, STRING, ArrayType, ClassType,
                               TupleType, Type)
from ..source import SourceText, Span
from ..syntax import ast
from ..syntax.parser import parse

_SUMMABLE = (INT, LONG, FLOAT, DOUBLE)
_ORDERED = (BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR, STRING)

# The templates by method: Scala with holes for the receiver (`self$`) and the arguments (`arg1$`, ...).
TEMPLATES: dict[str, str] = {
    "sum": "{ val a$ = self$; var s$ = zero$; var i$ = 0; while (i$ < a$.length) { s$ += a$(i$); i$ += 1 }; s$ }",
    "min": "{ val a$ = self$; if (a$.length == 0) throw new UnsupportedOperationException(\"empty.min\"); "
           "var m$ = a$(0); var i$ = 1; "
           "while (i$ < a$.length) { m$ = if (m$ <= a$(i$)) m$ else a$(i$); i$ += 1 }; m$ }",
    "max": "{ val a$ = self$; if (a$.length == 0) throw new UnsupportedOperationException(\"empty.max\"); "
           "var m$ = a$(0); var i$ = 1; "
           "while (i$ < a$.length) { m$ = if (m$ >= a$(i$)) m$ else a$(i$); i$ += 1 }; m$ }",
    "indexOf": "{ val a$ = self$; val x$ = arg1$; var i$ = arg2$; if (i$ < 0) i$ = 0; var r$ = -1; "
               "while (r$ < 0 && i$ < a$.length) { if (a$(i$) == x$) r$ = i$; i$ += 1 }; r$ }",
    "contains": "{ val a$ = self$; val x$ = arg1$; var i$ = 0; var r$ = false; "
                "while (!r$ && i$ < a$.length) { if (a$(i$) == x$) r$ = true; i$ += 1 }; r$ }",
    "reverse": "{ val a$ = self$; val r$ = a$.clone(); val n$ = a$.length; var i$ = 0; "
               "while (i$ < n$) { r$(i$) = a$(n$ - 1 - i$); i$ += 1 }; r$ }",
    "mkString": "{ val a$ = self$; val b$ = new StringBuilder(); b$.append(arg1$); val sep$ = arg2$; var i$ = 0; "
                "while (i$ < a$.length) { if (i$ > 0) b$.append(sep$); b$.append(\"\" + a$(i$)); i$ += 1 }; "
                "b$.append(arg3$); b$.toString }",
    "sorted": "self$.sortWith((x$, y$) => x$ < y$)",
    # java.lang.Double.compare's order, which Scala's Ordering.Double sorts by: -0.0 before 0.0, NaN last
    "sortedFloating": "self$.sortWith((x$, y$) => x$ < y$ || (x$ == y$ && 1 / x$ < 1 / y$) || (x$ == x$ && y$ != y$))",
    "copyToArray": "{ val a$ = self$; val d$ = arg1$; val s$ = arg2$; val n$ = arg3$; var i$ = 0; "
                   "while (i$ < a$.length && i$ < n$ && s$ + i$ < d$.length) { d$(s$ + i$) = a$(i$); i$ += 1 } }",
    "slice": "{ val a$ = self$; val n$ = a$.length; var lo$ = arg1$; var hi$ = arg2$; "
             "if (lo$ < 0) lo$ = 0; if (lo$ > n$) lo$ = n$; if (hi$ > n$) hi$ = n$; if (hi$ < lo$) hi$ = lo$; "
             "val r$ = new Array[Elem$](hi$ - lo$); var i$ = 0; "
             "while (i$ < hi$ - lo$) { r$(i$) = a$(lo$ + i$); i$ += 1 }; r$ }",
    "head": "{ val a$ = self$; if (a$.length == 0) throw new NoSuchElementException(\"next on empty iterator\"); "
            "a$(0) }",
    "last": "{ val a$ = self$; a$(a$.length - 1) }",
    "fill": "{ val a$ = self$; val v$ = arg1$; var i$ = 0; while (i$ < a$.length) { a$(i$) = v$; i$ += 1 } }",
    "equals": "{ val a$ = self$; val b$ = arg1$; var r$ = a$ eq b$; "
              "if (!r$ && a$ != null && b$ != null && a$.length == b$.length) { r$ = true; var i$ = 0; "
              "while (r$ && i$ < a$.length) { if (a$(i$) != b$(i$)) r$ = false; i$ += 1 } }; r$ }",
    # System.arraycopy: as if through a temporary array when source and destination overlap (Java's rule).
    "arraycopy": "{ val a$ = self$; val sp$ = arg1$; val d$ = arg2$; val dp$ = arg3$; val n$ = arg4$; "
                 "val what$ = \"arraycopy: \"; "
                 "if (n$ < 0) throw new ArrayIndexOutOfBoundsException(what$ + \"length \" + n$ + \" is negative\"); "
                 "if (sp$ < 0) throw new ArrayIndexOutOfBoundsException(what$ + \"source index \" + sp$ + "
                 "\" out of bounds for \" + kind$ + \"[\" + a$.length + \"]\"); "
                 "if (dp$ < 0) throw new ArrayIndexOutOfBoundsException(what$ + \"destination index \" + dp$ + "
                 "\" out of bounds for \" + kind$ + \"[\" + d$.length + \"]\"); "
                 "if (sp$ + n$ > a$.length) throw new ArrayIndexOutOfBoundsException(what$ + "
                 "\"last source index \" + (sp$ + n$) + \" out of bounds for \" + kind$ + \"[\" + a$.length + \"]\"); "
                 "if (dp$ + n$ > d$.length) throw new ArrayIndexOutOfBoundsException(what$ + "
                 "\"last destination index \" + (dp$ + n$) + \" out of bounds for \" + kind$ + \"[\" + d$.length + \"]\"); "
                 "if ((a$ eq d$) && sp$ < dp$) { var i$ = n$ - 1; while (i$ >= 0) { d$(dp$ + i$) = a$(sp$ + i$); "
                 "i$ -= 1 } } else { var i$ = 0; while (i$ < n$) { d$(dp$ + i$) = a$(sp$ + i$); i$ += 1 } } }",
    ":+": "{ val a$ = self$; val r$ = new Array[Elem$](a$.length + 1); var i$ = 0; "
          "while (i$ < a$.length) { r$(i$) = a$(i$); i$ += 1 }; r$(a$.length) = arg1$; r$ }",
    "updated": "{ val a$ = self$; val i$ = arg1$; "
               "if (i$ < 0 || i$ >= a$.length) throw new IndexOutOfBoundsException(\"\" + i$); "
               "val r$ = new Array[Elem$](a$.length); var k$ = 0; while (k$ < a$.length) { r$(k$) = a$(k$); k$ += 1 }; "
               "r$(i$) = arg2$; r$ }",
    "+:": "{ val a$ = self$; val r$ = new Array[Elem$](a$.length + 1); r$(0) = arg1$; var i$ = 0; "
          "while (i$ < a$.length) { r$(i$ + 1) = a$(i$); i$ += 1 }; r$ }",
    "++": "{ val a$ = self$; val b$ = arg1$; val r$ = new Array[Elem$](a$.length + b$.length); var i$ = 0; "
          "while (i$ < a$.length) { r$(i$) = a$(i$); i$ += 1 }; var j$ = 0; "
          "while (j$ < b$.length) { r$(i$ + j$) = b$(j$); j$ += 1 }; r$ }",
    # the first of each run of equal elements (`==`), in order
    "distinct": "{ val a$ = self$; val r$ = new Array[Elem$](a$.length); var n$ = 0; var i$ = 0; "
                "while (i$ < a$.length) { var j$ = 0; var seen$ = false; "
                "while (!seen$ && j$ < n$) { if (r$(j$) == a$(i$)) seen$ = true; j$ += 1 }; "
                "if (!seen$) { r$(n$) = a$(i$); n$ += 1 }; i$ += 1 }; "
                "val d$ = new Array[Elem$](n$); var k$ = 0; while (k$ < n$) { d$(k$) = r$(k$); k$ += 1 }; d$ }",
    # java.util.Arrays: copyOf pads with the element type's default value, copyOfRange copies as the JDK does
    # (through System.arraycopy, whose messages it reports), fill of a range checks it as Arrays.rangeCheck does
    "copyOf": "{ val a$ = self$; val n$ = arg1$; if (n$ < 0) throw new NegativeArraySizeException(\"\" + n$); "
              "val r$ = new Array[Elem$](n$); var i$ = 0; while (i$ < n$ && i$ < a$.length) { r$(i$) = a$(i$); i$ += 1 }; "
              "r$ }",
    "copyOfRange": "{ val a$ = self$; val f$ = arg1$; val t$ = arg2$; val n$ = t$ - f$; "
                   "if (n$ < 0) throw new IllegalArgumentException(f$ + \" > \" + t$); val r$ = new Array[Elem$](n$); "
                   "System.arraycopy(a$, f$, r$, 0, math.min(a$.length - f$, n$)); r$ }",
    "fillRange": "{ val a$ = self$; val f$ = arg1$; val t$ = arg2$; val v$ = arg3$; "
                 "if (f$ > t$) throw new IllegalArgumentException(\"fromIndex(\" + f$ + \") > toIndex(\" + t$ + \")\"); "
                 "if (f$ < 0) throw new ArrayIndexOutOfBoundsException(\"Array index out of range: \" + f$); "
                 "if (t$ > a$.length) throw new ArrayIndexOutOfBoundsException(\"Array index out of range: \" + t$); "
                 "var i$ = f$; while (i$ < t$) { a$(i$) = v$; i$ += 1 } }",
    # a stable sort, as the JDK's for objects: the same order whatever the algorithm, for a consistent comparator
    "sortRange": "{ val a$ = self$; val f$ = arg1$; val t$ = arg2$; "
                 "if (f$ > t$) throw new IllegalArgumentException(\"fromIndex(\" + f$ + \") > toIndex(\" + t$ + \")\"); "
                 "if (f$ < 0) throw new ArrayIndexOutOfBoundsException(\"Array index out of range: \" + f$); "
                 "if (t$ > a$.length) throw new ArrayIndexOutOfBoundsException(\"Array index out of range: \" + t$); "
                 "val s$ = a$.slice(f$, t$).sorted; var i$ = 0; while (i$ < s$.length) { a$(f$ + i$) = s$(i$); i$ += 1 } }",
    "sortComparator": "{ val a$ = self$; val c$ = arg1$; val s$ = a$.sortWith((x$, y$) => c$.compare(x$, y$) < 0); "
                      "var i$ = 0; while (i$ < a$.length) { a$(i$) = s$(i$); i$ += 1 } }",
    "toString": "{ val a$ = self$; if (a$ == null) \"null\" else a$.mkString(\"[\", \", \", \"]\") }",
    "sortInPlace": "{ val a$ = self$; val s$ = a$.sorted; var i$ = 0; "
                   "while (i$ < a$.length) { a$(i$) = s$(i$); i$ += 1 } }",
}


def applies(name: str, element: Type, argc: int) -> bool:
    """Whether `xs.name(args...)` with this element type and argument count is one of the templates' calls."""
    if name == "sum":
        return argc == 0 and (element in _SUMMABLE or is_bigint(element))
    if name in ("min", "max", "sorted"):
        return argc == 0 and (element in _ORDERED or is_bigint(element))
    if name == "mkString":
        return argc in (0, 1, 3)
    if name == "indexOf":
        return argc in (1, 2)
    if name == "copyToArray":
        return argc in (1, 2, 3)
    if name in ("take", "drop", "takeRight", "dropRight"):
        return argc == 1 and _nameable(element)
    if name == "slice":
        return argc == 2 and _nameable(element)
    if name == ":+":
        return argc == 1 and _nameable(element)
    if name in ("++", "+:"):
        return argc == 1 and _nameable(element)
    if name == "updated":
        return argc == 2 and _nameable(element)
    if name == "sameElements":
        return argc == 1
    if name == "distinct":
        return argc == 0 and _nameable(element)
    if name in ("reverse", "head", "last"):
        return argc == 0
    return name == "contains" and argc == 1


def is_bigint(t: Type) -> bool:
    """BigInt (a prelude class) has the `+`, `<=` and `<` the templates use, as Numeric[BigInt] and Ordering[BigInt]
    would."""
    return isinstance(t, ClassType) and getattr(t.symbol, "jvm_name", None) == "scala.math.BigInt"


def _nameable(t: Type) -> bool:
    """Whether a written type can name t (for `new Array[T](n)`): primitives, String, classes, arrays of them."""
    if isinstance(t, ArrayType):
        return _nameable(t.element)
    if isinstance(t, TupleType):
        return all(_nameable(e) for e in t.elements)
    return t.is_numeric or t in (BOOLEAN, STRING) or (isinstance(t, ClassType) and isinstance(t.symbol, ClassSymbol))


def instantiate(name: str, receiver: tir.Expr, args: list, span: Span) -> ast.Expr:
    """The syntax tree of `receiver.name(args)` in terms of the template (args: syntax trees of the arguments)."""
    element = receiver.tpe.element
    holes: dict[str, ast.Expr] = {"self$": ast.Typed(span, receiver)}
    template = "sortedFloating" if name == "sorted" and element in (FLOAT, DOUBLE) else name
    if name == "sum" and is_bigint(element):
        holes["zero$"] = ast.Apply(span, ast.Ident(span, "BigInt"), [ast.Literal(span, "int", 0)], [])
    elif name == "sum":
        holes["zero$"] = ast.Literal(span, "double", 0.0) if element is DOUBLE else \
            ast.Literal(span, "float", 0.0) if element is FLOAT else \
            ast.Literal(span, "long", 0) if element is LONG else ast.Literal(span, "int", 0)
    elif name == "indexOf":
        holes["arg1$"] = args[0]
        holes["arg2$"] = args[1] if len(args) > 1 else ast.Literal(span, "int", 0)
    elif name in ("contains", ":+", "++", "+:"):
        holes["arg1$"] = args[0]
    elif name == "mkString":
        empty = ast.Literal(span, "string", "")
        start, sep, end = (args if len(args) == 3 else [empty, args[0], empty] if args else [empty, empty, empty])
        holes.update({"arg1$": start, "arg2$": sep, "arg3$": end})
    elif name == "copyToArray":
        holes["arg1$"] = args[0]
        holes["arg2$"] = args[1] if len(args) > 1 else ast.Literal(span, "int", 0)
        holes["arg3$"] = args[2] if len(args) > 2 else ast.Literal(span, "int", 2**31 - 1)
    elif name in ("take", "drop", "takeRight", "dropRight", "slice"):
        template = "slice"
        length = ast.Select(span, ast.Typed(span, receiver), "length", span)
        if name == "take":
            lo, hi = ast.Literal(span, "int", 0), args[0]
        elif name == "drop":
            lo, hi = args[0], length
        elif name == "takeRight":
            lo, hi = ast.Infix(span, "-", span, length, args[0]), length
        elif name == "dropRight":
            lo, hi = ast.Literal(span, "int", 0), ast.Infix(span, "-", span, length, args[0])
        else:
            lo, hi = args
        holes.update({"arg1$": lo, "arg2$": hi})
    elif name == "updated":
        holes["arg1$"], holes["arg2$"] = args
    elif name == "sameElements":  # element by element with `==`, as Seq equality is
        template = "equals"
        holes["arg1$"] = args[0]
    elif name in ("fill", "sortInPlace", "equals", "arraycopy", "copyOf", "copyOfRange", "fillRange",
                  "sortComparator", "toString", "sortRange"):
        for k, arg in enumerate(args):
            holes[f"arg{k + 1}$"] = arg
        # the JVM names the array in arraycopy's messages: int[6], object array[3]
        holes["kind$"] = ast.Literal(span, "string", element.name.lower() if element.is_numeric or element is BOOLEAN
                                     else "object array")
    return _copy(_parsed(template), holes, span, _type_ref(element, span))


@lru_cache(maxsize=None)
def _parsed(name: str) -> ast.Expr:
    text = f"object Template$ {{ def body$ = {TEMPLATES[name]} }}"
    sink = DiagnosticSink()
    unit = parse(SourceText(text, f"<array template {name}>"), sink)
    assert not sink.items, (name, [d.message for d in sink.items])
    return unit.defs[0].body[0].body


def _type_ref(t: Type, span: Span) -> ast.TypeRef:
    if isinstance(t, ArrayType) and t.is_seq:  # an IndexedSeq: no written name spells it but its own
        return ast.KnownType(span, t.name, resolved=t)
    if isinstance(t, ArrayType):
        return ast.TypeRef(span, "Array", [_type_ref(t.element, span)])
    if isinstance(t, (ClassType, TupleType)):
        return ast.KnownType(span, t.name, resolved=t)  # a generic class or a tuple: as resolved, not by name
    return ast.TypeRef(span, t.name)


def _copy(node, holes: dict, span: Span, element: ast.TypeRef):
    """A copy of a template's tree: holes filled, `Elem$` the element type, every span the call's."""
    if isinstance(node, list):
        return [_copy(item, holes, span, element) for item in node]
    if isinstance(node, Span):
        return span
    if not isinstance(node, ast.Node):
        return node
    if isinstance(node, ast.Ident) and node.name in holes:
        return holes[node.name]
    if isinstance(node, ast.TypeRef) and node.name == "Elem$":
        return element
    copy = object.__new__(type(node))
    for field in node.__dataclass_fields__:
        setattr(copy, field, _copy(getattr(node, field), holes, span, element))
    return copy
