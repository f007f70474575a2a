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

from ..diagnostics import INVALID_LITERAL, SYNTAX_ERROR, UNSUPPORTED, DiagnosticSink, Fix, Related, TextEdit
from ..source import SourceText, Span
from . import ast, caseclasses
from .recovery import Patch, apply_patches, closing_patches, report_patches
from .reuse import ConvertedDefs, ParsedTrees, Shift, copy_tree
from .literals import decode_char, decode_floating, decode_integer, decode_string, unescape

LANGUAGE = Language(tree_sitter_scala.language())
_PARSERS = threading.local()  # a tree-sitter parser is not to be shared between threads (the server uses two)


def _parser() -> Parser:
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = Parser(LANGUAGE)
    return parser

_COMMENTS = frozenset({"comment", "block_comment"})
_DEFINITIONS = frozenset(
    {"function_definition", "val_definition", "var_definition", "class_definition", "object_definition"}
)
_TOP_LEVEL_SALVAGE = frozenset(
    {"object_definition", "class_definition", "trait_definition", "import_declaration", "ERROR"}
)
# Comparison operators end in `=` but are not assignment operators.
_NOT_ASSIGNMENT_OPS = frozenset({"<=", ">=", "!=", "=="})
_PRECEDENCE_BY_FIRST_CHAR = {
    "|": 2, "^": 3, "&": 4, "=": 5, "!": 5, "<": 6, ">": 6, ":": 7, "+": 8, "-": 8, "*": 9, "/": 9, "%": 9,
}  # fmt: skip
_UNSUPPORTED_MODIFIERS = {
    "implicit": "`implicit`",
    "given": "`given`",
    "transparent_modifier": "`transparent`",
    "opaque_modifier": "`opaque`",
    "infix_modifier": "`infix`",
    "open_modifier": "`open`",
}
_UNSUPPORTED_DEFINITIONS = {
    "enum_definition": "enum",
    "given_definition": "given",
    "extension_definition": "extension method",
    "package_object": "package object",
    "export_declaration": "export",
}


def precedence(op: str) -> int:
    """Scala's infix precedence, decided by the operator's first character; assignment operators bind loosest."""
    if op[-1] == "=" and op[0] != "=" and op not in _NOT_ASSIGNMENT_OPS:
        return 0
    first = op[0]
    if first.isalpha() or first == "_" or first == "$":
        return 1
    return _PRECEDENCE_BY_FIRST_CHAR.get(first, 10)


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


