"""Expressions: operators and their precedence, calls, selections, assignments, control flow, lambdas, matches."""
from __future__ import annotations

import pytest
from syntax_helpers import block_stats, method_body, show

from scalawasi.compiler.syntax import ast


@pytest.mark.parametrize(
    "code, expected",
    [
        ("a + b * c", "(a + (b * c))"),
        ("a * b + c", "((a * b) + c)"),
        ("a << 1 + 2", "(a << (1 + 2))"),
        ("a + 1 << 2", "((a + 1) << 2)"),
        ("a & b == c", "(a & (b == c))"),
        ("a == b & c", "((a == b) & c)"),
        ("a || b && c", "(a || (b && c))"),
        ("a && b || c", "((a && b) || c)"),
        ("a | b ^ c & d", "(a | (b ^ (c & d)))"),
        ("a & b ^ c | d", "(((a & b) ^ c) | d)"),
        ("a < b == c > d", "((a < b) == (c > d))"),
        ("a != b && c <= d", "((a != b) && (c <= d))"),
        ("a >= b || c >>> 2 < d", "((a >= b) || ((c >>> 2) < d))"),
        ("1 - 2 - 3", "((1 - 2) - 3)"),
        ("8 / 4 / 2", "((8 / 4) / 2)"),
        ("a + b % c - d", "((a + (b % c)) - d)"),
        ("a :: b :: c", "(a :: (b :: c))"),  # right-associative: ends in `:`
        ("a max b + 1", "(a max (b + 1))"),  # alphanumeric operators bind loosest
        ("0 until n - 1", "(0 until (n - 1))"),
        ("a min b max c", "((a min b) max c)"),
        ("a == b max c", "((a == b) max c)"),
        ("(a + b) * c", "((a + b) * c)"),
        ("a * (b + c)", "(a * (b + c))"),
        ("-a * b", "((-a) * b)"),
        ("!a && b", "((!a) && b)"),
        ("~a & 0xFF", "((~a) & 255)"),
        ("-a.length", "(-a.length)"),
        ("a - -1", "(a - -1)"),
        ("x +: y * z", "(x +: (y * z))"),
        ('"a" + 1 + 2', "(('a' + 1) + 2)"),
        ("a.f(b) + c(1) * d.e", "(a.f(b) + (c(1) * d.e))"),
    ],
)
def test_precedence_and_associativity(code: str, expected: str) -> None:
    _, body = method_body(code)
    assert show(body) == expected


def test_infix_spans_cover_parenthesized_operands() -> None:
    parsed, body = method_body("(a + b) * c - d")
    assert parsed.slice(body) == "(a + b) * c - d"
    assert parsed.slice(body.lhs) == "(a + b) * c"
    assert parsed.slice(body.lhs.lhs) == "a + b"  # the parentheses are not a node of their own
    assert parsed.slice(body.op_span) == "-"
    assert parsed.slice(body.lhs.op_span) == "*"


def test_long_chain_reassociates_with_correct_spans() -> None:
    parsed, body = method_body("a + b * c << d & e")
    assert show(body) == "(((a + (b * c)) << d) & e)"
    assert parsed.slice(body.lhs) == "a + b * c << d"
    assert parsed.slice(body.lhs.lhs.rhs) == "b * c"


