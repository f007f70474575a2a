"""Constructs outside the subset (`unsupported`, at the construct) and syntax errors (`syntax-error`, the rest kept)."""
from __future__ import annotations

import pytest
from syntax_helpers import block_stats, parse_text, show

from scalawasi.compiler.syntax import ast
from scalawasi.compiler.syntax.caseclasses import is_synthetic

# (code inside a method body, what, the text the diagnostic must cover, a word its message must hold)
UNSUPPORTED_IN_BODY = [
    ("try f() catch handler", "catch handler", "catch handler", "catch"),
    ("x: Int @unchecked", "type ascription", "x: Int @unchecked", "ascription"),  # `x: Int` is supported
    ("_ + 1", "placeholder", "_", "placeholder"),  # a placeholder function needs an argument or a value
    ("a toString", "postfix operator", "a toString", "postfix"),
    ("for (x = 1; i <- a) f(i)", "for", "x = 1", "generator"),
    ('raw"$x"', "raw-interpolator", 'raw"$x"', "`raw`"),
]


@pytest.mark.parametrize("code, what, covered, word", UNSUPPORTED_IN_BODY)
def test_unsupported_expression(code: str, what: str, covered: str, word: str) -> None:
    parsed = parse_text("object T {\n  def f = " + code + "\n}\n")
    diag = parsed.only("unsupported")
    assert parsed.codes() == ["unsupported"]
    assert parsed.slice(diag.span) == covered
    assert word in diag.message
    found = _find_unsupported(parsed.unit)
    assert [u.what for u in found] == [what]
    assert parsed.slice(found[0]) == covered


def _find_unsupported(node) -> list[ast.Unsupported]:
    found = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Unsupported):
            found.append(n)
        if isinstance(n, list):
            stack.extend(n)
        elif isinstance(n, ast.Node):
            stack.extend(v for v in vars(n).values() if isinstance(v, (ast.Node, list)))
    return found


# (a whole program, the text the diagnostic must cover, a word its message must hold)
UNSUPPORTED_DEFINITIONS = [
    ("object O { def f[F[_]](x: Int): Int = x }", "[_]", "higher-kinded"),
    ("class C(a: Int)(b: Int)", "(b: Int)", "multiple parameter lists"),
    ("object O { def f(a: Int)(implicit x: Int)(b: Int): Int = x }", "(b: Int)", "multiple parameter lists"),
    ("object O { val a, b = 1 }", "a, b", "several names"),
    ("object O { type T[A] = Array[A] }", "type", "type parameters"),
    ("class C { type T }", "type", "abstract type"),
    ("object O { val t: A with B = null }", "A with B", "compound types"),
    ("def top(): Int = 1", "def", "top-level"),
    ("val top = 1", "val", "top-level"),
]


@pytest.mark.parametrize("program, covered, word", UNSUPPORTED_DEFINITIONS)
def test_unsupported_definition(program: str, covered: str, word: str) -> None:
    parsed = parse_text(program + "\n")
    diag = parsed.only("unsupported")
    assert set(parsed.codes()) == {"unsupported"}, parsed.diagnostics
    assert parsed.slice(diag.span) == covered
    assert word in diag.message


def test_unsupported_class_forms_still_convert_their_bodies() -> None:
    parsed = parse_text("case class P(x: Int) {\n  def twice: Int = x * 2\n}\ntrait T {\n  def f(): Int = 1\n}\n")
    p, t, companion = parsed.unit.defs
    assert isinstance(p, ast.ClassDef) and p.modifiers == ["case"]
    assert [d.name for d in p.body if not is_synthetic(d)] == ["twice"]
    assert isinstance(t, ast.ClassDef) and t.modifiers == ["trait"] and [d.name for d in t.body] == ["f"]