class _Converter:
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
        if node.has_error or _next_is_missing(node):
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
            related = (Related(_span(opener), f"to close this `{opener.type}`"),)
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
            if in_error and t not in _TOP_LEVEL_SALVAGE:
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
                elif t in _COMMENTS:
                    continue
                elif t == "ERROR":
                    # Definitions that error recovery wrapped into an ERROR node are still worth analysing.
                    self._top_level_items(node, packaging, packagings, imports, defs, in_error=True)
                elif t == "trait_definition":
                    defs.append(self.class_def(node))
                    self.def_packaging.append(packagings.index(packaging))
                elif t in _UNSUPPORTED_DEFINITIONS:
                    what = _UNSUPPORTED_DEFINITIONS[t]
                    self.unsupported(node, what, f"{_article(what)} is not supported", self._keyword_span(node))
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
        segments = [_strip_backquotes(self.text(c)) for c in name_node.named_children if c.type == "identifier"] \
            if name_node is not None else []
        name = [*outer.name, *segments]
        body = node.child_by_field_name("body")
        span = _span(node) if body is not None else Span(node.start_byte, outer.span.end)  # to the region's end
        inner = ast.Packaging(span, name, [name, *outer.opened] if segments else outer.opened)
        packagings.append(inner)
        if body is not None:
            self._top_level_items(body, inner, packagings, imports, defs)
            return outer
        return inner

    def imports(self, node: TSNode) -> list[ast.Import]:
        span = Span(node.start_byte, node.end_byte)
        result: list[ast.Import] = []
        path: list[str] = []
        selectors: list[str] = []
        aliases: dict[str, str] = {}
        for child in node.children:
            t = child.type
            if t == "identifier":
                path.append(_strip_backquotes(self.text(child)))
            elif t == "namespace_wildcard":
                selectors.append("_")
            elif t == "namespace_selectors":
                for sel in child.named_children:
                    st = sel.type
                    if st == "identifier":
                        selectors.append(_strip_backquotes(self.text(sel)))
                    elif st == "namespace_wildcard" or st == "wildcard":
                        selectors.append("_")
                    elif st in _COMMENTS:
                        continue
                    elif st in ("arrow_renamed_identifier", "as_renamed_identifier") and sel.named_child_count == 2:
                        original, alias = sel.named_children
                        selectors.append(_strip_backquotes(self.text(original)))
                        aliases[selectors[-1]] = "_" if alias.type == "wildcard" else _strip_backquotes(self.text(alias))
                    else:
                        self.unsupported(sel, "import renaming", "this import selector is not supported")
            elif t == ",":
                if path:
                    result.append(ast.Import(span, path, selectors, aliases))
                path, selectors, aliases = [], [], {}
            elif (t == "as_renamed_identifier" or t == "arrow_renamed_identifier") and child.named_child_count == 2:
                original, alias = child.named_children  # Scala 3's `import a.b as c` is `import a.{b => c}`
                selectors.append(_strip_backquotes(self.text(original)))
                aliases[selectors[-1]] = "_" if alias.type == "wildcard" else _strip_backquotes(self.text(alias))
        if path:
            result.append(ast.Import(span, path, selectors, aliases))
        return result

    # ------------------------------------------------------------------------------------------- definitions

    def _keyword_span(self, node: TSNode) -> Span:
        """The span of a definition's leading keyword (`class`, `trait`, `def`, ...), skipping modifiers."""
        for child in node.children:
            if not child.is_named:
                return Span(child.start_byte, child.end_byte)
        return Span(node.start_byte, node.end_byte)

    def _modifiers(self, node: TSNode, out: list[str], implicit_ok: bool = False) -> None:
        """The modifiers as written; `implicit` only on a `val`/`var` or `def` (implicit values and conversions)."""
        for mod in node.children:
            t = mod.type
            if t in _COMMENTS:
                continue
            text = self.text(mod)
            if t == "access_modifier":  # `private`, `protected`, `private[X]`, `private[this]`
                out.append("".join(text.split()))
                continue
            out.append(text)
            what = _UNSUPPORTED_MODIFIERS.get(t) or _UNSUPPORTED_MODIFIERS.get(text)
            if what is not None and not (implicit_ok and text == "implicit"):
                self.report_unsupported(f"{what} is not supported", Span(mod.start_byte, mod.end_byte))

    def annotation(self, node: TSNode) -> ast.Annotation:
        name_node = node.child_by_field_name("name")
        name = self._type_name(name_node) if name_node is not None else ""
        args: list[ast.Expr] = []
        for child in node.children:
            if child.type == "arguments":
                args.extend(self._args(child))
        return ast.Annotation(Span(node.start_byte, node.end_byte), name, args)

    def _path_names(self, node: TSNode) -> list[str]:
        """`a.b.c` (an identifier or nested stable identifiers) as its names."""
        if node.type == "stable_identifier":
            return [name for c in node.named_children if c.type not in _COMMENTS for name in self._path_names(c)]
        return [_strip_backquotes(self.text(node))]

    def _type_name(self, node: TSNode) -> str:
        if node.type in ("stable_type_identifier", "stable_identifier"):
            last = node.named_children[-1] if node.named_child_count else node
            return _strip_backquotes(self.text(last))
        return _strip_backquotes(self.text(node))

    def object_def(self, node: TSNode) -> ast.ObjectDef:
        name, name_span = self._name(node)
        annotations: list[ast.Annotation] = []
        modifiers: list[str] = []
        body: list = []
        parents: list[ast.TypeRef] = []
        super_args = None
        for child in node.children:
            t = child.type
            if t == "annotation":
                annotations.append(self.annotation(child))
            elif t == "modifiers":
                self._modifiers(child, modifiers)
            elif t == "case":
                modifiers.append("case")
            elif t == "extends_clause":
                parents, super_args = self._extends(child)
            elif t == "template_body":
                body = self.template_body(child)
        for stat in body:
            if isinstance(stat, ast.SelfType):
                self.report_unsupported("a self type or alias (`self =>`) in an object is not supported", stat.span)
        body = [stat for stat in body if not isinstance(stat, ast.SelfType)]
        return ast.ObjectDef(_span(node), name, name_span, body, annotations, modifiers, parents, super_args)

    def class_def(self, node: TSNode) -> ast.ClassDef:
        """A class; traits, case classes and abstract classes are reported, but converted like classes so that the
        names they define still resolve."""
        name, name_span = self._name(node)
        annotations: list[ast.Annotation] = []
        modifiers: list[str] = []
        params: list[ast.ClassParam] = []
        body: list = []
        type_params: list[str] = []
        param_lists = 0
        parents: list[ast.TypeRef] = []
        super_args = None
        for child in node.children:
            t = child.type
            if t == "annotation":
                annotations.append(self.annotation(child))
            elif t == "modifiers":
                self._modifiers(child, modifiers, implicit_ok=True)  # (an implicit class: semantics/implicitclasses)
            elif t == "case":
                modifiers.append("case")
            elif t == "trait":
                modifiers.append("trait")
            elif t == "class_parameters":
                param_lists += 1
                if param_lists == 1:
                    params = self._class_params(child)
                elif _is_implicit_list(child) and not any(p.implicit for p in params) \
                        and not self._class_tag_evidence(child, type_params):
                    params = params + self._class_params(child)  # the implicit list last
                elif not self._class_tag_evidence(child, type_params):
                    self.unsupported(child, "multiple parameter lists", "multiple parameter lists are not supported")
            elif t == "type_parameters":
                type_params = self._type_params(child)
            elif t == "extends_clause":
                parents, super_args = self._extends(child)
            elif t == "template_body":
                body = self.template_body(child, companions=False)
            elif t in ("derives_clause", "self_type"):
                self.unsupported(child, t.replace("_", " "), f"{t.split('_')[0]} clauses are not supported")
        if "case" in modifiers:
            for p in params:
                p.binding = p.binding or "val"  # a case class's parameters are public fields
        defn = ast.ClassDef(_span(node), name, name_span, params, body, modifiers, annotations, type_params, parents,
                            super_args)
        self.take_self_type(defn)
        return defn

    def _class_tag_evidence(self, node: TSNode, type_params: list[ast.TypeParam]) -> bool:
        """`(implicit ct: ClassTag[T])` after the parameters: the context bound `T: ClassTag` written out (the
        evidence's name is not usable in the body). False for any other parameter list."""
        if not any(c.type == "implicit" for c in node.children):
            return False
        found = []
        for child in node.named_children:
            if child.type in _COMMENTS:
                continue
            type_node = child.child_by_field_name("type")
            tpe = self.type_(type_node) if type_node is not None else None
            param = next((p for p in type_params if tpe is not None and tpe.name == "ClassTag" and len(tpe.args) == 1
                          and not tpe.args[0].args and p.name == tpe.args[0].name), None)
            if param is None:
                return False
            found.append((param, tpe))
        for param, tpe in found:
            param.context.append(ast.TypeRef(tpe.span, "ClassTag"))
        return bool(found)

    def _type_params(self, node: TSNode) -> list[ast.TypeParam]:
        """`[+A <: U, B >: L, C: ClassTag]`: tree-sitter gives a flat run of names and bounds (a variant parameter
        wrapped in a node of its own); each bound belongs to the name before it."""
        params: list[ast.TypeParam] = []

        def add(part: TSNode, target: "ast.TypeParam | None") -> "ast.TypeParam | None":
            pt = part.type
            if pt == "identifier":
                param = ast.TypeParam(_span(part), self.text(part))
                params.append(param)
                return param
            bound = part.child_by_field_name("type")
            if target is None or bound is None:
                if pt not in _COMMENTS:
                    self.unsupported(part, "type parameter", "this form of type parameter is not supported")
                return target
            if pt == "upper_bound":
                target.upper = self.type_(bound)
            elif pt == "lower_bound":
                target.lower = self.type_(bound)
            elif pt == "context_bound":
                target.context.append(self.type_(bound))
            else:  # view bounds `<%`, higher-kinded parameters `F[_]`
                self.unsupported(part, "type parameter", f"{pt.replace('_', ' ')}s are not supported")
            return target

        current = None
        for child in node.named_children:
            if child.type in ("covariant_type_parameter", "contravariant_type_parameter"):
                inner = None
                for part in child.named_children:
                    inner = add(part, inner)
                if inner is not None:
                    inner.span = _span(child)
                    inner.variance = "+" if child.type.startswith("covariant") else "-"
                current = None
            elif child.type == "type_parameters":
                self.unsupported(child, "higher-kinded type parameter", "higher-kinded type parameters are not "
                                 "supported")
            else:
                current = add(child, current)
        return params

    def _extends(self, node: TSNode) -> tuple[list[ast.TypeRef], list[ast.Expr] | None]:
        """`extends A(args) with T with U`: the parents in order, and the first one's constructor arguments."""
        parents: list[ast.TypeRef] = []
        super_args = None
        for child in node.named_children:
            if child.type == "arguments":
                if len(parents) == 1 and super_args is None:
                    super_args = self._args(child)
                else:
                    self.unsupported(child, "constructor arguments", "only the first parent takes arguments")
            elif child.type not in _COMMENTS:
                parents.append(self.type_(child))
        return parents, super_args

    def _name(self, node: TSNode) -> tuple[str, Span]:
        name = node.child_by_field_name("name")
        if name is None:
            return "", Span(node.start_byte, node.start_byte)
        return _strip_backquotes(self.text(name)), Span(name.start_byte, name.end_byte)

    def _class_params(self, node: TSNode) -> list[ast.ClassParam]:
        params: list[ast.ClassParam] = []
        for child in node.children:
            t = child.type
            if t == "class_parameter":
                name, name_span = self._name(child)
                binding = None
                access = None
                tpe = None
                kept: list[str] = []
                for part in child.children:
                    pt = part.type
                    if pt == "val" or pt == "var":
                        binding = pt
                    elif pt == "modifiers":
                        mods: list[str] = []
                        self._modifiers(part, mods)
                        for m in mods:
                            if m.startswith(("private", "protected")):
                                access = m
                            elif m in ("override", "final"):
                                kept.append(m)
                            elif m not in ("implicit", "lazy", "abstract", "sealed"):
                                self.report_unsupported(f"`{m}` class parameters are not supported", _span(part))
                type_node = child.child_by_field_name("type")
                if type_node is not None:
                    tpe = self.type_(type_node)
                params.append(ast.ClassParam(_span(child), name, name_span, tpe, self._default(child),
                                             binding=binding, access=access, modifiers=kept,
                                             implicit=_is_implicit_list(node)))
            elif t == "using":
                self.report_unsupported(f"`{t}` parameters are not supported", _span(child))
        return params

    def def_def(self, node: TSNode) -> ast.DefDef:
        """A method, converted once per text: an editor re-analyses a file after every keystroke, and all but the
        edited method are the same text again (perhaps moved, which only shifts their spans)."""
        saved = self._placeholder_count
        # `_` placeholders are numbered within the method, so that its conversion depends on its own text alone and
        # a reused method reads exactly as a fresh conversion would, whatever methods before it gained or lost.
        self._placeholder_count = 0
        try:
            return self._def_def(node)
        finally:
            self._placeholder_count = saved

    def _def_def(self, node: TSNode) -> ast.DefDef:
        if self.reuse is None:
            return self._convert_def(node)
        key = (self.library, self.data[node.start_byte:node.end_byte])
        cached = self.reuse.get(key, node.start_byte)
        if cached is not None:
            return cached
        reported = len(self.sink.items)
        converted = self._convert_def(node)
        if len(self.sink.items) == reported and not node.has_error:  # only clean conversions are reused
            self.reuse.put(key, converted)
        return converted

    def _convert_def(self, node: TSNode) -> ast.DefDef:
        name, name_span = self._name(node)
        annotations: list[ast.Annotation] = []
        modifiers: list[str] = []
        type_params: list[str] = []
        params: list[ast.Param] | None = None
        groups: list[int] = []
        has_equals = False
        for child in node.children:
            t = child.type
            if t == "parameters":
                if params is None:
                    params = self._params(child)
                    groups = [len(params)]
                elif _is_implicit_list(child) and not any(p.implicit for p in params) \
                        and not self._class_tag_evidence(child, type_params):
                    params = params + self._params(child)  # the implicit list last: filled at calls that omit it
                elif not _is_implicit_list(child) and not any(p.implicit for p in params):
                    more = self._params(child)  # `foldLeft[B](z: B)(op: (B, A) => B)`: one list, called curried
                    params = params + more
                    groups.append(len(more))
                elif not self._class_tag_evidence(child, type_params):
                    self.unsupported(child, "multiple parameter lists", "multiple parameter lists are not supported")
            elif t == "=":
                has_equals = True
            elif t == "annotation":
                annotations.append(self.annotation(child))
            elif t == "modifiers":
                self._modifiers(child, modifiers, implicit_ok=True)
            elif t == "type_parameters":
                type_params = self._type_params(child)
        ret_node = node.child_by_field_name("return_type")
        ret = self.type_(ret_node) if ret_node is not None else None
        body_node = node.child_by_field_name("body")
        body = None
        if body_node is not None:
            try:
                body = self.expr(body_node)
            except RecursionError:
                body = self._too_deep(body_node)
            if not has_equals and ret is None and body_node.type == "block":  # procedure syntax: `def f() { ... }`
                ret = ast.TypeRef(Span(body_node.start_byte, body_node.start_byte), "Unit")
        defn = ast.DefDef(_span(node), name, name_span, params, ret, body, annotations, modifiers, type_params)
        if params is not None and len(groups) > 1:
            defn.param_groups = groups
        return defn

    def _params(self, node: TSNode) -> list[ast.Param]:
        params: list[ast.Param] = []
        for child in node.children:
            t = child.type
            if t == "parameter":
                name, name_span = self._name(child)
                type_node = child.child_by_field_name("type")
                tpe = self.type_(type_node) if type_node is not None else None
                for part in child.children:
                    if part.type == "modifiers":
                        self._modifiers(part, [])
                params.append(ast.Param(_span(child), name, name_span, tpe, self._default(child),
                                        implicit=_is_implicit_list(node)))
            elif t == "using":
                self.report_unsupported(f"`{t}` parameters are not supported", _span(child))
        return params

    def _default(self, param: TSNode) -> ast.Expr | None:
        default = param.child_by_field_name("default_value")
        return self.expr(default) if default is not None else None

    def val_def(self, node: TSNode) -> ast.ValDef | ast.Expr:
        annotations: list[ast.Annotation] = []
        modifiers: list[str] = []
        pattern = type_node = value = None
        # One pass over the children: the pattern follows `val`, the type `:`, the value `=`.
        previous = ""
        for child in node.children:
            t = child.type
            if t == "annotation":
                annotations.append(self.annotation(child))
            elif t == "modifiers":
                self._modifiers(child, modifiers, implicit_ok=True)
            elif child.is_named and t not in _COMMENTS and t != "ERROR":
                if previous == "val" or previous == "var":
                    pattern = child
                elif previous == ":":
                    type_node = child
                elif previous == "=":
                    value = child
            if t not in _COMMENTS:
                previous = t
        if pattern is None:
            return self.error_expr(node)
        if pattern.type in ("tuple_pattern", "case_class_pattern", "capture_pattern", "typed_pattern") \
                and value is not None and not modifiers and not annotations:
            rhs_expr = self.placeholder_scope(value)
            return ast.PatternValDef(_span(node), self.pattern(pattern), rhs_expr, node.type == "var_definition")
        if pattern.type != "identifier":
            what = "several names in one definition" if pattern.type == "identifiers" else "pattern definition"
            message = (
                "defining several names at once is not supported"
                if pattern.type == "identifiers"
                else "pattern definitions (`val (a, b) = ...`) are not supported"
            )
            return self.unsupported(pattern, what, message)
        tpe = self.type_(type_node) if type_node is not None else None
        rhs = None
        if value is not None:
            if value.type == "wildcard":
                rhs = ast.DefaultValue(_span(value))
            else:
                try:
                    rhs = self.placeholder_scope(value)
                except RecursionError:
                    rhs = self._too_deep(value)
        mutable = node.type in ("var_definition", "var_declaration")
        return ast.ValDef(
            _span(node),
            _strip_backquotes(self.text(pattern)),
            Span(pattern.start_byte, pattern.end_byte),
            tpe,
            rhs,
            mutable,
            modifiers,
            annotations,
        )

    def type_alias(self, node: TSNode):
        name, name_span = self._name(node)
        rhs = node.child_by_field_name("type")
        if node.child_by_field_name("type_parameters") is not None:
            return self.unsupported(node, "generic type alias", "type aliases with type parameters are not supported",
                                    self._keyword_span(node))
        if rhs is None:
            return self.unsupported(node, "abstract type", "abstract type members are not supported",
                                    self._keyword_span(node))
        return ast.TypeAlias(_span(node), name, name_span, self.type_(rhs))

    def template_body(self, node: TSNode, companions: bool = True) -> list:
        stats = self.stats(node)
        caseclasses.complete(stats, companions=companions)
        return stats

    def stats(self, node: TSNode) -> list:
        """The statements of a block or a template body, skipping comments, punctuation and syntax errors."""
        out: list = []
        for child in node.named_children:
            t = child.type
            if t in _COMMENTS:
                continue
            if t == "ERROR":
                self._salvage(child, out)
                continue
            stat = self.stat(child)
            if stat is not None:
                out.append(stat)
        return out

    def _salvage(self, error: TSNode, out: list) -> None:
        """Keep the complete definitions that error recovery put inside an ERROR node (its diagnostic is already
        reported); expression fragments there are left out."""
        for child in error.named_children:
            t = child.type
            if t in _DEFINITIONS:
                stat = self.stat(child)
                if stat is not None:
                    out.append(stat)
            elif t == "ERROR":
                self._salvage(child, out)

    def stat(self, node: TSNode):
        t = node.type
        handler = self.expr_handlers.get(t)
        if handler is not None and t != "ERROR":  # most statements are expressions
            return handler(node)
        if t in ("val_definition", "var_definition", "val_declaration", "var_declaration"):
            return self.val_def(node)
        if t == "function_definition" or t == "function_declaration":
            return self.def_def(node)
        if t == "object_definition":
            return self.object_def(node)
        if t == "class_definition" or t == "trait_definition":
            return self.class_def(node)
        if t == "ERROR":
            salvaged: list = []
            self._salvage(node, salvaged)
            return salvaged[0] if len(salvaged) == 1 else None
        if t == "import_declaration":
            imports = self.imports(node)
            return imports[0] if len(imports) == 1 else ast.Block(_span(node), imports)
        if t == "type_definition":
            return self.type_alias(node)
        if t in _UNSUPPORTED_DEFINITIONS:
            what = _UNSUPPORTED_DEFINITIONS[t]
            return self.unsupported(node, what, f"{_article(what)} is not supported", self._keyword_span(node))
        if t == "self_type":
            return self.self_type(node)
        return self.expr(node)

    def self_type(self, node: TSNode) -> ast.Node:
        """`self: T =>`: an alias of `this` and the type every concrete class mixing this one in must have."""
        parts = [c for c in node.named_children if c.type not in _COMMENTS]
        name = self.text(parts[0]) if parts and parts[0].type == "identifier" else None
        types = parts[1:]
        if len(types) == 1 and types[0].type == "compound_type":  # `this: A with B =>`: each a class or trait
            types = [c for c in types[0].named_children if c.type not in _COMMENTS]
            if len(types) < 2:
                types = parts[1:]
        if len(types) > 1 and not all(t.type in ("type_identifier", "stable_type_identifier") for t in types) or (
                len(types) == 1 and types[0].type not in ("type_identifier", "stable_type_identifier")):
            return self.unsupported(node, "self type", "a self type other than classes and traits is not supported")
        written = [self.type_(t) for t in types]
        return ast.SelfType(_span(node), None if name in (None, "this", "_") else name,
                            written[0] if written else None, written)

    @staticmethod
    def take_self_type(defn) -> None:
        """Move a `self: T =>` written in the body into the class's definition."""
        for stat in defn.body:
            if isinstance(stat, ast.SelfType):
                defn.self_name, defn.self_type, defn.self_types = stat.name, stat.tpe, stat.types
        defn.body = [stat for stat in defn.body if not isinstance(stat, ast.SelfType)]

    # ------------------------------------------------------------------------------------------- types

    def type_(self, node: TSNode) -> ast.TypeRef:
        t = node.type
        span = Span(node.start_byte, node.end_byte)
        if t == "type_identifier":
            return ast.TypeRef(span, _strip_backquotes(self.text(node)))
        if t == "generic_type":
            base = node.child_by_field_name("type")
            targs = node.child_by_field_name("type_arguments")
            name = self.type_(base) if base is not None else None
            args = [self.type_(a) for a in targs.named_children if a.type not in _COMMENTS] if targs else []
            if name is None or isinstance(name, ast.UnsupportedType):
                return name or ast.UnsupportedType(span, "<error>", [], "error")
            return ast.TypeRef(span, name.name, args, qualifier=name.qualifier)  # `mutable.Map[K, V]`
        if t == "stable_type_identifier":
            qualifier = [name for c in node.named_children[:-1] for name in self._path_names(c)]
            return ast.TypeRef(span, self._type_name(node), qualifier=qualifier)
        if t == "function_type" and not node.has_error:
            ptypes = node.child_by_field_name("parameter_types")
            ret = node.child_by_field_name("return_type")
            if ptypes is not None and ptypes.type == "parameter_types":
                args = [self.type_(a) for a in ptypes.named_children if a.type not in _COMMENTS]
            elif ptypes is not None:
                args = [self.type_(ptypes)]  # `A => B`, `(A, B) => C` read as a tuple is not how scalac reads it
            else:
                args = []
            if ret is not None:
                args.append(self.type_(ret))
            return ast.TypeRef(span, f"Function{max(len(args) - 1, 0)}", args)
        if t == "tuple_type" and not node.has_error:
            args = [self.type_(a) for a in node.named_children if a.type not in _COMMENTS]
            return ast.TypeRef(span, f"Tuple{len(args)}", args)
        if t == "repeated_parameter_type" and not node.has_error:  # `xs: Int*` (the typer allows it as a last
            inner = next((c for c in node.named_children if c.type not in _COMMENTS), None)  # parameter only)
            if inner is not None:
                return ast.TypeRef(span, "*", [self.type_(inner)])
        if t == "lazy_parameter_type" and not node.has_error:
            inner = node.child_by_field_name("type")
            if inner is not None:
                return ast.TypeRef(span, "=>", [self.type_(inner)])
        if node.is_missing or t == "ERROR" or node.has_error:
            return ast.UnsupportedType(span, "<error>", [], "error")
        what, message = {
            "function_type": ("function type", "function types (`A => B`) are not supported"),
            "tuple_type": ("tuple type", "tuple types are not supported"),
            "repeated_parameter_type": ("varargs", "repeated parameters (`T*`) are not supported"),
            "lazy_parameter_type": ("by-name parameter", "by-name parameters (`=> T`) are not supported"),
            "compound_type": ("compound type", "compound types (`A with B`) are not supported"),
            "projected_type": ("type projection", "type projections (`A#B`) are not supported"),
            "singleton_type": ("singleton type", "singleton types (`x.type`) are not supported"),
            "existential_type": ("existential type", "existential types are not supported"),
            "annotated_type": ("annotated type", "annotated types are not supported"),
            "structural_type": ("structural type", "structural types are not supported"),
            "infix_type": ("infix type", "infix types are not supported"),
            "literal_type": ("literal type", "literal types are not supported"),
            "wildcard": ("wildcard type", "wildcard types (`_`) are not supported"),
        }.get(t, (t.replace("_", " "), f"this kind of type ({t.replace('_', ' ')}) is not supported"))
        self.report_unsupported(message, span)
        return ast.UnsupportedType(span, "<unsupported>", [], what)

    # ------------------------------------------------------------------------------------------- expressions

    def expr(self, node: TSNode) -> ast.Expr:
        handler = self.expr_handlers.get(node.type)
        if handler is not None:  # MISSING nodes are leaves: the leaf handlers check for them (zero width)
            return handler(node)
        entry = self.unsupported_exprs.get(node.type)
        if entry is not None:
            return self.unsupported(node, entry[0], entry[1])
        if node.is_missing or node.has_error:
            return ast.ErrorExpr(Span(node.start_byte, node.end_byte))
        t = node.type
        if t in _DEFINITIONS or t in _UNSUPPORTED_DEFINITIONS:
            self.sink.report(SYNTAX_ERROR, "expected an expression, found a definition", _span(node))
            return ast.ErrorExpr(_span(node))
        what = t.replace("_", " ")
        return self.unsupported(node, what, f"this construct ({what}) is not supported")

    def error_expr(self, node: TSNode) -> ast.Expr:
        return ast.ErrorExpr(Span(node.start_byte, node.end_byte))

    def identifier(self, node: TSNode) -> ast.Expr:
        start = node.start_byte
        end = node.end_byte
        span = Span(start, end)
        if start == end:
            return ast.ErrorExpr(span)
        name = self.data[start:end].decode("utf-8", "replace")
        if name == "this":
            return ast.This(span)
        if name == "super":
            return ast.Super(span)
        if name[:1] == "`":
            name = _strip_backquotes(name)
        return ast.Ident(span, name)

    def _literal_problem(self, node: TSNode, problem: tuple[str, int, int]) -> None:
        message, start, end = problem
        self.sink.report(INVALID_LITERAL, message, Span(node.start_byte + start, node.start_byte + end))

    def integer_literal(self, node: TSNode, negate: bool = False, span: Span | None = None) -> ast.Expr:
        start = node.start_byte
        end = node.end_byte
        raw = self.data[start:end]
        if raw.isdigit() and len(raw) < 10 and (raw[0] != 48 or len(raw) == 1):  # fast path: a small decimal Int
            return ast.Literal(span or Span(start, end), "int", -int(raw) if negate else int(raw))
        if start == end:
            return ast.ErrorExpr(Span(start, end))
        kind, value, problem = decode_integer(raw.decode("utf-8", "replace"), negate)
        if problem is not None:
            self._literal_problem(node, problem)
        return ast.Literal(span or Span(node.start_byte, node.end_byte), kind, value)

    def floating_literal(self, node: TSNode, negate: bool = False, span: Span | None = None) -> ast.Expr:
        if node.is_missing:
            return ast.ErrorExpr(Span(node.start_byte, node.end_byte))
        kind, value, problem = decode_floating(self.text(node), negate)
        if problem is not None:
            self._literal_problem(node, problem)
        return ast.Literal(span or Span(node.start_byte, node.end_byte), kind, value)

    def boolean_literal(self, node: TSNode) -> ast.Literal:
        return ast.Literal(Span(node.start_byte, node.end_byte), "boolean", self.data[node.start_byte] == 0x74)

    def null_literal(self, node: TSNode) -> ast.Literal:
        return ast.Literal(Span(node.start_byte, node.end_byte), "null", None)

    def unit_literal(self, node: TSNode) -> ast.Literal:
        return ast.Literal(Span(node.start_byte, node.end_byte), "unit", None)

    def char_literal(self, node: TSNode) -> ast.Expr:
        return self._escaped_literal(node, "char", decode_char)

    def string_literal(self, node: TSNode) -> ast.Expr:
        return self._escaped_literal(node, "string", decode_string)

    def _escaped_literal(self, node: TSNode, kind: str, decode) -> ast.Expr:
        """A char or string literal: its escapes decoded, a malformed one reported (and still converted)."""
        if node.is_missing:
            return ast.ErrorExpr(Span(node.start_byte, node.end_byte))
        value, problem = decode(self.text(node))
        if problem is not None:
            self._literal_problem(node, problem)
        return ast.Literal(Span(node.start_byte, node.end_byte), kind, value)

    def interpolated(self, node: TSNode) -> ast.Expr:
        span = Span(node.start_byte, node.end_byte)
        interp = node.child_by_field_name("interpolator")
        name = self.text(interp) if interp is not None else ""
        if name not in ("s", "f"):
            return self.unsupported(
                node, f"{name}-interpolator", f"the `{name}` string interpolator is not supported; use `s\"...\"`"
            )
        string = None
        for child in node.named_children:
            if child.type == "interpolated_string":
                string = child
        if string is None:
            return ast.ErrorExpr(span)
        start, end = string.start_byte, string.end_byte
        quote = 3 if self.data.startswith(b'"""', start) else 1
        pos = start + quote
        stop = max(pos, end - quote if self.data[end - 1 : end] == b'"' else end)
        parts: list[str] = []
        args: list[ast.Expr] = []
        for child in string.named_children:
            if child.type != "interpolation":
                continue
            parts.append(self._interpolation_part(pos, child.start_byte))
            inner = None
            for part in child.named_children:
                if part.type not in _COMMENTS:
                    inner = part
            if inner is None:
                args.append(ast.ErrorExpr(_span(child)))
            elif inner.type == "block":
                arg = self.block(inner)
                if isinstance(arg, ast.Block) and len(arg.stats) == 1 and isinstance(arg.stats[0], ast.Expr):
                    arg = arg.stats[0]
                args.append(arg)
            else:
                args.append(self.expr(inner))
            pos = child.end_byte
        parts.append(self._interpolation_part(pos, stop))
        return ast.Interpolated(span, name, parts, args)

    def _interpolation_part(self, start: int, end: int) -> str:
        body = self.data[start:end].decode("utf-8", "replace")
        value, problem = unescape(body, 0, dollars=True)
        if problem is not None:
            message, s, e = problem
            self.sink.report(INVALID_LITERAL, message, Span(start + s, start + e))
        return value

    def select(self, node: TSNode) -> ast.Expr:
        if self._misparsed(node) is not None:
            return self.infix(node)
        children = node.children
        if len(children) == 3:  # value . field
            value, _, field = children
        else:
            value = node.child_by_field_name("value")
            field = node.child_by_field_name("field")
        if value is None or field is None or field.is_missing:
            return ast.ErrorExpr(Span(node.start_byte, node.end_byte))
        if self.text(field) == "this" and value.type == "identifier":  # `Outer.this`
            return ast.This(Span(node.start_byte, node.end_byte), _strip_backquotes(self.text(value)))
        return ast.Select(
            Span(node.start_byte, node.end_byte),
            self.expr(value),
            _strip_backquotes(self.text(field)),
            Span(field.start_byte, field.end_byte),
        )

    def _args(self, node: TSNode) -> list[ast.Expr]:
        args: list[ast.Expr] = []
        for child in node.named_children:
            t = child.type
            if t in _COMMENTS:
                continue
            if t == "assignment_expression" and (left := child.child_by_field_name("left")) is not None \
                    and left.type == "identifier" and (right := child.child_by_field_name("right")) is not None:
                args.append(ast.NamedArg(_span(child), _strip_backquotes(self.text(left)), _span(left),
                                         self.placeholder_scope(right)))
            elif t == "wildcard":
                args.append(self.expr(child))  # `f(_)`: the placeholder function is the enclosing expression
            else:
                args.append(self.placeholder_scope(child))
        return args

    def placeholder_scope(self, node: TSNode) -> ast.Expr:
        """An expression that becomes a function when placeholders occur in it: `_ * 2 + 1` is `x => x * 2 + 1`
        (scalac's rule: the smallest enclosing expression that is not the underscore itself)."""
        saved = self._placeholders
        self._placeholders = []
        try:
            e = self.expr(node)
            params = self._placeholders
        finally:
            self._placeholders = saved
        if params:
            return ast.Lambda(e.span, params, e)
        return e

    def placeholder(self, node: TSNode) -> ast.Expr:
        span = _span(node)
        if self._placeholders is None:
            return self.unsupported(node, "placeholder", "placeholder syntax (`_` here) is not supported; write a lambda")
        self._placeholder_count += 1
        name = f"x${self._placeholder_count}"
        self._placeholders.append(ast.Param(span, name, span, None))
        return ast.Ident(span, name)

    def method_value(self, node: TSNode) -> ast.Expr:
        parts = [c for c in node.named_children if c.type not in _COMMENTS and c.type != "wildcard"]
        if len(parts) != 1 or node.has_error:
            return ast.ErrorExpr(_span(node))
        return ast.MethodValue(_span(node), self.expr(parts[0]))

    def tuple_(self, node: TSNode) -> ast.Expr:
        items = [self.placeholder_scope(c) for c in node.named_children if c.type not in _COMMENTS]
        return ast.Tuple(_span(node), items)

    def case_block(self, node: TSNode) -> ast.Expr:
        """`{ case p => ... }` where a function is expected: `x => x match { case p => ... }`."""
        span = _span(node)
        cases = [self.case(c) for c in node.named_children if c.type == "case_clause"]
        self._placeholder_count += 1
        name = f"x${self._placeholder_count}"
        at = Span(span.start, span.start)
        return ast.Lambda(span, [ast.Param(at, name, at, None)], ast.Match(span, ast.Ident(at, name), cases))

    def call(self, node: TSNode) -> ast.Expr:
        if self._misparsed(node) is not None:
            return self.infix(node)
        children = node.children
        if len(children) == 2:  # no comment or error inside: positional access is cheaper than by field
            fn_node, args_node = children
        else:
            fn_node = node.child_by_field_name("function")
            args_node = node.child_by_field_name("arguments")
        span = Span(node.start_byte, node.end_byte)
        if fn_node is None:
            return ast.ErrorExpr(span)
        type_args: list[ast.TypeRef] = []
        if fn_node.type == "generic_function":
            inner = fn_node.child_by_field_name("function")
            targs = fn_node.child_by_field_name("type_arguments")
            if targs is not None:
                type_args = [self.type_(a) for a in targs.named_children if a.type not in _COMMENTS]
            fn = self.expr(inner) if inner is not None else ast.ErrorExpr(_span(fn_node))
        else:
            fn = self.expr(fn_node)
        if args_node is None:
            args: list[ast.Expr] = []
        elif args_node.type == "arguments":
            args = self._args(args_node)
        else:  # a block argument `f { ... }`, a lambda block `f { x => ... }`, `f { case ... }`, `f { _ + 1 }`
            args = [self.placeholder_scope(args_node)]
        return ast.Apply(span, fn, args, type_args)

    def generic_function(self, node: TSNode) -> ast.Expr:
        if self._misparsed(node) is not None:
            return self.infix(node)
        fn = node.child_by_field_name("function")
        targs = node.child_by_field_name("type_arguments")
        if fn is not None and targs is not None and self.text(fn) == "super":
            # `super[T]`: the parent T's member, as the qualifier of a selection
            mixes = [a for a in targs.named_children if a.type not in _COMMENTS]
            if len(mixes) == 1 and mixes[0].type == "type_identifier":
                return ast.Super(_span(node), self.text(mixes[0]), _span(mixes[0]))
        if fn is not None and fn.type == "field_expression":
            field = fn.child_by_field_name("field")
            name = self.text(field) if field is not None else ""
            value = fn.child_by_field_name("value")
            targs = node.child_by_field_name("type_arguments")
            if name in ("asInstanceOf", "isInstanceOf") and value is not None and targs is not None:
                types = [self.type_(a) for a in targs.named_children if a.type not in _COMMENTS]
                if len(types) == 1:
                    return ast.TypeTest(_span(node), self.expr(value), name, _span(field), types[0])
            if name == "empty" and value is not None and self.text(value) == "Array" and targs is not None:
                # `Array.empty[T]`: an application without arguments
                type_args = [self.type_(a) for a in targs.named_children if a.type not in _COMMENTS]
                return ast.Apply(_span(node), self.expr(fn), [], type_args)
        targs = node.child_by_field_name("type_arguments")
        if fn is None or targs is None:
            return self.unsupported(node, "type application", "this type application is not supported")
        return ast.TypeApply(_span(node), self.expr(fn),
                             [self.type_(a) for a in targs.named_children if a.type not in _COMMENTS])

    # tree-sitter-scala binds type arguments looser than operators: `a + b.asInstanceOf[T].m` comes out as
    # `((a + b.asInstanceOf)[T]).m`. Such a misparse is a spine of selections, calls and type applications over a
    # generic_function whose function is an infix or prefix operation; what the spine applies belongs to the
    # rightmost operand of that operation (its "suffixes", innermost first).

    _SPINE = {"field_expression": "value", "call_expression": "function", "generic_function": "function"}

    def _misparsed(self, node: TSNode) -> tuple[TSNode, list[TSNode]] | None:
        """(the operation, the suffixes) when node is such a misparse, else None."""
        suffixes: list[TSNode] = []
        n = node
        while n.type in self._SPINE and len(suffixes) < 16:  # (bounded: a long chain of calls is no misparse)
            inner = n.child_by_field_name(self._SPINE[n.type])
            if inner is None:
                return None
            suffixes.append(n)
            if n.type == "generic_function" and inner.type in ("infix_expression", "prefix_expression"):
                suffixes.reverse()
                return inner, suffixes
            n = inner
        return None

    def _unwrap_misparse(self, node: TSNode, suffixes_of: dict) -> TSNode:
        """The operation under a misparsed spine, its suffixes noted (in suffixes_of) against its rightmost operand;
        any other node as it is."""
        found = self._misparsed(node)
        if found is None:
            return node
        operation, suffixes = found
        leaf = operation
        while leaf.type == "infix_expression" and leaf.child_by_field_name("right") is not None:
            leaf = leaf.child_by_field_name("right")
        suffixes_of[leaf.id] = suffixes + suffixes_of.get(leaf.id, [])  # found outermost first
        return operation

    def _operand_with_suffixes(self, n: TSNode, suffixes_of: dict) -> tuple[ast.Expr, int]:
        """An operand, with the suffixes a misparse took from it; and where it ends."""
        suffixes = suffixes_of.get(n.id)
        if not suffixes:
            return self.expr(n), n.end_byte
        end = suffixes[-1].end_byte
        if n.type == "prefix_expression":  # `!b.asInstanceOf[Boolean]`: the suffixes belong to the operand
            operand = n.named_children[-1] if n.named_children else None
            op = n.child(0)
            if operand is None or op is None:
                return ast.ErrorExpr(Span(n.start_byte, end)), end
            inner = self._with_suffixes(self.expr(operand), operand.start_byte, suffixes)
            return ast.Prefix(Span(n.start_byte, end), op.type, inner), end
        return self._with_suffixes(self.expr(n), n.start_byte, suffixes), end

    def _with_suffixes(self, value: ast.Expr, start: int, suffixes: list[TSNode]) -> ast.Expr:
        type_args: list[ast.TypeRef] = []  # of a type application waiting for its argument list
        for k, suffix in enumerate(suffixes):
            span = Span(start, suffix.end_byte)
            if suffix.type == "field_expression":
                field = suffix.child_by_field_name("field")
                if field is None:
                    return ast.ErrorExpr(span)
                value = ast.Select(span, value, _strip_backquotes(self.text(field)), _span(field))
            elif suffix.type == "call_expression":
                args_node = suffix.child_by_field_name("arguments")
                if args_node is None:
                    args: list[ast.Expr] = []
                elif args_node.type == "arguments":
                    args = self._args(args_node)
                else:
                    args = [self.placeholder_scope(args_node)]
                value = ast.Apply(span, value, args, type_args)
                type_args = []
            else:
                targs = suffix.child_by_field_name("type_arguments")
                types = [self.type_(a) for a in targs.named_children if a.type not in _COMMENTS] \
                    if targs is not None else []
                if isinstance(value, ast.Select) and value.name in ("asInstanceOf", "isInstanceOf") and len(types) == 1:
                    value = ast.TypeTest(span, value.qualifier, value.name, value.name_span, types[0])
                elif k + 1 < len(suffixes) and suffixes[k + 1].type == "call_expression":
                    type_args = types  # `a == Array[Any](1, 2)`: the call takes them
                elif isinstance(value, ast.Select) and value.name == "empty":
                    value = ast.Apply(span, value, [], types)  # `Array.empty[T]`
                elif isinstance(value, ast.Super) and value.mix is None and len(types) == 1 and targs is not None:
                    value = ast.Super(span, types[0].name, _span(targs.named_children[0]))  # `super[T]`
                elif isinstance(value, (ast.Ident, ast.Select)) and types:
                    value = ast.TypeApply(span, value, types)  # `Ordering[Int].max(a, b)` inside an operand
                else:
                    return self.unsupported(suffix, "type application",
                                            "type arguments without an argument list (`f[T]`) are not supported",
                                            span)
        return value

    def ascription(self, node: TSNode) -> ast.Expr:
        value = node.named_children[0] if node.named_children else None
        target = node.child_by_field_name("type")
        if value is not None and target is None and any(c.type == "annotation" for c in node.named_children):
            return self.expr(value)  # `(e: @unchecked)`, `(x: @switch)`: an annotation alone changes no meaning
        if value is None or target is None:
            return ast.ErrorExpr(_span(node))
        if self.text(target).replace(" ", "") == "_*":  # `1 to n: _*`, which tree-sitter reads as an ascription
            return ast.Ascription(_span(node), self.expr(value), ast.TypeRef(_span(target), "_*"))
        if target.type not in ("type_identifier", "stable_type_identifier", "generic_type", "tuple_type",
                               "function_type"):
            return self.unsupported(node, "type ascription", f"this type ascription (`: {self.text(target)}`) is not "
                                    "supported")
        return ast.Ascription(_span(node), self.expr(value), self.type_(target))

    def vararg(self, node: TSNode) -> ast.Expr:
        """`xs: _*`: a sequence passed as the arguments of a repeated parameter (an ascription to `_*`)."""
        value = next((c for c in node.named_children if c.type not in _COMMENTS), None)
        if value is None or node.has_error:
            return ast.ErrorExpr(_span(node))
        return ast.Ascription(_span(node), self.expr(value), ast.TypeRef(_span(node), "_*"))

    def new(self, node: TSNode) -> ast.Expr:
        span = Span(node.start_byte, node.end_byte)
        tpe = None
        args: list[ast.Expr] | None = None
        parents: list[ast.TypeRef] = []
        body: list | None = None
        for child in node.named_children:
            t = child.type
            if t == "arguments":
                args = self._args(child)
            elif t == "template_body":
                body = self.template_body(child, companions=False)
            elif t in _COMMENTS:
                continue
            elif t == "compound_type" and tpe is None:
                # `new A(args) with T with U`: an anonymous class extending them
                for part in child.named_children:
                    if part.type == "applied_constructor_type" and not parents:
                        for piece in part.named_children:
                            if piece.type == "arguments":
                                args = self._args(piece)
                            elif piece.type not in _COMMENTS and not parents:
                                parents.append(self.type_(piece))
                    elif part.type not in _COMMENTS:
                        parents.append(self.type_(part))
                tpe = parents[0] if parents else None
                body = body if body is not None else []
            elif tpe is None:
                tpe = self.type_(child)
                parents = [tpe]
        if body is not None:  # (`new { ... }` extends AnyRef)
            return self.anonymous_class(node, parents, args, body)
        if tpe is None:
            return ast.ErrorExpr(span)
        return ast.New(span, tpe, args or [])

    def anonymous_class(self, node: TSNode, parents: list, args, body: list) -> ast.Expr:
        """`new A(args) with T { body }`: an instance of a final class without a name (the typer numbers it, as
        scalac does: `Main$$anon$1`)."""
        at = Span(node.start_byte, node.children[0].end_byte if node.children else node.end_byte)  # `new`
        defn = ast.ClassDef(_span(node), "$anon", at, [], body, ["final"], [], [], parents, args)
        self.take_self_type(defn)
        return ast.NewAnonymous(_span(node), defn)

    def infix(self, node: TSNode) -> ast.Expr:
        """An operator chain: flattened, then re-associated by Scala's precedence and associativity rules, so the
        result does not depend on how the grammar nested it. Parenthesized operands stay whole."""
        suffixes_of: dict = {}
        whole = node
        node = self._unwrap_misparse(node, suffixes_of)
        if node.type == "prefix_expression":
            return self._operand_with_suffixes(node, suffixes_of)[0]
        parts = self._infix_parts(node)
        if parts is None:
            return ast.ErrorExpr(Span(whole.start_byte, whole.end_byte))
        left, op, right = parts
        lt = left.type
        rt = right.type
        if lt != "infix_expression" and rt != "infix_expression" and not suffixes_of and lt not in self._SPINE \
                and rt not in self._SPINE:
            # The common case, a single operator: nothing to re-associate.
            os, oe = op.start_byte, op.end_byte
            text = self.data[os:oe].decode("utf-8", "replace")
            if text and precedence(text) != 0:
                span = Span(node.start_byte, node.end_byte)
                return ast.Infix(span, text, Span(os, oe), self.expr(left), self.expr(right))
        operands: list[ast.Expr] = []
        starts: list[int] = []
        ends: list[int] = []
        ops: list[tuple[str, Span, int]] = []
        # A stack of operands still to visit, with None marking where the next pending operator goes.
        stack: list[TSNode | None] = [right, None, left]
        pending_op: list[TSNode] = [op]
        while stack:
            n = stack.pop()
            if n is None:
                op = pending_op.pop()
                text = self.text(op)
                ops.append((text, Span(op.start_byte, op.end_byte), precedence(text) if text else 10))
                continue
            n = self._unwrap_misparse(n, suffixes_of) if n.type in self._SPINE else n
            t = n.type
            if t == "infix_expression":
                parts = self._infix_parts(n)
                if parts is not None:
                    pending_op.append(parts[1])
                    stack.append(parts[2])
                    stack.append(None)
                    stack.append(parts[0])
                    continue
                operands.append(ast.ErrorExpr(_span(n)))
            else:
                operand, end = self._operand_with_suffixes(n, suffixes_of)
                operands.append(operand)
                starts.append(n.start_byte)
                ends.append(end)
                continue
            starts.append(n.start_byte)
            ends.append(n.end_byte)
        return self._associate(operands, starts, ends, ops)

    @staticmethod
    def _infix_parts(node: TSNode) -> tuple[TSNode, TSNode, TSNode] | None:
        children = node.children
        if len(children) == 3:  # no comment or error inside: positional access is cheaper than by field
            return children[0], children[1], children[2]
        left = node.child_by_field_name("left")
        op = node.child_by_field_name("operator")
        right = node.child_by_field_name("right")
        if left is None or op is None or right is None or op.start_byte == op.end_byte:
            return None
        return left, op, right

    def _associate(self, operands: list, starts: list[int], ends: list[int], ops: list) -> ast.Expr:
        # Shunting-yard over the flat chain: operand i is followed by ops[i].
        out: list[tuple[ast.Expr, int, int]] = [(operands[0], starts[0], ends[0])]
        op_stack: list[tuple[str, Span, int]] = []
        for i, op in enumerate(ops):
            prec = op[2]
            right_assoc = op[0][-1] == ":"
            while op_stack:
                top = op_stack[-1]
                if top[2] > prec or (top[2] == prec and not right_assoc):
                    self._reduce(out, op_stack.pop())
                else:
                    break
            op_stack.append(op)
            out.append((operands[i + 1], starts[i + 1], ends[i + 1]))
        while op_stack:
            self._reduce(out, op_stack.pop())
        return out[0][0]

    def _reduce(self, out: list, op: tuple[str, Span, int]) -> None:
        rhs, _, rend = out.pop()
        lhs, lstart, _ = out.pop()
        text, op_span, _ = op
        span = Span(lstart, rend)
        if op[2] == 0:  # `x op= v`: an update method of x's class (`sb ++= s`) or `x = x op v`; the typer decides
            out.append((ast.CompoundAssign(span, text[:-1], lhs, rhs), lstart, rend))
        else:
            out.append((ast.Infix(span, text, op_span, lhs, rhs), lstart, rend))

    def prefix(self, node: TSNode) -> ast.Expr:
        span = Span(node.start_byte, node.end_byte)
        op = node.child(0)
        operand = None
        for child in node.named_children:
            if child.type not in _COMMENTS:
                operand = child
        if op is None or operand is None:
            return ast.ErrorExpr(span)
        text = op.type
        if text == "-":
            # `-` applied directly to a numeric literal is a negative literal, as in scalac: `-2147483648` is legal.
            if operand.type == "integer_literal":
                return self.integer_literal(operand, negate=True, span=span)
            if operand.type == "floating_point_literal":
                return self.floating_literal(operand, negate=True, span=span)
        return ast.Prefix(span, text, self.expr(operand))

    def assign(self, node: TSNode) -> ast.Expr:
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        span = Span(node.start_byte, node.end_byte)
        if left is None or right is None:
            return ast.ErrorExpr(span)
        return ast.Assign(span, self.expr(left), self.expr(right))

    def parenthesized(self, node: TSNode) -> ast.Expr:
        inner = None
        for child in node.named_children:
            if child.type not in _COMMENTS:
                inner = child
                break
        if inner is None:
            return ast.ErrorExpr(Span(node.start_byte, node.end_byte))
        return self.placeholder_scope(inner)

    def if_(self, node: TSNode) -> ast.Expr:
        cond = node.child_by_field_name("condition")
        then = node.child_by_field_name("consequence")
        otherwise = node.child_by_field_name("alternative")
        span = Span(node.start_byte, node.end_byte)
        if cond is None or then is None:
            return ast.ErrorExpr(span)
        return ast.If(span, self.expr(cond), self.expr(then), self.expr(otherwise) if otherwise is not None else None)

    def while_(self, node: TSNode) -> ast.Expr:
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        span = Span(node.start_byte, node.end_byte)
        if cond is None or body is None:
            return ast.ErrorExpr(span)
        return ast.While(span, self.expr(cond), self.expr(body))

    def do_while(self, node: TSNode) -> ast.Expr:
        body = node.child_by_field_name("body")
        cond = node.child_by_field_name("condition")
        span = Span(node.start_byte, node.end_byte)
        if body is None or cond is None:
            return ast.ErrorExpr(span)
        return ast.DoWhile(span, self.expr(body), self.expr(cond))

    def for_(self, node: TSNode) -> ast.Expr:
        span = Span(node.start_byte, node.end_byte)
        enumerators_node = None
        body = node.child_by_field_name("body")
        is_yield = False
        for child in node.children:
            t = child.type
            if t == "enumerators":
                enumerators_node = child
            elif t == "yield":
                is_yield = True
        if enumerators_node is None or body is None:
            return ast.ErrorExpr(span)
        enumerators: list = []
        for gen in enumerators_node.named_children:
            if gen.type in _COMMENTS:
                continue
            if gen.type != "enumerator":
                return ast.ErrorExpr(span) if gen.has_error else self.unsupported(gen, "for", "this form of `for` is not supported")
            parts = [c for c in gen.named_children if c.type not in _COMMENTS]
            kind = next((c.type for c in gen.children if c.type in ("<-", "=")), None)
            guards = [p for p in parts if p.type == "guard"]
            parts = [p for p in parts if p.type != "guard"]
            if guards and not parts and enumerators and not gen.has_error:  # `; if cond`
                for g in guards:
                    cond = g.child_by_field_name("condition")
                    enumerators.append(ast.Guard(_span(g), self.expr(cond) if cond is not None else ast.ErrorExpr(_span(g))))
                continue
            if kind is None or len(parts) != 2 or gen.has_error:
                return ast.ErrorExpr(span) if gen.has_error else self.unsupported(gen, "for", "this form of `for` is not supported")
            pattern = self.pattern(parts[0])
            value = self.expr(parts[1])
            if kind == "<-":
                enumerators.append(ast.Generator(_span(gen), pattern, value))
            elif not enumerators:
                return self.unsupported(gen, "for", "a `for` must start with a generator (`x <- ...`)")
            else:
                enumerators.append(ast.ForValue(_span(gen), pattern, value))
            for g in guards:
                cond = g.child_by_field_name("condition")
                enumerators.append(ast.Guard(_span(g), self.expr(cond) if cond is not None else ast.ErrorExpr(_span(g))))
        if not enumerators:
            return ast.ErrorExpr(span)
        return ast.For(span, enumerators, self.expr(body), is_yield)

    def block(self, node: TSNode) -> ast.Expr:
        span = Span(node.start_byte, node.end_byte)
        named = [c for c in node.named_children if c.type not in _COMMENTS]
        if len(named) == 1 and named[0].type == "lambda_expression":
            # `{ a => body }`: the braces belong to the lambda.
            return self.lambda_(named[0], span)
        out = []
        for child in named:
            stat = self._block_stat(child)
            if stat is not None:
                out.append(stat)
        caseclasses.complete(out, companions=False)  # a case class defined in a block
        return ast.Block(span, out)

    def _block_stat(self, child: TSNode):
        """A statement of a block; an expression statement is where its placeholders' function ends (`xs span {
        _ == x }` is `xs span { y => y == x }`, as the expression is the smallest that contains the underscore)."""
        if child.type in _DEFINITIONS:
            return self.stat(child)
        saved = self._placeholders
        self._placeholders = []
        try:
            stat = self.stat(child)
            params = self._placeholders
        finally:
            self._placeholders = saved
        if params and isinstance(stat, ast.Expr):
            return ast.Lambda(stat.span, params, stat)
        return stat

    def _body(self, nodes: list[TSNode], empty_at: int) -> ast.Expr:
        """The body of a lambda or a case: one expression, or a Block spanning several statements."""
        if len(nodes) == 1 and nodes[0].type not in _DEFINITIONS:
            return self.expr(nodes[0])
        stats = []
        for child in nodes:
            stat = self.stat(child)
            if stat is not None:
                stats.append(stat)
        if not nodes:
            return ast.Block(Span(empty_at, empty_at), stats)
        return ast.Block(Span(nodes[0].start_byte, nodes[-1].end_byte), stats)

    def lambda_(self, node: TSNode, span: Span | None = None) -> ast.Expr:
        span = span or Span(node.start_byte, node.end_byte)
        params_node = node.child_by_field_name("parameters")
        params: list[ast.Param] = []
        body_nodes: list[TSNode] = []
        after_arrow = False
        arrow_end = node.end_byte
        for child in node.children:
            if after_arrow:
                if child.is_named and child.type not in _COMMENTS:
                    body_nodes.append(child)
            elif child.type == "=>":
                after_arrow = True
                arrow_end = child.end_byte
        if params_node is None:
            return ast.ErrorExpr(span)
        pt = params_node.type
        if pt == "identifier" or pt == "wildcard":
            params.append(ast.Param(_span(params_node), self.text(params_node), _span(params_node), None))
        elif pt == "bindings":
            for b in params_node.named_children:
                if b.type != "binding":
                    continue
                name, name_span = self._name(b)
                type_node = b.child_by_field_name("type")
                params.append(ast.Param(_span(b), name, name_span, self.type_(type_node) if type_node else None))
        else:
            return self.unsupported(params_node, "lambda parameters", "this form of lambda parameters is not supported")
        return ast.Lambda(span, params, self._body(body_nodes, arrow_end))

    def match(self, node: TSNode) -> ast.Expr:
        span = Span(node.start_byte, node.end_byte)
        value = node.child_by_field_name("value")
        body = node.child_by_field_name("body")
        if value is None or body is None:
            return ast.ErrorExpr(span)
        cases = [self.case(c) for c in body.named_children if c.type == "case_clause"]
        scrutinee = self.expr(value)
        if value.type in ("for_expression", "while_expression") and isinstance(scrutinee, (ast.For, ast.While)):
            # The grammar reads `for (x <- xs) x match {...}` as `(for ...) match {...}`; in Scala the loop's
            # body is the whole `x match {...}`.
            scrutinee.body = ast.Match(Span(scrutinee.body.span.start, span.end), scrutinee.body, cases)
            scrutinee.span = span
            return scrutinee
        if value.type == "assignment_expression" and isinstance(scrutinee, ast.Assign):
            # Likewise `x = v match {...}` is read as `(x = v) match {...}`; Scala assigns the match's value.
            scrutinee.value = ast.Match(Span(scrutinee.value.span.start, span.end), scrutinee.value, cases)
            scrutinee.span = span
            return scrutinee
        return ast.Match(span, scrutinee, cases, unchecked=self._annotated(value, "unchecked"))

    def _annotated(self, node: TSNode, name: str) -> bool:
        """Whether node is `(x: @name)`, an expression ascribed only an annotation."""
        while node.type == "parenthesized_expression" and node.named_children:
            node = node.named_children[0]
        return node.type == "ascription_expression" and any(
            c.type == "annotation" and self.text(c).lstrip("@").strip() == name for c in node.named_children)

    def case(self, node: TSNode) -> ast.Case:
        pattern_node = node.child_by_field_name("pattern")
        guard = None
        body_nodes: list[TSNode] = []
        after_arrow = False
        arrow_end = node.end_byte
        for child in node.children:
            t = child.type
            if after_arrow:
                if child.is_named and t not in _COMMENTS:
                    body_nodes.append(child)
            elif t == "=>":
                after_arrow = True
                arrow_end = child.end_byte
            elif t == "guard":
                cond = child.child_by_field_name("condition")
                guard = self.expr(cond) if cond is not None else ast.ErrorExpr(_span(child))
        pattern = self.pattern(pattern_node) if pattern_node is not None else ast.ErrorPattern(_span(node))
        return ast.Case(_span(node), pattern, guard, self._body(body_nodes, arrow_end))

    def _infix_pattern(self, node: TSNode) -> ast.Pattern:
        """`h :: t`: the constructor pattern `::(h, t)`; a chain of operators ending in `:` groups from the right
        (`a :: b :: rest`), as Scala's, though tree-sitter nests it from the left."""
        # Walked down the left spine, collected in reverse (a loop: a nested function calling itself would be a
        # cycle for the cycle collector, one per pattern).
        operands: list[TSNode] = []
        operators: list[TSNode] = []
        n = node
        while True:
            left, op, right = (n.child_by_field_name(f) for f in ("left", "operator", "right"))
            operands.append(right)
            operators.append(op)
            if left.type == "infix_pattern" and not left.has_error:
                n = left
                continue
            operands.append(left)
            break
        operands.reverse()
        operators.reverse()
        patterns = [self.pattern(o) for o in operands]
        names = [self.text(o) for o in operators]

        def make(op: TSNode, name: str, left: ast.Pattern, right: ast.Pattern) -> ast.Pattern:
            return ast.ConstructorPattern(Span(left.span.start, right.span.end), [name], _span(op), [left, right])

        if all(n.endswith(":") for n in names):
            result = patterns[-1]
            for op, name, left in zip(reversed(operators), reversed(names), reversed(patterns[:-1])):
                result = make(op, name, left, result)
            return result
        result = patterns[0]
        for op, name, right in zip(operators, names, patterns[1:]):
            result = make(op, name, result, right)
        return result

    def pattern(self, node: TSNode) -> ast.Pattern:
        t = node.type
        span = Span(node.start_byte, node.end_byte)
        if node.is_missing or t == "ERROR":
            return ast.ErrorPattern(span)
        if t in ("integer_literal", "floating_point_literal", "string", "character_literal", "boolean_literal",
                 "null_literal", "unit"):  # fmt: skip
            return ast.LiteralPattern(span, self.expr_handlers[t](node))
        if t == "wildcard":
            return ast.WildcardPattern(span)
        if t == "identifier":
            name = self.text(node)
            if (name[:1].islower() or name[:1] == "_") and not name.startswith("`"):
                return ast.BindPattern(span, name)
            return ast.StableIdPattern(span, [_strip_backquotes(name)])  # `Red`, `` `limit` ``: a value to compare
        if t == "stable_identifier" and not node.has_error:
            return ast.StableIdPattern(span, self._path_names(node))
        if t == "case_class_pattern" and not node.has_error:
            type_node = node.child_by_field_name("type")
            args = [self.pattern(c) for c in node.named_children if c.type not in _COMMENTS and c != type_node]
            if type_node is not None:
                path = self._path_names(type_node) if type_node.type == "stable_type_identifier" \
                    else [_strip_backquotes(self.text(type_node))]
                return ast.ConstructorPattern(span, path, _span(type_node), args)
        if t == "typed_pattern" and not node.has_error:
            inner = node.child_by_field_name("pattern")
            type_node = node.child_by_field_name("type")
            if inner is not None and type_node is not None and inner.type in ("identifier", "wildcard"):
                name = None if inner.type == "wildcard" else _strip_backquotes(self.text(inner))
                return ast.TypedPattern(span, name, _span(inner), self.type_(type_node))
        if t == "capture_pattern" and not node.has_error:
            name_node = node.child_by_field_name("name")
            inner = node.child_by_field_name("pattern")
            if name_node is not None and inner is not None:
                return ast.BinderPattern(span, _strip_backquotes(self.text(name_node)), _span(name_node),
                                         self.pattern(inner))
        if t == "infix_pattern" and not node.has_error:
            return self._infix_pattern(node)
        if t == "tuple_pattern":
            elements = [self.pattern(c) for c in node.named_children if c.type not in _COMMENTS]
            if len(elements) == 1:
                return elements[0]  # `(rest @ (b :: _))`: parentheses around one pattern
            return ast.TuplePattern(span, elements)
        elif t == "alternative_pattern":
            alternatives: list[ast.Pattern] = []
            for child in node.named_children:
                if child.type in _COMMENTS:
                    continue
                alt = self.pattern(child)
                if isinstance(alt, ast.AlternativePattern):
                    alternatives.extend(alt.alternatives)
                else:
                    alternatives.append(alt)
            return ast.AlternativePattern(span, alternatives)
        elif t == "prefix_expression" and node.child(0) is not None and node.child(0).type == "-":
            lit = self.prefix(node)
            if isinstance(lit, ast.Literal):
                return ast.LiteralPattern(span, lit)
            what, message = "pattern", "this pattern is not supported"
        else:
            what, message = {
                "typed_pattern": ("typed pattern", "this form of typed pattern is not supported"),
                "infix_pattern": ("infix pattern", "infix patterns are not supported"),
                "interpolated_string_expression": ("interpolated pattern", "interpolated string patterns are not supported"),
            }.get(t, ("pattern", "this pattern is not supported"))
        if node.has_error or _next_is_missing(node):
            return ast.ErrorPattern(span)
        self.report_unsupported(message, span)
        return ast.UnsupportedPattern(span, what)

    def try_(self, node: TSNode) -> ast.Expr:
        """`try e catch { case ... } finally f`; a `catch` with a handler expression instead of cases is outside the
        subset."""
        span = _span(node)
        body_node = node.child_by_field_name("body")
        if body_node is None:
            return ast.ErrorExpr(span)
        cases: list[ast.Case] = []
        finalizer = None
        for child in node.named_children:
            if child.type == "catch_clause":
                blocks = [c for c in child.named_children if c.type not in _COMMENTS]
                if len(blocks) != 1 or blocks[0].type != "case_block":
                    return self.unsupported(child, "catch handler", "a `catch` handler that is not `{ case ... }` "
                                            "is not supported")
                cases = [self.case(c) for c in blocks[0].named_children if c.type == "case_clause"]
            elif child.type == "finally_clause":
                parts = [c for c in child.named_children if c.type not in _COMMENTS]
                finalizer = self.expr(parts[0]) if parts else ast.ErrorExpr(_span(child))
        return ast.Try(span, self.expr(body_node), cases, finalizer)

    def return_(self, node: TSNode) -> ast.Expr:
        value = None
        for child in node.named_children:
            if child.type not in _COMMENTS:
                value = child
        return ast.Return(Span(node.start_byte, node.end_byte), self.expr(value) if value is not None else None)

    def throw(self, node: TSNode) -> ast.Expr:
        value = None
        for child in node.named_children:
            if child.type not in _COMMENTS:
                value = child
        span = Span(node.start_byte, node.end_byte)
        if value is None:
            return ast.ErrorExpr(span)
        return ast.Throw(span, self.expr(value))


