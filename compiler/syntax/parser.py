"""Source text to the project's syntax tree: tree-sitter-scala parses, this module converts and reports.

Parsing never fails: syntax errors become `syntax-error` diagnostics (and `ErrorExpr` nodes where an expression
was expected), constructs outside the subset become `unsupported` diagnostics (and `Unsupported` nodes), and
everything else in the file is still converted.
"""
from __future__ import annotations

import gc
import re
import threading
from dataclasses import replace

import tree_sitter_scala
from tree_sitter import Language, Node as TSNode, Parser

from ..diagnostics import SYNTAX_ERROR, UNSUPPORTED, DiagnosticSink, Fix, Related, TextEdit
from ..source import SourceText, Span
from . import ast, caseclasses
from .recovery import Patch, apply_patches, closing_patches, report_patches
from .reuse import ConvertedDefs, ParsedTrees, Shift, copy_tree
from .convert_control import ControlConverter
from .convert_definitions import DefinitionConverter
from .convert_expressions import ExpressionConverter
from .tsnodes import (COMMENTS, TOP_LEVEL_SALVAGE, UNSUPPORTED_DEFINITIONS, article, next_is_missing, span_of,
                      strip_backquotes)

LANGUAGE = Language(tree_sitter_scala.language())
_PARSERS = threading.local()  # a tree-sitter parser is not to be shared between threads (the server uses two)


def _parser() -> Parser:
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = Parser(LANGUAGE)
    return parser


_LONE_CR = re.compile(rb"\r(?!\n)")


def _lone_cr_as_lf(data: bytes) -> bytes:
    """Scala (and LSP) end a line at a lone CR; tree-sitter-scala does not (a `//` comment would run on to the end
    of a CR-only file). Same length, so every offset stays the text's own; token text is read from the original."""
    return _LONE_CR.sub(b"\n", data) if b"\r" in data else data


def parse(source: SourceText, sink: DiagnosticSink, *, library: bool = False, base: int = 0) -> ast.CompilationUnit:
    """Parse and convert one file. Never raises; problems go to the sink.

    library=True accepts function types (`A => B`, converted to `Function1[A, B]`), which only the prelude may use.
    Text with a missing closing bracket or quote is parsed with the token inserted where the indentation says the
    construct ends (`recovery`): one diagnostic there, and the rest of the file converted as written.
    base moves every span of the tree and of the diagnostics by that many bytes: the file's place in a program of
    several files (`units.SourceSet`).
    """
    data = source.data
    # tree-sitter's lexer takes a NUL byte for the end of the input, so a NUL in a comment would end the comment
    # there and the rest of the line would be parsed as code: the tree is parsed from a copy with NULs as spaces
    # (the converter reads literals from the original bytes); a NUL outside comments and literals is reported.
    tree = ParsedTrees.parse(_parser(), source.path, _for_tree_sitter(data))
    patches = closing_patches(data) if tree.root_node.has_error else []
    # The conversion allocates many small objects and no cycles: pausing the cyclic collector saves about 40%.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        reported = len(sink.items)
        if b"\0" in data:
            _report_stray_nuls(data, tree.root_node, sink)
        if patches:
            unit = _parse_patched(source, sink, library, patches)
        else:
            reuse = ConvertedDefs.of(source.path)
            unit = _convert(source.data, sink, library, reuse, tree.root_node)
            reuse.finish()
        if base:
            move = Shift(base)
            unit = copy_tree(unit, move)
            sink.items[reported:] = [moved_diagnostic(d, move) for d in sink.items[reported:]]
        return unit
    finally:
        if gc_was_enabled:
            gc.enable()