def test_case_class_gets_its_members_and_a_companion() -> None:
    """The members scalac generates, after the written ones; a written member is not generated again."""
    parsed = parse_text("case class P(x: Int) {\n  override def toString: String = \"p\"\n}\ncase object O\n")
    p, o, companion = parsed.unit.defs
    assert [d.name for d in p.body if is_synthetic(d)] == ["hashCode", "productArity", "productPrefix", "equals",
                                                           "productElement", "canEqual", "copy"]
    assert [d.name for d in o.body] == ["toString", "hashCode", "productArity", "productPrefix"]
    assert isinstance(companion, ast.ObjectDef) and is_synthetic(companion) and companion.name == "P"
    assert [d.name for d in companion.body] == ["apply"] and p.params[0].binding == "val"


def test_extends_clauses_keep_their_parents_and_arguments() -> None:
    parsed = parse_text("abstract class B(x: Int) extends A(x, 2) with T with U { def f: Int }\n"
                        "object O extends B(1)\ntrait T { val v: Int; def g(): Int = super.g() }\n")
    assert parsed.codes() == []
    b, o, t = parsed.unit.defs
    assert [p.name for p in b.parents] == ["A", "T", "U"] and len(b.super_args) == 2
    assert b.modifiers == ["abstract"] and b.body[0].body is None
    assert [p.name for p in o.parents] == ["B"] and len(o.super_args) == 1
    assert t.body[0].rhs is None and isinstance(t.body[1].body.fn.qualifier, ast.Super)


def test_unsupported_patterns_become_pattern_nodes() -> None:
    parsed = parse_text('object O { def f(x: String) = x match { case s"a$b" => 1; case _ => 2 } }')
    match = parsed.unit.defs[0].body[0].body
    assert isinstance(match.cases[0].pattern, ast.UnsupportedPattern)
    assert match.cases[0].pattern.what == "interpolated pattern"
    assert isinstance(match.cases[1].pattern, ast.WildcardPattern)


def test_infix_patterns_are_constructor_patterns_grouped_from_the_right() -> None:
    parsed = parse_text("object O { def f(x: List[Int]) = x match { case a :: b :: rest => 1; case _ => 2 } }")
    outer = parsed.unit.defs[0].body[0].body.cases[0].pattern
    assert isinstance(outer, ast.ConstructorPattern) and outer.path == ["::"]
    first, inner = outer.args
    assert isinstance(first, ast.BindPattern) and first.name == "a"
    assert isinstance(inner, ast.ConstructorPattern) and [p.name for p in inner.args] == ["b", "rest"]


def test_pattern_forms_become_their_nodes() -> None:
    parsed = parse_text("object O { def f(x: Int) = x match { case y: Int => 1; case P(a, Q(_, 3)) => 2; "
                        "case p @ P(_, _) => 3; case Zero | `v` | O.Max => 4 } }")
    typed, ctor, binder, alts = (c.pattern for c in parsed.unit.defs[0].body[0].body.cases)
    assert isinstance(typed, ast.TypedPattern) and typed.name == "y" and typed.tpe.name == "Int"
    assert isinstance(ctor, ast.ConstructorPattern) and ctor.path == ["P"] and len(ctor.args) == 2
    assert isinstance(ctor.args[1], ast.ConstructorPattern) and isinstance(ctor.args[1].args[1], ast.LiteralPattern)
    assert isinstance(binder, ast.BinderPattern) and binder.name == "p"
    assert [a.path for a in alts.alternatives] == [["Zero"], ["v"], ["O", "Max"]]


def test_unsupported_types_become_type_nodes() -> None:
    parsed = parse_text("object O { val t: A with B = null }")
    tpe = parsed.unit.defs[0].body[0].tpe
    assert isinstance(tpe, ast.UnsupportedType) and tpe.what == "compound type"


def test_top_level_expression_is_a_syntax_error() -> None:
    parsed = parse_text("println(1)\nobject O\n")
    diag = parsed.only("syntax-error")
    assert parsed.slice(diag.span) == "println(1)"
    assert [d.name for d in parsed.unit.defs] == ["O"]


# ---------------------------------------------------------------------------------------------- syntax errors


def _names(parsed) -> list[str]:
    return [d.name for d in parsed.unit.defs[0].body if isinstance(d, (ast.DefDef, ast.ValDef))]


