"""Typing of patterns: `match` with constructor, typed, binder, stable-identifier, tuple, literal and alternative
patterns, and the same patterns in `val` definitions and `for` generators.

A pattern is compiled against a value that may be read again (a temporary, or a field or tuple element of one)
into the tests that decide whether it matches, in order, and the bindings made when it does. A `match` tries its
cases in order; the first whose tests pass and whose guard holds runs; none matching is a `scala.MatchError`
whose message is the JVM's (`P(1,2) (of class P)`, or `null`).
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..syntax import ast
from . import tir
from .collections import WrappedArrayType
from .anys import _may_be_seq, _seq_name
from .context import Context
from .erasure import erased_binding, is_indexed_seq
from .exhaustiveness import uncovered
from .generics import substitute
from .symbols import ClassSymbol, LocalSymbol, ObjectSymbol, binary_simple_name
from .types import (ANY, ANYREF, ANYVAL, BOOLEAN, BYTE, CHAR, DOUBLE, ERROR, FLOAT, INT, LONG, NOTHING, NULL, SHORT,
                    STRING, UNIT, ArrayType, ClassType, TupleType, Type, conforms, is_value_type, lub)

_SPECIALIZED = {"Int": "I", "Long": "J", "Double": "D", "Char": "C", "Boolean": "Z"}
_BOXES = {INT: "java.lang.Integer", LONG: "java.lang.Long", DOUBLE: "java.lang.Double", FLOAT: "java.lang.Float",
          SHORT: "java.lang.Short", BYTE: "java.lang.Byte", CHAR: "java.lang.Character",
          BOOLEAN: "java.lang.Boolean", UNIT: "scala.runtime.BoxedUnit", STRING: "java.lang.String"}


def tuple_class_name(t: TupleType) -> str:
    """The JVM class of a tuple, as a MatchError names it: Tuple2 is specialized for pairs of primitives."""
    codes_ = [_SPECIALIZED.get(e.name) for e in t.elements]
    if len(t.elements) == 2 and all(codes_):
        return f"scala.Tuple2$mc{''.join(codes_)}$sp"
    return f"scala.Tuple{len(t.elements)}"


def jvm_class_name(sym) -> str:
    """The JVM's name of a user class or object (`Main$P` for a class nested in object Main, `Z$` for an object),
    as `getClass.getName` and MatchError messages show it."""
    if getattr(sym, "jvm_name", None) is not None:
        return sym.jvm_name
    name = binary_simple_name(sym) + ("$" if isinstance(sym, ObjectSymbol) else "")
    outer = sym.outer
    while outer is not None:
        name = binary_simple_name(outer) + "$" + name
        outer = outer.outer
    return name


def may_hold(t: Type, target: Type) -> bool:
    """Whether a value of static type t can be a `target` that t does not conform to (a pattern downcasting to
    it is allowed, as scalac allows it): Any holds everything, AnyRef every reference, a class its subclasses, and
    a trait or a class that is not final may meet a trait in a subclass."""
    if target in (NOTHING, NULL, ERROR, ANYVAL) or t is ERROR:
        return False
    if t is ANY:
        return True
    if t is ANYREF:
        return target.is_reference
    if t is ANYVAL:
        return is_value_type(target)
    if isinstance(t, ClassType) and isinstance(target, ClassType):
        a, b = t.symbol, target.symbol
        if not (isinstance(a, ClassSymbol) and isinstance(b, ClassSymbol)):
            return False
        if b.derives_from(a):
            return True
        return (a.is_trait and not b.is_final) or (b.is_trait and not a.is_final)
    return False


def default_value(t: Type):
    """The initial value of a variable of type t before it is assigned (0, false, null)."""
    if t is BOOLEAN:
        return False
    if t.is_numeric:
        return 0.0 if t.name in ("Float", "Double") else 0
    return None


class PatternTyping:
    """Typing rules for patterns (a mixin of the Typer)."""

    # ------------------------------------------------------------------------------------------ match

    def uses_only_constants(self, node: ast.Match) -> bool:
        """Whether every case is a literal, an alternative of literals, `_` or a name: the switch form."""
        def simple(p) -> bool:
            if isinstance(p, ast.AlternativePattern):
                return all(isinstance(a, ast.LiteralPattern) for a in p.alternatives)
            return isinstance(p, (ast.LiteralPattern, ast.WildcardPattern, ast.BindPattern, ast.UnsupportedPattern,
                                  ast.ErrorPattern))
        return all(simple(c.pattern) for c in node.cases)

    def pattern_match(self, node: ast.Match, scrutinee: tir.Expr, ctx: Context, expected) -> tir.Expr:
        """`v match { case ... }` as tests tried in order: each case tests its patterns and binds its names
        before its guard; no case matching is a scala.MatchError, as on the JVM."""
        span = node.span
        t = scrutinee.tpe
        temp = self.temp(t, node.scrutinee.span, ctx)
        done = LocalSymbol("$matched", span, BOOLEAN, mutable=True)
        ctx.locals.append(done)
        get_done = tir.LocalGet(span, BOOLEAN, done)
        tried: list[tuple[ast.Case, tir.Expr, list, tir.Expr | None, tir.Expr]] = []
        for case in node.cases:
            inner = ctx.nested()
            tests: list[tir.Expr] = []
            binds: list[tir.Expr] = []
            self.case_uses = [case.guard, case.body]  # (what an erased Vector pattern binds: erasure.py)
            try:
                matched = self.case_pattern(case.pattern, tir.LocalGet(case.span, t, temp), inner, tests, binds)
            finally:
                self.case_uses = None
            if not matched:
                continue
            guard = self.adapt(self.type_expr(case.guard, inner, BOOLEAN), BOOLEAN) if case.guard else None
            body = self.type_expr(case.body, inner, expected)
            cond = tir.Unary(case.span, BOOLEAN, "!", get_done)
            for test in tests:
                cond = tir.Logical(case.span, BOOLEAN, "&&", cond, test)
            tried.append((case, cond, binds, guard, body))
        if len(tried) == len(node.cases) and not node.unchecked:
            self.check_exhaustive(node, t)
        if expected is not None:
            tpe = expected
        else:
            tpe = NOTHING
            for _case, _cond, _binds, _guard, body in tried:
                joined = lub(tpe, body.tpe)
                if joined is None:
                    return self.error(codes.UNSUPPORTED, f"a `match` whose cases have unrelated types {tpe.name} "
                                      f"and {body.tpe.name} (Scala types it as `Any`) is not supported", body.span)
                tpe = joined
        result = None
        stats: list[tir.Expr] = [tir.LocalDef(span, UNIT, temp, scrutinee),
                                 tir.LocalDef(span, UNIT, done, tir.Const(span, BOOLEAN, False))]
        if tpe not in (UNIT, NOTHING, ERROR):
            result = LocalSymbol("$result", span, tpe, mutable=True)
            ctx.locals.append(result)
            stats.append(tir.LocalDef(span, UNIT, result, tir.Const(span, tpe, default_value(tpe))))
        for case, cond, binds, guard, body in tried:
            body = self.adapt(body, tpe) if tpe is not UNIT else self.discard(body)
            take = [tir.LocalSet(case.span, UNIT, done, tir.Const(case.span, BOOLEAN, True))]
            take.append(tir.LocalSet(case.span, UNIT, result, body) if result is not None else self.discard(body))
            chosen = tir.Block(case.span, UNIT, take, None)
            if guard is not None:
                chosen = tir.If(case.span, UNIT, guard, chosen, None)
            stats.append(tir.If(case.span, UNIT, cond, tir.Block(case.span, UNIT, [*binds, chosen], None), None))
        failure = self.match_error(tir.LocalGet(span, t, temp), span, ctx)
        stats.append(tir.If(span, UNIT, tir.Unary(span, BOOLEAN, "!", get_done), failure, None))
        if result is None:
            return tir.Block(span, UNIT if tpe is not NOTHING else NOTHING, stats, None)
        return tir.Block(span, tpe, stats, tir.LocalGet(span, tpe, result))

    def match_error(self, value: tir.Expr, span, ctx: Context) -> tir.Expr:
        """`throw new MatchError(value)`: its message is `value (of class C)`, or `null` for null."""
        t = value.tpe
        if isinstance(t, TupleType):
            name = tuple_class_name(t)
        elif isinstance(t, ClassType) and isinstance(t.symbol, (ClassSymbol, ObjectSymbol)):
            name = jvm_class_name(t.symbol)
        else:
            name = _BOXES.get(t, t.name)
        if (isinstance(t, ClassType) and isinstance(t.symbol, ClassSymbol) and not t.symbol.is_final) or t in (
                ANY, ANYREF, ANYVAL):  # the class the value has at run time: a subclass, a box
            message: tir.Expr = tir.StringConcat(span, STRING, [
                value, tir.Const(span, STRING, " (of class "),
                tir.Builtin(span, STRING, "any.className", [self.box(value)]), tir.Const(span, STRING, ")")])
        else:
            message = tir.StringConcat(span, STRING, [value, tir.Const(span, STRING, f" (of class {name})")])
        if t.is_reference:
            is_null = tir.RefEquals(span, BOOLEAN, value, tir.Const(span, NULL, None), False)
            message = tir.If(span, STRING, is_null, tir.Const(span, STRING, "null"), message)
        return self.throw_new(span, "scala.MatchError", message)

    # ------------------------------------------------------------------------------------------ patterns

    def case_pattern(self, pattern: ast.Pattern, value: tir.Expr, ctx: Context, tests: list, binds: list) -> bool:
        """The tests (in order) and bindings of one pattern on a value that may be read again; False after
        reporting."""
        t = value.tpe
        if isinstance(pattern, ast.WildcardPattern):
            return True
        if isinstance(pattern, ast.BindPattern):
            self.bind(pattern.name, pattern.span, value, ctx, binds)
            return True
        if isinstance(pattern, ast.BinderPattern):
            self.pattern_types.pop(id(pattern.pattern), None)
            if not self.case_pattern(pattern.pattern, value, ctx, tests, binds):
                return False
            narrowed = self.pattern_types.pop(id(pattern.pattern), None)
            if narrowed is not None and narrowed != value.tpe and value.tpe.is_reference:
                # `c @ Circle(_)` names a Circle, `n @ (_: Int)` an Int: the type the inner pattern tested for
                value = tir.Cast(pattern.span, narrowed, value, checked=True)
            self.bind(pattern.name, pattern.name_span, value, ctx, binds)
            return True
        if isinstance(pattern, ast.TuplePattern):
            if t in (ANY, ANYREF) and len(pattern.elements) >= 2:
                # `case (a, b)` on an Any: a tuple of that many elements (erased, as on the JVM), its parts Any.
                value = self.narrow(value, TupleType((ANY,) * len(pattern.elements)), pattern.span, tests)
                t = value.tpe
            if not isinstance(t, TupleType) or len(t.elements) != len(pattern.elements):
                self.error(codes.TYPE_MISMATCH, f"a pattern of {len(pattern.elements)} elements cannot match a "
                           f"value of type {t.name}", pattern.span)
                return False
            ok = True
            for i, part in enumerate(pattern.elements):
                ok = self.case_pattern(part, tir.TupleGet(part.span, t.elements[i], value, i), ctx, tests,
                                       binds) and ok
            return ok
        if isinstance(pattern, ast.LiteralPattern):
            lit = self.expr_Literal(pattern.literal, ctx, t)
            test = self.equality("==", value, lit, pattern.span, ctx)
            if test.tpe is ERROR:
                return False
            tests.append(test)
            return True
        if isinstance(pattern, ast.StableIdPattern):
            return self.stable_pattern(pattern, value, ctx, tests)
        if isinstance(pattern, ast.AlternativePattern):
            return self.alternatives(pattern, value, ctx, tests)
        if isinstance(pattern, ast.TypedPattern):
            return self.typed_pattern(pattern, value, ctx, tests, binds)
        if isinstance(pattern, ast.ConstructorPattern):
            return self.constructor_pattern(pattern, value, ctx, tests, binds)
        if not isinstance(pattern, (ast.UnsupportedPattern, ast.ErrorPattern)):
            self.unsupported("this kind of pattern", pattern.span)
        return False

    def bind(self, name: str, span, value: tir.Expr, ctx: Context, binds: list, tpe: Type | None = None) -> None:
        sym = LocalSymbol(name, span, tpe or value.tpe)
        ctx.scope.names[name] = sym
        ctx.locals.append(sym)
        self.references.append((span, sym))
        binds.append(tir.LocalDef(span, UNIT, sym, value))

    def alternatives(self, pattern: ast.AlternativePattern, value: tir.Expr, ctx: Context, tests: list) -> bool:
        """`p1 | p2`: any alternative matching; names may not be bound inside (scalac: illegal variable)."""
        test: tir.Expr | None = None
        for alt in pattern.alternatives:
            alt_tests: list[tir.Expr] = []
            alt_binds: list[tir.Expr] = []
            if not self.case_pattern(alt, value, ctx.nested(), alt_tests, alt_binds):
                return False
            if alt_binds:
                self.error(codes.SYNTAX_ERROR, "illegal variable in pattern alternative", alt.span)
                return False
            one: tir.Expr = tir.Const(alt.span, BOOLEAN, True)
            for i, t in enumerate(alt_tests):
                one = t if i == 0 else tir.Logical(alt.span, BOOLEAN, "&&", one, t)
            test = one if test is None else tir.Logical(alt.span, BOOLEAN, "||", test, one)
        if test is not None:
            tests.append(test)
        return True

    def stable_pattern(self, pattern: ast.StableIdPattern, value: tir.Expr, ctx: Context, tests: list) -> bool:
        """`Red`, `` `limit` ``, `Obj.Max`: the value equal (`==`) to what the name means."""
        expr: ast.Expr = ast.Ident(pattern.span, pattern.path[0])
        for name in pattern.path[1:]:
            expr = ast.Select(pattern.span, expr, name, pattern.span)
        stable = self.type_expr(expr, ctx, value.tpe)
        if stable.tpe is ERROR:
            return False
        module = getattr(getattr(stable.tpe, "symbol", None), "module", None)
        if module is not None and value.tpe.is_reference and not self.overrides_equals(stable.tpe):
            # An object without its own equals (a case object) is equal only to itself: Object.equals.
            tests.append(tir.RefEquals(pattern.span, BOOLEAN, stable, value, False))
            return True
        test = self.equality("==", stable, value, pattern.span, ctx)
        if test.tpe is ERROR:
            return False
        tests.append(test)
        return True

    def typed_pattern(self, pattern: ast.TypedPattern, value: tir.Expr, ctx: Context, tests: list,
                      binds: list) -> bool:
        """`x: T`: a value of type T (never null); bound as a T."""
        target = self.resolve_type(pattern.tpe)
        if target is ERROR:
            return False
        if not conforms(value.tpe, target):  # `v: Vector[Int]` on an Any: any Vector, as the JVM erases Int
            target = erased_binding(target, pattern.name, getattr(self, "case_uses", None))
        if is_indexed_seq(pattern.tpe, target) and not conforms(value.tpe, target) and may_hold(value.tpe, target):
            tests.append(tir.Builtin(pattern.span, BOOLEAN, "anyTypes.isVector", [self.box(value)]))  # (a Range too)
            narrowed = tir.Builtin(pattern.span, target, "any.asIndexedSeq", [self.box(value)])
        else:
            narrowed = self.narrow(value, target, pattern.span, tests)
        if narrowed is None:
            return False
        self.pattern_types[id(pattern)] = narrowed.tpe
        if pattern.name is not None:
            self.bind(pattern.name, pattern.name_span, narrowed, ctx, binds)
        return True

    def narrow(self, value: tir.Expr, target: Type, span, tests: list) -> tir.Expr | None:
        """The tests that value is a non-null `target`, and the value seen as one; None after reporting."""
        t = value.tpe
        if conforms(t, target) or (t.is_numeric and t is target):
            if t.is_reference:
                tests.append(tir.RefEquals(span, BOOLEAN, value, tir.Const(span, NULL, None), True))
            return value
        if getattr(target, "written_seq", False) and _may_be_seq(t):
            self.unsupported(f"a type pattern `{_seq_name(target)}` on a value of type {t.name} (a Vector or a Range "
                             "held so matches it in Scala; a Seq is a List here)", span)
            return None
        if isinstance(t, WrappedArrayType):  # (`Seq(a, b)` would match it in Scala; a Seq is a List here)
            self.unsupported(f"a pattern `{target.name}` on a WrappedArray (an array's `toSeq`)", span)
            return None
        if may_hold(t, target):
            # A downcast, as scalac lowers it: an instance test (false for null), then the value cast to the type.
            tests.append(tir.InstanceOf(span, BOOLEAN, self.box(value), target))
            return tir.Cast(span, target, value, checked=True)
        self.error(codes.TYPE_MISMATCH, f"scrutinee is incompatible with pattern type; found {target.name}, "
                   f"required {t.name}", span)
        return None

    def constructor_pattern(self, pattern: ast.ConstructorPattern, value: tir.Expr, ctx: Context, tests: list,
                            binds: list) -> bool:
        """`P(p1, p2)` of a case class: a P whose fields match p1, p2."""
        name = pattern.path[-1]
        cls = self.class_named(name, pattern.name_span)
        if cls is not None and getattr(cls, "from_prelude", False) and cls.name == "List" and len(pattern.path) == 1:
            # `List(a, b)` (unapplySeq) is `a :: b :: Nil`
            cells: ast.Pattern = ast.StableIdPattern(pattern.span, ["Nil"])
            for arg in reversed(pattern.args):
                cells = ast.ConstructorPattern(pattern.span, ["::"], pattern.name_span, [arg, cells])
            return self.case_pattern(cells, value, ctx, tests, binds)
        if name == "Array" and len(pattern.path) == 1 and cls is None \
                and self.object_named(name, pattern.name_span) is None:
            return self.array_pattern(pattern, value, ctx, tests, binds)
        extractor = self.object_named(name, pattern.name_span) if len(pattern.path) == 1 else None
        if extractor is not None and "unapply" in extractor.methods and not getattr(extractor, "from_prelude", False) \
                and (cls is None or "case" not in getattr(cls.defn, "modifiers", ())):
            return self.extractor_pattern(extractor, pattern, value, ctx, tests, binds)  # extractors.py
        if cls is None or "case" not in getattr(cls.defn, "modifiers", ()):
            for arg in pattern.args:
                self.case_pattern(arg, tir.ErrorNode(arg.span, ERROR), ctx.nested(), [], [])
            if cls is None and self.object_named(name, pattern.name_span) is None:
                self.error(codes.UNRESOLVED_NAME, f"not found: value `{name}`", pattern.name_span)
            else:
                self.unsupported(f"an extractor pattern on `{name}` (only case classes and objects with an "
                                 "`unapply` are matched by constructor)",
                                 pattern.name_span)
            return False
        self.references.append((pattern.name_span, cls))
        fields = [cls.fields[p.name] for p in cls.defn.params if p.name in cls.fields]
        if len(pattern.args) != len(fields):
            shown = ", ".join(f"{f.name}: {f.tpe.name}" for f in fields)
            self.error(codes.WRONG_ARGUMENTS, f"wrong number of arguments for pattern {cls.name}({shown}): "
                       f"{len(pattern.args)} given", pattern.span)
            return False
        pattern_type, mapping = self.pattern_class_type(cls, value.tpe)
        narrowed = self.narrow(value, pattern_type, pattern.name_span, tests) if value.tpe is not ERROR else None
        if narrowed is None:
            return False
        self.pattern_types[id(pattern)] = narrowed.tpe  # (for a binder around it)
        ok = True
        for arg, field in zip(pattern.args, fields):
            read = self.from_erased(tir.FieldGet(arg.span, field.tpe, narrowed, field),
                                    substitute(field.tpe, mapping), ctx)
            ok = self.case_pattern(arg, read, ctx, tests, binds) and ok
        return ok

    def array_pattern(self, pattern: ast.ConstructorPattern, value: tir.Expr, ctx: Context, tests: list,
                      binds: list) -> bool:
        """`Array(a, b)` (Array's unapplySeq): an array of exactly that many elements, each matching its pattern
        (`val Array(key, rest) = line.split("=", 2)`)."""
        t = value.tpe
        if not isinstance(t, ArrayType) or t.is_seq:
            if t is not ERROR:
                self.unsupported(f"an `Array(...)` pattern on a value of type {t.name}", pattern.name_span)
            return False
        span = pattern.span
        tests.append(tir.RefEquals(span, BOOLEAN, value, tir.Const(span, NULL, None), True))
        tests.append(self.binary("==", tir.ArrayLength(span, INT, value), tir.Const(span, INT, len(pattern.args)),
                                 span, span))
        ok = True
        for i, arg in enumerate(pattern.args):
            element = tir.ArrayGet(arg.span, t.element, value, tir.Const(arg.span, INT, i))
            ok = self.case_pattern(arg, element, ctx, tests, binds) and ok
        return ok

    # ------------------------------------------------------------------------------------------ val and for

    def destructure(self, pattern: ast.Pattern, value: tir.Expr, ctx: Context, mutable: bool,
                    out: list[tir.Expr]) -> bool:
        """`val P(a, b) = v`: the names of the pattern bound to the parts of `value`, as statements appended to
        `out` (a value the pattern does not match is a scala.MatchError); False after reporting."""
        if value.tpe is ERROR:  # (the names still bound, so that their uses report nothing more)
            for node in _pattern_names(pattern):
                ctx.scope.names[node.name] = LocalSymbol(node.name, node.span, ERROR, mutable=mutable)
            return False
        if isinstance(pattern, ast.WildcardPattern):
            out.append(self.discard(value))
            return True
        if isinstance(pattern, ast.BindPattern):
            sym = LocalSymbol(pattern.name, pattern.span, value.tpe, mutable=mutable)
            ctx.scope.names[pattern.name] = sym
            ctx.locals.append(sym)
            out.append(tir.LocalDef(pattern.span, UNIT, sym, value))
            return True
        temp = self.temp(value.tpe, pattern.span, ctx)
        out.append(tir.LocalDef(pattern.span, UNIT, temp, value))
        tests: list[tir.Expr] = []
        binds: list[tir.Expr] = []
        if not self.case_pattern(pattern, tir.LocalGet(pattern.span, value.tpe, temp), ctx, tests, binds):
            return False
        if tests:
            cond = tests[0]
            for test in tests[1:]:
                cond = tir.Logical(pattern.span, BOOLEAN, "&&", cond, test)
            failure = self.match_error(tir.LocalGet(pattern.span, value.tpe, temp), pattern.span, ctx)
            out.append(tir.If(pattern.span, UNIT, tir.Unary(pattern.span, BOOLEAN, "!", cond), failure, None))
        for bind in binds:
            bind.sym.mutable = mutable
        out.extend(binds)
        return True

    def expr_PatternValDef(self, node: ast.PatternValDef, ctx: Context, expected):
        value = self.type_expr(node.rhs, ctx)
        out: list[tir.Expr] = []
        self.destructure(node.pattern, value, ctx, node.mutable, out)
        return tir.Block(node.span, UNIT, out, None)

    def generator_pattern(self, pattern: ast.Pattern, var: LocalSymbol, inner: Context):
        """A `for` generator's pattern on its element: (the bindings, the test that filters elements, or None when
        every element matches), or None after reporting; scalac filters with `withFilter` the same way."""
        tests: list[tir.Expr] = []
        binds: list[tir.Expr] = []
        if not self.case_pattern(pattern, tir.LocalGet(pattern.span, var.tpe, var), inner, tests, binds):
            return None
        cond = None
        for test in tests:
            cond = test if cond is None else tir.Logical(pattern.span, BOOLEAN, "&&", cond, test)
        return binds, cond

    def check_exhaustive(self, node: ast.Match, t: Type) -> None:
        """scalac's warning for a match on a sealed type, a Boolean or a tuple of them that can fail."""
        left = uncovered(self, node, t)
        if left:
            plural = "s" if len(left) > 1 else ""
            self.sink.report(codes.NON_EXHAUSTIVE_MATCH, f"match may not be exhaustive. It would fail on the "
                             f"following input{plural}: {', '.join(left)}", node.scrutinee.span)


def _pattern_names(pattern: ast.Pattern) -> list:
    """The nodes of a pattern that bind a name (`a`, `x: T`, `p @ ...`), nested ones included."""
    out = []
    stack = [pattern]
    while stack:
        p = stack.pop()
        if isinstance(p, (ast.BindPattern, ast.BinderPattern)) or isinstance(p, ast.TypedPattern) and p.name:
            out.append(p)
        stack.extend(getattr(p, "args", None) or getattr(p, "elements", None) or [])
        inner = getattr(p, "pattern", None)
        if isinstance(inner, ast.Pattern):
            stack.append(inner)
    return out