def _parse_patched(source: SourceText, sink: DiagnosticSink, library: bool, patches: list[Patch]) -> ast.CompilationUnit:
    """Parse the text with the missing closers in place (see `recovery`), reporting one error where each is missing."""
    report_patches(source.data, patches, sink)
    patched, original = apply_patches(source.data, patches)
    # Re-parsed from the previous patched text's tree, kept apart from the text's own: while someone types inside an
    # unclosed block, both change by a keystroke from one analysis to the next.
    tree = ParsedTrees.parse(_parser(), source.path + "\0patched", _for_tree_sitter(patched))
    if original is None:  # the closers took the place of whitespace: every offset is the text's own
        reuse = ConvertedDefs.of(source.path)
        unit = _convert(patched, sink, library, reuse, tree.root_node)
        reuse.finish()
        return unit
    local = DiagnosticSink()
    # The patched text's converted methods are kept apart from the text's own too: moved back into the text's
    # offsets below, their bodies only when first read.
    reuse = ConvertedDefs.of(source.path + "\0patched")
    unit = _convert(patched, local, library, reuse, tree.root_node)
    reuse.finish()

    def span_back(span: Span) -> Span:
        return Span(original(span.start), original(span.end))

    sink.items += [moved_diagnostic(d, span_back) for d in local.items]
    return copy_tree(unit, span_back)


def _convert(data: bytes, sink: DiagnosticSink, library: bool, reuse: ConvertedDefs | None,
             root: TSNode) -> ast.CompilationUnit:
    converter = _Converter(data, sink, library, reuse)
    try:
        return converter.compilation_unit(root)
    finally:
        # Its handler table holds its own bound methods (a cycle, freed only by the cycle collector, that would keep
        # the previous parse's converted methods alive with it until then).
        converter.expr_handlers = None


_NUL_HOSTS = frozenset({"comment", "block_comment", "string", "character_literal", "interpolated_string",
                        "string_content", "multiline_string"})


def _report_stray_nuls(data: bytes, root: TSNode, sink: DiagnosticSink) -> None:
    """scalac's `illegal character '\\u0000'`: one diagnostic per run of NULs outside comments and literals."""
    offset = data.find(b"\0")
    while offset >= 0:
        end = offset
        while end < len(data) and data[end] == 0:
            end += 1
        node = root.descendant_for_byte_range(offset, end)
        while node is not None and node.type not in _NUL_HOSTS:
            node = node.parent
        if node is None:
            sink.report(SYNTAX_ERROR, "illegal character `\\u0000` (a NUL byte) outside a comment or a literal",
                        Span(offset, end))
        offset = data.find(b"\0", end)


def _for_tree_sitter(data: bytes) -> bytes:
    """The bytes tree-sitter parses: lone CRs as LFs and NULs as spaces, same length (see `_lone_cr_as_lf`)."""
    data = _lone_cr_as_lf(data)
    return data.replace(b"\0", b" ") if b"\0" in data else data