@pytest.mark.parametrize("op", ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>"])
def test_compound_assignment(op: str) -> None:
    parsed, body = method_body(f"x {op}= y + 1")
    assert isinstance(body, ast.CompoundAssign)
    assert body.op == op
    assert show(body.target) == "x" and show(body.value) == "(y + 1)"
    assert parsed.slice(body) == f"x {op}= y + 1"


def test_compound_assignment_to_array_element_and_field() -> None:
    _, stats = block_stats("a(i) += 1\nthis.count -= 2")
    assert show(stats[0]) == "a(i) += 1"
    assert show(stats[1]) == "this.count -= 2"


@pytest.mark.parametrize("op", ["==", "!=", "<=", ">="])
def test_comparisons_are_not_assignments(op: str) -> None:
    _, body = method_body(f"x {op} y")
    assert isinstance(body, ast.Infix) and body.op == op


def test_any_assignment_operator_is_an_update() -> None:
    """`x ++= y` is an update: a method `++=` of x's class, or `x = x ++ y`; the type checker decides which."""
    parsed, body = method_body("x ++= y")
    assert isinstance(body, ast.CompoundAssign) and body.op == "++"


def test_alphanumeric_infix() -> None:
    parsed, body = method_body("0 until n")
    assert isinstance(body, ast.Infix) and body.op == "until"
    assert parsed.slice(body.op_span) == "until"


def test_assignments() -> None:
    _, stats = block_stats("x = 1\nthis.y = x\na(i + 1) = a(i)\np.q.r = 2")
    assert [show(s) for s in stats] == ["x = 1", "this.y = x", "a((i + 1)) = a(i)", "p.q.r = 2"]
    assert all(isinstance(s, ast.Assign) for s in stats)
    assert isinstance(stats[2].target, ast.Apply)


def test_calls_and_selections() -> None:
    parsed, stats = block_stats(
        "println()\nf(x)\na.m(x, 2)\na(i)\nArray(1, 2)\nargs.length\nInt.MaxValue\nm[Int](x)\n"
        "sys.exit(3)\na.b.c(1)(2)\nthis"
    )
    assert [show(s) for s in stats] == [
        "println()",
        "f(x)",
        "a.m(x, 2)",
        "a(i)",
        "Array(1, 2)",
        "args.length",
        "Int.MaxValue",
        "m[Int](x)",
        "sys.exit(3)",
        "a.b.c(1)(2)",
        "this",
    ]
    select = stats[2].fn
    assert isinstance(select, ast.Select) and parsed.slice(select.name_span) == "m"
    assert parsed.slice(stats[2]) == "a.m(x, 2)"
    assert isinstance(stats[-1], ast.This)


def test_new() -> None:
    parsed, stats = block_stats("new Point(1, 2)\nnew Array[Int](n)\nnew Counter\nnew Array[Array[String]](3)")
    assert [show(s) for s in stats] == [
        "new Point(1, 2)",
        "new Array[Int](n)",
        "new Counter()",
        "new Array[Array[String]](3)",
    ]
    assert parsed.slice(stats[1].tpe) == "Array[Int]"
    assert parsed.slice(stats[1].tpe.args[0]) == "Int"


def test_new_then_method_call() -> None:
    _, body = method_body("new Point(1, 2).plus(new Point(30, 40))")
    assert show(body) == "new Point(1, 2).plus(new Point(30, 40))"


def test_if_while_return_throw() -> None:
    parsed, stats = block_stats(
        "if (a > 1) b else c\nif (a) return 1\nwhile (i < n) { i += 1 }\nreturn\nthrow e"
    )
    if1, if2, loop, ret, throw = stats
    assert isinstance(if1, ast.If) and show(if1.cond) == "(a > 1)" and show(if1.otherwise) == "c"
    assert if2.otherwise is None and isinstance(if2.then, ast.Return) and show(if2.then.value) == "1"
    assert isinstance(loop, ast.While) and show(loop.body) == "{ i += 1 }"
    assert isinstance(ret, ast.Return) and ret.value is None and parsed.slice(ret) == "return"
    assert isinstance(throw, ast.Throw) and show(throw.value) == "e"


def test_else_if_chain() -> None:
    _, body = method_body("if (a) 1 else if (b) 2 else 3")
    assert isinstance(body.otherwise, ast.If) and show(body.otherwise.otherwise) == "3"


@pytest.mark.parametrize(
    "code, name, generator",
    [
        ("for (i <- 0 until n) println(i)", "i", "(0 until n)"),
        ("for (i <- 1 to 100) sum += i", "i", "(1 to 100)"),
        ("for (a <- args) println(a)", "a", "args"),
        ("for { x <- xs } f(x)", "x", "xs"),
        ("for (_ <- 0 until 3) f()", "_", "(0 until 3)"),
    ],
)
def test_for(code: str, name: str, generator: str) -> None:
    parsed, body = method_body(code)
    assert isinstance(body, ast.For) and not body.is_yield
    gen = body.enumerators[0]
    assert isinstance(gen, ast.Generator) and parsed.slice(gen.pattern) == name
    assert show(gen.source) == generator
    assert parsed.slice(body) == code


def test_for_enumerators_and_yield() -> None:
    parsed, body = method_body("for (i <- a; j <- b if i < j; k = i * j; if k > 1) yield (i, k)")
    assert isinstance(body, ast.For) and body.is_yield
    assert [type(e).__name__ for e in body.enumerators] == ["Generator", "Generator", "Guard", "ForValue", "Guard"]
    assert isinstance(body.body, ast.Tuple) and len(body.body.items) == 2


def test_for_body_takes_a_match() -> None:
    """`for (op <- xs) op match {...}`: scalac reads the match as the loop's body (the grammar reads it the other
    way round)."""
    parsed, body = method_body("for (op <- xs) op match { case 1 => f() }")
    assert isinstance(body, ast.For) and isinstance(body.body, ast.Match)
    assert parsed.slice(body.body) == "op match { case 1 => f() }"


def test_placeholders_become_lambdas() -> None:
    parsed, body = method_body("xs.map(_ * 2 + _)")
    (arg,) = body.args
    assert isinstance(arg, ast.Lambda) and [p.name for p in arg.params] == ["x$1", "x$2"]
    parsed, body = method_body("xs.foreach(println(_))")
    (arg,) = body.args
    assert isinstance(arg, ast.Lambda) and isinstance(arg.body, ast.Apply)


def test_block_skips_comments_and_keeps_definitions() -> None:
    parsed, body = method_body("{\n  // a comment\n  val t = k * k /* inline */\n  def g(x: Int) = x\n  \"s\" + t\n}")
    assert isinstance(body, ast.Block)
    assert [type(s).__name__ for s in body.stats] == ["ValDef", "DefDef", "Infix"]
    assert parsed.slice(body).startswith("{") and parsed.slice(body).endswith("}")


def test_empty_block() -> None:
    _, body = method_body("{}")
    assert isinstance(body, ast.Block) and body.stats == []


def test_parenthesized_expression_is_unwrapped() -> None:
    parsed, body = method_body("(7.9).toInt")
    assert isinstance(body, ast.Select) and body.name == "toInt"
    assert isinstance(body.qualifier, ast.Literal) and parsed.slice(body.qualifier) == "7.9"


def test_block_argument_lambda() -> None:
    parsed, body = method_body("withMemoryAllocator { allocator =>\n    val seg = allocator.allocate(32)\n    seg.size\n  }")
    assert isinstance(body, ast.Apply) and show(body.fn) == "withMemoryAllocator"
    (lam,) = body.args
    assert isinstance(lam, ast.Lambda)
    assert parsed.slice(lam).startswith("{ allocator =>") and parsed.slice(lam).endswith("}")
    (param,) = lam.params
    assert param.name == "allocator" and param.tpe is None and parsed.slice(param.name_span) == "allocator"
    assert isinstance(lam.body, ast.Block)
    assert [type(s).__name__ for s in lam.body.stats] == ["ValDef", "Select"]


def test_block_argument_lambda_with_single_expression() -> None:
    _, body = method_body("withMemoryAllocator { a => a.allocate(4) }")
    (lam,) = body.args
    assert isinstance(lam, ast.Lambda) and show(lam.body) == "a.allocate(4)"


def test_lambda_in_parentheses() -> None:
    parsed, stats = block_stats("f(x => x + 1)\ng((a: Int, b: Int) => a * b)\nh { (s: String) => s }")
    lam1 = stats[0].args[0]
    assert isinstance(lam1, ast.Lambda) and show(lam1) == "((x) => (x + 1))"
    lam2 = stats[1].args[0]
    assert [p.name for p in lam2.params] == ["a", "b"]
    assert [show(p.tpe) for p in lam2.params] == ["Int", "Int"]
    assert parsed.slice(lam2) == "(a: Int, b: Int) => a * b"
    lam3 = stats[2].args[0]
    assert isinstance(lam3, ast.Lambda) and show(lam3.params[0].tpe) == "String"


def test_block_argument_without_lambda() -> None:
    _, body = method_body("run { f(1); 2 }")
    assert isinstance(body, ast.Apply) and isinstance(body.args[0], ast.Block)


def test_match() -> None:
    code = (
        "n match {\n"
        '    case 0 => "zero"\n'
        '    case 1 | 2 | 3 => "small"\n'
        '    case k if k < 0 => "negative"\n'
        '    case -1 => "minus one"\n'
        '    case \'c\' => "char"\n'
        '    case "s" => "string"\n'
        "    case true => \"bool\"\n"
        "    case _ =>\n"
        "      val t = 1\n"
        "      t\n"
        "  }"
    )
    parsed, body = method_body(code)
    assert isinstance(body, ast.Match) and show(body.scrutinee) == "n"
    cases = body.cases
    assert [type(c.pattern).__name__ for c in cases] == [
        "LiteralPattern",
        "AlternativePattern",
        "BindPattern",
        "LiteralPattern",
        "LiteralPattern",
        "LiteralPattern",
        "LiteralPattern",
        "WildcardPattern",
    ]
    assert [p.literal.value for p in cases[1].pattern.alternatives] == [1, 2, 3]
    assert cases[2].pattern.name == "k" and show(cases[2].guard) == "(k < 0)"
    assert cases[3].pattern.literal.value == -1 and parsed.slice(cases[3].pattern) == "-1"
    assert (cases[4].pattern.literal.kind, cases[4].pattern.literal.value) == ("char", "c")
    assert (cases[5].pattern.literal.kind, cases[5].pattern.literal.value) == ("string", "s")
    assert cases[0].guard is None and show(cases[0].body) == "'zero'"
    assert isinstance(cases[-1].body, ast.Block) and len(cases[-1].body.stats) == 2
    assert parsed.slice(cases[2]) == 'case k if k < 0 => "negative"'


def test_empty_case_body_is_an_empty_block() -> None:
    _, body = method_body("x match { case _ => }")
    assert isinstance(body.cases[0].body, ast.Block) and body.cases[0].body.stats == []


def test_scala3_indentation_syntax_converts() -> None:
    parsed, body = method_body("\n    val y = 1\n    if y > 0 then y else -y")
    assert isinstance(body, ast.Block)
    assert isinstance(body.stats[1], ast.If)


def test_backquoted_identifier() -> None:
    _, body = method_body("`type` + 1")
    assert show(body) == "(type + 1)"
