"""The converter's control flow: if, loops, `for`, blocks, lambdas, matches and patterns, try, return, throw."""
from __future__ import annotations

from tree_sitter import Node as TSNode

from ..source import Span
from . import ast, caseclasses
from .tsnodes import COMMENTS, DEFINITIONS, next_is_missing, span_of, strip_backquotes


class ControlConverter:
    """Tree-sitter control flow and patterns to `ast` (a part of `parser._Converter`)."""

    def if_(self, node: TSNode) -> ast.Expr:
        cond = node.child_by_field_name("condition")
        then = node.child_by_field_name("consequence")
        otherwise = node.child_by_field_name("alternative")
        span = Span(node.start_byte, node.end_byte)
        if cond is None or then is None:
            return ast.ErrorExpr(span)
        return ast.If(span, self.expr(cond), self.expr(then), self.expr(otherwise) if otherwise is not None else None)

    def while_(self, node: TSNode) -> ast.Expr:
        return self.of_two_fields(node, "condition", "body", ast.While)

    def do_while(self, node: TSNode) -> ast.Expr:
        return self.of_two_fields(node, "body", "condition", ast.DoWhile)

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
            if gen.type in COMMENTS:
                continue
            if gen.type != "enumerator":
                return ast.ErrorExpr(span) if gen.has_error else self.unsupported(gen, "for", "this form of `for` is not supported")
            parts = [c for c in gen.named_children if c.type not in COMMENTS]
            kind = next((c.type for c in gen.children if c.type in ("<-", "=")), None)
            guards = [p for p in parts if p.type == "guard"]
            parts = [p for p in parts if p.type != "guard"]
            if guards and not parts and enumerators and not gen.has_error:  # `; if cond`
                for g in guards:
                    cond = g.child_by_field_name("condition")
                    enumerators.append(ast.Guard(span_of(g), self.expr(cond) if cond is not None else ast.ErrorExpr(span_of(g))))
                continue
            if kind is None or len(parts) != 2 or gen.has_error:
                return ast.ErrorExpr(span) if gen.has_error else self.unsupported(gen, "for", "this form of `for` is not supported")
            pattern = self.pattern(parts[0])
            value = self.expr(parts[1])
            if kind == "<-":
                enumerators.append(ast.Generator(span_of(gen), pattern, value))
            elif not enumerators:
                return self.unsupported(gen, "for", "a `for` must start with a generator (`x <- ...`)")
            else:
                enumerators.append(ast.ForValue(span_of(gen), pattern, value))
            for g in guards:
                cond = g.child_by_field_name("condition")
                enumerators.append(ast.Guard(span_of(g), self.expr(cond) if cond is not None else ast.ErrorExpr(span_of(g))))
        if not enumerators:
            return ast.ErrorExpr(span)
        return ast.For(span, enumerators, self.expr(body), is_yield)

    def block(self, node: TSNode) -> ast.Expr:
        span = Span(node.start_byte, node.end_byte)
        named = [c for c in node.named_children if c.type not in COMMENTS]
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
        if child.type in DEFINITIONS:
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
        if len(nodes) == 1 and nodes[0].type not in DEFINITIONS:
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
                if child.is_named and child.type not in COMMENTS:
                    body_nodes.append(child)
            elif child.type == "=>":
                after_arrow = True
                arrow_end = child.end_byte
        if params_node is None:
            return ast.ErrorExpr(span)
        pt = params_node.type
        if pt == "identifier" or pt == "wildcard":
            params.append(ast.Param(span_of(params_node), self.text(params_node), span_of(params_node), None))
        elif pt == "bindings":
            for b in params_node.named_children:
                if b.type != "binding":
                    continue
                name, name_span = self._name(b)
                type_node = b.child_by_field_name("type")
                params.append(ast.Param(span_of(b), name, name_span, self.type_(type_node) if type_node else None))
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
                if child.is_named and t not in COMMENTS:
                    body_nodes.append(child)
            elif t == "=>":
                after_arrow = True
                arrow_end = child.end_byte
            elif t == "guard":
                cond = child.child_by_field_name("condition")
                guard = self.expr(cond) if cond is not None else ast.ErrorExpr(span_of(child))
        pattern = self.pattern(pattern_node) if pattern_node is not None else ast.ErrorPattern(span_of(node))
        return ast.Case(span_of(node), pattern, guard, self._body(body_nodes, arrow_end))

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
            return ast.ConstructorPattern(Span(left.span.start, right.span.end), [name], span_of(op), [left, right])

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
            return ast.StableIdPattern(span, [strip_backquotes(name)])  # `Red`, `` `limit` ``: a value to compare
        if t == "stable_identifier" and not node.has_error:
            return ast.StableIdPattern(span, self._path_names(node))
        if t == "case_class_pattern" and not node.has_error:
            type_node = node.child_by_field_name("type")
            args = [self.pattern(c) for c in node.named_children if c.type not in COMMENTS and c != type_node]
            if type_node is not None:
                path = self._path_names(type_node) if type_node.type == "stable_type_identifier" \
                    else [strip_backquotes(self.text(type_node))]
                return ast.ConstructorPattern(span, path, span_of(type_node), args)
        if t == "typed_pattern" and not node.has_error:
            inner = node.child_by_field_name("pattern")
            type_node = node.child_by_field_name("type")
            if inner is not None and type_node is not None and inner.type in ("identifier", "wildcard"):
                name = None if inner.type == "wildcard" else strip_backquotes(self.text(inner))
                return ast.TypedPattern(span, name, span_of(inner), self.type_(type_node))
        if t == "capture_pattern" and not node.has_error:
            name_node = node.child_by_field_name("name")
            inner = node.child_by_field_name("pattern")
            if name_node is not None and inner is not None:
                return ast.BinderPattern(span, strip_backquotes(self.text(name_node)), span_of(name_node),
                                         self.pattern(inner))
        if t == "infix_pattern" and not node.has_error:
            return self._infix_pattern(node)
        if t == "tuple_pattern":
            elements = [self.pattern(c) for c in node.named_children if c.type not in COMMENTS]
            if len(elements) == 1:
                return elements[0]  # `(rest @ (b :: _))`: parentheses around one pattern
            return ast.TuplePattern(span, elements)
        elif t == "alternative_pattern":
            alternatives: list[ast.Pattern] = []
            for child in node.named_children:
                if child.type in COMMENTS:
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
        if node.has_error or next_is_missing(node):
            return ast.ErrorPattern(span)
        self.report_unsupported(message, span)
        return ast.UnsupportedPattern(span, what)

    def try_(self, node: TSNode) -> ast.Expr:
        """`try e catch { case ... } finally f`; a `catch` with a handler expression instead of cases is outside the
        subset."""
        span = span_of(node)
        body_node = node.child_by_field_name("body")
        if body_node is None:
            return ast.ErrorExpr(span)
        cases: list[ast.Case] = []
        finalizer = None
        for child in node.named_children:
            if child.type == "catch_clause":
                blocks = [c for c in child.named_children if c.type not in COMMENTS]
                if len(blocks) != 1 or blocks[0].type != "case_block":
                    return self.unsupported(child, "catch handler", "a `catch` handler that is not `{ case ... }` "
                                            "is not supported")
                cases = [self.case(c) for c in blocks[0].named_children if c.type == "case_clause"]
            elif child.type == "finally_clause":
                parts = [c for c in child.named_children if c.type not in COMMENTS]
                finalizer = self.expr(parts[0]) if parts else ast.ErrorExpr(span_of(child))
        return ast.Try(span, self.expr(body_node), cases, finalizer)

    def return_(self, node: TSNode) -> ast.Expr:
        value = None
        for child in node.named_children:
            if child.type not in COMMENTS:
                value = child
        return ast.Return(Span(node.start_byte, node.end_byte), self.expr(value) if value is not None else None)

    def throw(self, node: TSNode) -> ast.Expr:
        value = None
        for child in node.named_children:
            if child.type not in COMMENTS:
                value = child
        span = Span(node.start_byte, node.end_byte)
        if value is None:
            return ast.ErrorExpr(span)
        return ast.Throw(span, self.expr(value))