class _Converter(DefinitionConverter, ExpressionConverter, ControlConverter):
    """One file's conversion: its state, the expression dispatch table, syntax errors and the top level; the
    definitions, expressions and control flow are converted by the parts it inherits."""

    def __init__(self, data: bytes, sink: DiagnosticSink, library: bool, reuse: ConvertedDefs | None) -> None:
        self.data = data
        self.reuse = reuse  # None: convert every method afresh
        self.sink = sink
        self.library = library
        self.def_packaging: list[int] = []  # the packaging index of each top-level definition, in order
        # The parameters of the placeholder function (`_ + 1`) being read, or None outside any expression that
        # can become one; `x$N` names are numbered per file.
        self._placeholders: list[ast.Param] | None = None
        self._placeholder_count = 0
        self.expr_handlers = {
            "identifier": self.identifier,
            "operator_identifier": self.identifier,
            "integer_literal": self.integer_literal,
            "floating_point_literal": self.floating_literal,
            "boolean_literal": self.boolean_literal,
            "null_literal": self.null_literal,
            "character_literal": self.char_literal,
            "string": self.string_literal,
            "unit": self.unit_literal,
            "interpolated_string_expression": self.interpolated,
            "field_expression": self.select,
            "call_expression": self.call,
            "instance_expression": self.new,
            "infix_expression": self.infix,
            "prefix_expression": self.prefix,
            "assignment_expression": self.assign,
            "parenthesized_expression": self.parenthesized,
            "if_expression": self.if_,
            "while_expression": self.while_,
            "do_while_expression": self.do_while,
            "for_expression": self.for_,
            "block": self.block,
            "indented_block": self.block,
            "match_expression": self.match,
            "return_expression": self.return_,
            "throw_expression": self.throw,
            "try_expression": self.try_,
            "lambda_expression": self.lambda_,
            "wildcard": self.placeholder,
            "tuple_expression": self.tuple_,
            "method_value": self.method_value,
            "case_block": self.case_block,
            "generic_function": self.generic_function,
            "ascription_expression": self.ascription,
            "vararg": self.vararg,
            "ERROR": self.error_expr,
        }
        self.unsupported_exprs = {
            "postfix_expression": (
                "postfix operator",
                "postfix operators are not supported (is an operand missing?)",
            ),
            "colon_argument": ("colon argument", "`:` block arguments are not supported"),
            "quote_expression": ("quote", "quotes are not supported"),
            "splice_expression": ("splice", "splices are not supported"),
            "xml_expression": ("XML literal", "XML literals are not supported"),
            "macro_body": ("macro", "macros are not supported"),
        }

    # ------------------------------------------------------------------------------------------- helpers

    def text(self, node: TSNode) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def unsupported(self, node: TSNode, what: str, message: str, span: Span | None = None) -> ast.Expr:
        """Report a construct outside the subset. Where the construct contains or borders a syntax error it is most
        likely an artefact of error recovery (`(x + )` parses as a postfix operator): the syntax error says enough."""
        span = span or Span(node.start_byte, node.end_byte)
        if node.has_error or next_is_missing(node):
            return ast.ErrorExpr(span)
        self.sink.report(UNSUPPORTED, message, span)
        return ast.Unsupported(span, what)

    def report_unsupported(self, message: str, span: Span) -> None:
        self.sink.report(UNSUPPORTED, message, span)

    def report_syntax_errors(self, root: TSNode) -> None:
        """One diagnostic per ERROR node (outermost only) and per MISSING node, in document order."""
        if root.type == "ERROR":
            self._report_error(root)
            return
        stack = [root]
        while stack:
            node = stack.pop()
            for child in reversed(node.children):
                if child.is_missing:
                    self._report_missing(child)
                elif child.type == "ERROR":
                    self._report_error(child)
                elif child.has_error:
                    stack.append(child)

    def _report_missing(self, node: TSNode) -> None:
        kind = node.type
        expected = f"`{kind}`" if not node.is_named else kind.replace("_", " ")
        span, message = Span(node.start_byte, node.start_byte), f"expected {expected}"  # where it is missing
        opener = node.parent.child(0) if node.parent is not None else None
        related = ()
        if kind in ("}", ")", "]") and opener is not None and opener.type in ("{", "(", "[") and opener != node:
            related = (Related(span_of(opener), f"to close this `{opener.type}`"),)
        self.sink.report(SYNTAX_ERROR, message, span, related)

    def _report_error(self, node: TSNode) -> None:
        """Report an ERROR node at the tokens that could not be placed: error recovery often wraps well-formed
        definitions into the ERROR too (`def a = 1; def b = f(1))` puts both defs and the stray `)` in one), and
        those should not be underlined."""
        first = last = None
        for child in node.children:
            if child.is_named and not child.has_error and child.type != "ERROR" and child.end_byte > child.start_byte:
                continue
            if first is None:
                first = child
            last = child
        if first is None or last is None:
            start, end = node.start_byte, node.end_byte
        else:
            start, end = first.start_byte, last.end_byte
        piece = self.data[start : min(end, start + 60)].decode("utf-8", "replace").split()
        if not piece:
            message = "unexpected end of input" if start >= len(self.data) else "syntax error"
        else:
            token = piece[0]
            if not token.isprintable():
                token = token.encode("unicode_escape").decode("ascii")
            if len(token) > 20:
                token = token[:20] + "…"
            message = f"unexpected `{token}`"
        self.sink.report(SYNTAX_ERROR, message, Span(start, end))

    # ------------------------------------------------------------------------------------------- top level

    def compilation_unit(self, root: TSNode) -> ast.CompilationUnit:
        if root.has_error:
            self.report_syntax_errors(root)
        imports: list[ast.Import] = []
        defs: list[ast.ObjectDef | ast.ClassDef] = []
        root_packaging = ast.Packaging(Span(0, len(self.data)), [], [])
        packagings = [root_packaging]
        package = self._top_level_items(root, root_packaging, packagings, imports, defs).name

        def place(companion: ast.ObjectDef, beside: ast.ClassDef) -> None:
            self.def_packaging.append(self.def_packaging[defs.index(beside)])
            defs.append(companion)
        caseclasses.complete(defs, place)
        return ast.CompilationUnit(Span(0, len(self.data)), package, imports, defs, packagings, self.def_packaging)

    def _top_level_items(
        self, parent: TSNode, packaging: ast.Packaging, packagings: list, imports: list, defs: list,
        in_error: bool = False,
    ) -> ast.Packaging:
        """Convert the items of a file or package body; returns the packaging the last clause left open."""
        for node in parent.named_children:
            t = node.type
            if in_error and t not in TOP_LEVEL_SALVAGE:
                continue  # fragments inside an ERROR node: its diagnostic is already reported
            try:
                if t == "object_definition":
                    defs.append(self.object_def(node))
                    self.def_packaging.append(packagings.index(packaging))
                elif t == "class_definition":
                    defs.append(self.class_def(node))
                    self.def_packaging.append(packagings.index(packaging))
                elif t == "import_declaration":
                    imports.extend(self.imports(node))
                elif t == "package_clause":
                    packaging = self._package(node, packaging, packagings, imports, defs)
                elif t in COMMENTS:
                    continue
                elif t == "ERROR":
                    # Definitions that error recovery wrapped into an ERROR node are still worth analysing.
                    self._top_level_items(node, packaging, packagings, imports, defs, in_error=True)
                elif t == "trait_definition":
                    defs.append(self.class_def(node))
                    self.def_packaging.append(packagings.index(packaging))
                elif t in UNSUPPORTED_DEFINITIONS:
                    what = UNSUPPORTED_DEFINITIONS[t]
                    self.unsupported(node, what, f"{article(what)} is not supported", self._keyword_span(node))
                elif t in ("function_definition", "function_declaration", "val_definition", "var_definition"):
                    kind = {"function_definition": "def", "function_declaration": "def"}.get(t, t[:3])
                    self.unsupported(
                        node,
                        f"top-level {kind}",
                        f"a top-level `{kind}` is not supported; put it inside an `object`",
                        self._keyword_span(node),
                    )
                elif not node.is_missing and node.end_byte > node.start_byte:
                    if not node.has_error:
                        self.sink.report(
                            SYNTAX_ERROR,
                            "expected a definition (`object`, `class` or `import`) at the top level",
                            Span(node.start_byte, node.end_byte),
                        )
            except RecursionError:
                self._too_deep(node)
        return packaging

    def _too_deep(self, node: TSNode) -> ast.ErrorExpr:
        span = Span(node.start_byte, node.end_byte)
        self.sink.report(SYNTAX_ERROR, "this code is nested too deeply to analyse", span)
        return ast.ErrorExpr(span)

    def _package(self, node: TSNode, outer: ast.Packaging, packagings: list, imports: list,
                 defs: list) -> ast.Packaging:
        """`package a.b` opens a packaging inside the current one: for the rest of the file, or (a block
        `package a.b { ... }`) for its body only. Returns the packaging that the following items belong to."""
        name_node = node.child_by_field_name("name")
        segments = [strip_backquotes(self.text(c)) for c in name_node.named_children if c.type == "identifier"] \
            if name_node is not None else []
        name = [*outer.name, *segments]
        body = node.child_by_field_name("body")
        span = span_of(node) if body is not None else Span(node.start_byte, outer.span.end)  # to the region's end
        inner = ast.Packaging(span, name, [name, *outer.opened] if segments else outer.opened)
        packagings.append(inner)
        if body is not None:
            self._top_level_items(body, inner, packagings, imports, defs)
            return outer
        return inner


def moved_diagnostic(diag, move):
    """A diagnostic with its span, its related spans (in its own file) and its fix edits replaced by move(span)."""
    return replace(
        diag, span=move(diag.span),
        related=tuple(replace(r, span=move(r.span)) if r.path is None else r for r in diag.related),
        fixes=tuple(Fix(f.title, tuple(TextEdit(move(e.span), e.new_text) for e in f.edits)) for f in diag.fixes))
