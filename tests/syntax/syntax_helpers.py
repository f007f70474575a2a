"""Parse snippets and render syntax trees compactly, so tests read like the Scala they check."""
from __future__ import annotations

from dataclasses import dataclass

from scalawasi.compiler.diagnostics import Diagnostic, DiagnosticSink
from scalawasi.compiler.source import SourceText
from scalawasi.compiler.syntax import ast
from scalawasi.compiler.syntax.parser import parse


@dataclass
class Parsed:
    source: SourceText
    unit: ast.CompilationUnit
    diagnostics: list[Diagnostic]

    def slice(self, node_or_span) -> str:
        span = node_or_span.span if isinstance(node_or_span, ast.Node) else node_or_span
        return self.source.slice(span)

    def codes(self) -> list[str]:
        return [d.code for d in self.diagnostics]

    def only(self, code: str) -> Diagnostic:
        found = [d for d in self.diagnostics if d.code == code]
        assert len(found) == 1, f"expected one {code}, got {self.diagnostics}"
        return found[0]


def parse_text(text: str, library: bool = False) -> Parsed:
    source = SourceText(text)
    sink = DiagnosticSink()
    unit = parse(source, sink, library=library)
    return Parsed(source, unit, sink.sorted())


def parse_clean(text: str) -> Parsed:
    parsed = parse_text(text)
    assert parsed.diagnostics == [], parsed.diagnostics
    return parsed


def method_body(code: str, clean: bool = True) -> tuple[Parsed, ast.Expr]:
    """`code` as the body of a method: `object T { def f = CODE }`."""
    parsed = (parse_clean if clean else parse_text)("object T {\n  def f = " + code + "\n}\n")
    body = parsed.unit.defs[0].body[0].body
    return parsed, body


def block_stats(code: str, clean: bool = True) -> tuple[Parsed, list]:
    """The statements of `code` written inside a method's block."""
    parsed = (parse_clean if clean else parse_text)("object T {\n  def f = {\n" + code + "\n  }\n}\n")
    block = parsed.unit.defs[0].body[0].body
    assert isinstance(block, ast.Block)
    return parsed, block.stats


def show(node) -> str:
    """A compact rendering: `(a + (b * c))`, `f(x, 1)`, `a.b`, literals by value; enough to compare shapes."""
    match node:
        case ast.Infix(op=op, lhs=lhs, rhs=rhs):
            return f"({show(lhs)} {op} {show(rhs)})"
        case ast.Prefix(op=op, operand=operand):
            return f"({op}{show(operand)})"
        case ast.Ident(name=name):
            return name
        case ast.This():
            return "this"
        case ast.Literal(kind="string", value=value):
            return repr(value)
        case ast.Literal(kind="unit"):
            return "()"
        case ast.Literal(value=value):
            return str(value)
        case ast.Select(qualifier=q, name=name):
            return f"{show(q)}.{name}"
        case ast.Apply(fn=fn, args=args, type_args=targs):
            ts = f"[{', '.join(show(t) for t in targs)}]" if targs else ""
            return f"{show(fn)}{ts}({', '.join(show(a) for a in args)})"
        case ast.New(tpe=tpe, args=args):
            return f"new {show(tpe)}({', '.join(show(a) for a in args)})"
        case ast.TypeRef(name=name, args=args):
            return name + (f"[{', '.join(show(a) for a in args)}]" if args else "")
        case ast.Assign(target=t, value=v):
            return f"{show(t)} = {show(v)}"
        case ast.CompoundAssign(op=op, target=t, value=v):
            return f"{show(t)} {op}= {show(v)}"
        case ast.Block(stats=stats):
            return "{ " + "; ".join(show(s) for s in stats) + " }"
        case ast.Lambda(params=params, body=body):
            return f"(({', '.join(p.name for p in params)}) => {show(body)})"
        case ast.Unsupported(what=what):
            return f"<unsupported {what}>"
        case ast.ErrorExpr():
            return "<error>"
        case _:
            return type(node).__name__