def moved_diagnostic(diag, move):
    """A diagnostic with its span, its related spans (in its own file) and its fix edits replaced by move(span)."""
    return replace(
        diag, span=move(diag.span),
        related=tuple(replace(r, span=move(r.span)) if r.path is None else r for r in diag.related),
        fixes=tuple(Fix(f.title, tuple(TextEdit(move(e.span), e.new_text) for e in f.edits)) for f in diag.fixes))


def _span(node: TSNode) -> Span:
    return Span(node.start_byte, node.end_byte)


def _strip_backquotes(name: str) -> str:
    if len(name) >= 2 and name[0] == "`" and name[-1] == "`":
        return name[1:-1]
    return name


def _next_is_missing(node: TSNode) -> bool:
    """Whether a syntax error directly borders the node: a MISSING token or an ERROR right after it, or an ERROR
    right before it (`println("never closed)` leaves `never closed` as a postfix expression after the ERROR)."""
    parent = node.parent
    if parent is None:
        return False
    # Not `node.next_sibling`: tree-sitter skips a MISSING sibling there.
    found = False
    previous = None
    for sibling in parent.children:
        if found:
            return sibling.is_missing or sibling.type == "ERROR"
        found = sibling == node
        if found and previous is not None and previous.type == "ERROR":
            return True
        previous = sibling
    return False


def _article(what: str) -> str:
    """'a trait', 'an enum', 'an abstract val' for messages; names that read as plurals stay bare."""
    if what in ("given", "export"):
        return f"`{what}`"
    return ("an " if what[0] in "aeiou" else "a ") + what


def _is_implicit_list(node: TSNode) -> bool:
    """Whether a parameter list is written `(implicit a: A, b: B)`."""
    return any(c.type == "implicit" for c in node.children)