@pytest.mark.parametrize(
    "broken",
    [
        "def bad(): Int = { val x = (1 + ; x }",
        "def bad(): Int = { if (x > ) 3 else }",
        "def bad(: Int = 3",
        "def bad(): Int = foo(1, 2))",
        "def bad(): Int = { val = 3 }",
        "def bad(): Int = val",
        "def bad(): Int = { g(1, 2; 3 }",
        'def bad(): String = "abc',
        "def bad(): Int = { case }",
        "def bad(): Int = { if (x) 1 else }",
    ],
)
def test_broken_method_between_good_ones(broken: str) -> None:
    parsed = parse_text(
        "object A {\n  def good1(): Int = 1\n\n  " + broken + "\n\n  def good2(): Int = 2\n}\n\nobject B {\n  val x = 1\n}\n"
    )
    assert "syntax-error" in parsed.codes() or "unsupported" in parsed.codes()
    names = _names(parsed)
    assert "good1" in names and "good2" in names, (names, parsed.diagnostics)
    good1 = next(d for d in parsed.unit.defs[0].body if getattr(d, "name", None) == "good1")
    assert show(good1.body) == "1" and parsed.slice(good1) == "def good1(): Int = 1"
    assert [d.name for d in parsed.unit.defs] == ["A", "B"]
    # Every diagnostic points inside the broken line.
    start = parsed.source.text.index(broken)
    for diag in parsed.diagnostics:
        assert start <= diag.span.start <= start + len(broken.encode()) + 2, diag


def test_missing_token_is_reported_where_it_is_missing() -> None:
    parsed = parse_text("object A {\n  def f(): Int = { g(1, 2; 3 }\n}\n")
    diag = next(d for d in parsed.diagnostics if d.message.startswith("expected"))
    assert diag.code == "syntax-error"
    assert diag.message == "expected `)`"
    assert diag.span.start == diag.span.end  # zero width, where `)` should be
    assert parsed.source.text[: diag.span.start].endswith("g(1, 2")


def test_error_node_is_quoted() -> None:
    parsed = parse_text("object A {\n  def f(): Int = { if (x) 3 else }\n  def g = 2\n}\n")
    diag = parsed.only("syntax-error")
    assert diag.message.startswith("unexpected `")
    assert "else" in diag.message


def test_error_inside_expression_becomes_error_expr() -> None:
    parsed, stats = block_stats("val a = 1\nval b = (a + \nval c = 3", clean=False)
    assert parsed.codes() == ["syntax-error"]  # and no `unsupported` for the postfix artefact `a +`
    assert [s.name for s in stats] == ["a", "b", "c"]
    assert isinstance(stats[1].rhs, ast.ErrorExpr)
    assert show(stats[2].rhs) == "3"


def test_postfix_typo_without_syntax_error_is_unsupported() -> None:
    parsed, stats = block_stats("val b = if (x > ) 1 else 2", clean=False)
    diag = parsed.only("unsupported")
    assert parsed.slice(diag.span) == "x >"
    assert "operand missing" in diag.message


def test_unclosed_brace_still_converts_something() -> None:
    parsed = parse_text("object A {\n  def f(): Int = {\n    1\n  def g(): Int = 2\n}\n")
    assert "syntax-error" in parsed.codes()
    assert parsed.unit.defs and parsed.unit.defs[0].name == "A"


def test_garbage_is_reported_once() -> None:
    parsed = parse_text("%%% ??? !!!")
    assert parsed.codes() and set(parsed.codes()) == {"syntax-error"}
    assert parsed.unit.defs == []


def test_deep_nesting_does_not_crash() -> None:
    depth = 5000
    parsed = parse_text("object A {\n  def f = " + "(" * depth + "1" + ")" * depth + "\n  def g = 2\n}\n")
    assert "g" in _names(parsed)
    parsed = parse_text("object A {\n  def f = " + " + ".join(["1"] * depth) + "\n}\n")
    assert parsed.diagnostics == []
