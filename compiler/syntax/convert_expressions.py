"""The converter's expressions: names, literals, interpolations, selections, calls, `new`, operators and assignments."""
from __future__ import annotations

from tree_sitter import Node as TSNode

from ..diagnostics import INVALID_LITERAL, SYNTAX_ERROR
from ..source import Span
from . import ast
from .literals import decode_char, decode_floating, decode_integer, decode_string, unescape
from .tsnodes import COMMENTS, DEFINITIONS, UNSUPPORTED_DEFINITIONS, precedence, span_of, strip_backquotes


class ExpressionConverter:
    """Tree-sitter expressions to `ast` expressions (a part of `parser._Converter`)."""

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
        if t in DEFINITIONS or t in UNSUPPORTED_DEFINITIONS:
            self.sink.report(SYNTAX_ERROR, "expected an expression, found a definition", span_of(node))
            return ast.ErrorExpr(span_of(node))
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
            name = strip_backquotes(name)
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
                if part.type not in COMMENTS:
                    inner = part
            if inner is None:
                args.append(ast.ErrorExpr(span_of(child)))
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
            return ast.This(Span(node.start_byte, node.end_byte), strip_backquotes(self.text(value)))
        return ast.Select(
            Span(node.start_byte, node.end_byte),
            self.expr(value),
            strip_backquotes(self.text(field)),
            Span(field.start_byte, field.end_byte),
        )

    def _args(self, node: TSNode) -> list[ast.Expr]:
        args: list[ast.Expr] = []
        for child in node.named_children:
            t = child.type
            if t in COMMENTS:
                continue
            if t == "assignment_expression" and (left := child.child_by_field_name("left")) is not None \
                    and left.type == "identifier" and (right := child.child_by_field_name("right")) is not None:
                args.append(ast.NamedArg(span_of(child), strip_backquotes(self.text(left)), span_of(left),
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
        span = span_of(node)
        if self._placeholders is None:
            return self.unsupported(node, "placeholder", "placeholder syntax (`_` here) is not supported; write a lambda")
        self._placeholder_count += 1
        name = f"x${self._placeholder_count}"
        self._placeholders.append(ast.Param(span, name, span, None))
        return ast.Ident(span, name)

    def method_value(self, node: TSNode) -> ast.Expr:
        parts = [c for c in node.named_children if c.type not in COMMENTS and c.type != "wildcard"]
        if len(parts) != 1 or node.has_error:
            return ast.ErrorExpr(span_of(node))
        return ast.MethodValue(span_of(node), self.expr(parts[0]))

    def tuple_(self, node: TSNode) -> ast.Expr:
        items = [self.placeholder_scope(c) for c in node.named_children if c.type not in COMMENTS]
        return ast.Tuple(span_of(node), items)

    def case_block(self, node: TSNode) -> ast.Expr:
        """`{ case p => ... }` where a function is expected: `x => x match { case p => ... }`."""
        span = span_of(node)
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
                type_args = [self.type_(a) for a in targs.named_children if a.type not in COMMENTS]
            fn = self.expr(inner) if inner is not None else ast.ErrorExpr(span_of(fn_node))
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
            mixes = [a for a in targs.named_children if a.type not in COMMENTS]
            if len(mixes) == 1 and mixes[0].type == "type_identifier":
                return ast.Super(span_of(node), self.text(mixes[0]), span_of(mixes[0]))
        if fn is not None and fn.type == "field_expression":
            field = fn.child_by_field_name("field")
            name = self.text(field) if field is not None else ""
            value = fn.child_by_field_name("value")
            targs = node.child_by_field_name("type_arguments")
            if name in ("asInstanceOf", "isInstanceOf") and value is not None and targs is not None:
                types = [self.type_(a) for a in targs.named_children if a.type not in COMMENTS]
                if len(types) == 1:
                    return ast.TypeTest(span_of(node), self.expr(value), name, span_of(field), types[0])
            if name == "empty" and value is not None and self.text(value) == "Array" and targs is not None:
                # `Array.empty[T]`: an application without arguments
                type_args = [self.type_(a) for a in targs.named_children if a.type not in COMMENTS]
                return ast.Apply(span_of(node), self.expr(fn), [], type_args)
        targs = node.child_by_field_name("type_arguments")
        if fn is None or targs is None:
            return self.unsupported(node, "type application", "this type application is not supported")
        return ast.TypeApply(span_of(node), self.expr(fn),
                             [self.type_(a) for a in targs.named_children if a.type not in COMMENTS])

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
                value = ast.Select(span, value, strip_backquotes(self.text(field)), span_of(field))
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
                types = [self.type_(a) for a in targs.named_children if a.type not in COMMENTS] \
                    if targs is not None else []
                if isinstance(value, ast.Select) and value.name in ("asInstanceOf", "isInstanceOf") and len(types) == 1:
                    value = ast.TypeTest(span, value.qualifier, value.name, value.name_span, types[0])
                elif k + 1 < len(suffixes) and suffixes[k + 1].type == "call_expression":
                    type_args = types  # `a == Array[Any](1, 2)`: the call takes them
                elif isinstance(value, ast.Select) and value.name == "empty":
                    value = ast.Apply(span, value, [], types)  # `Array.empty[T]`
                elif isinstance(value, ast.Super) and value.mix is None and len(types) == 1 and targs is not None:
                    value = ast.Super(span, types[0].name, span_of(targs.named_children[0]))  # `super[T]`
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
            return ast.ErrorExpr(span_of(node))
        if self.text(target).replace(" ", "") == "_*":  # `1 to n: _*`, which tree-sitter reads as an ascription
            return ast.Ascription(span_of(node), self.expr(value), ast.TypeRef(span_of(target), "_*"))
        if target.type not in ("type_identifier", "stable_type_identifier", "generic_type", "tuple_type",
                               "function_type"):
            return self.unsupported(node, "type ascription", f"this type ascription (`: {self.text(target)}`) is not "
                                    "supported")
        return ast.Ascription(span_of(node), self.expr(value), self.type_(target))

    def vararg(self, node: TSNode) -> ast.Expr:
        """`xs: _*`: a sequence passed as the arguments of a repeated parameter (an ascription to `_*`)."""
        value = next((c for c in node.named_children if c.type not in COMMENTS), None)
        if value is None or node.has_error:
            return ast.ErrorExpr(span_of(node))
        return ast.Ascription(span_of(node), self.expr(value), ast.TypeRef(span_of(node), "_*"))

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
            elif t in COMMENTS:
                continue
            elif t == "compound_type" and tpe is None:
                # `new A(args) with T with U`: an anonymous class extending them
                for part in child.named_children:
                    if part.type == "applied_constructor_type" and not parents:
                        for piece in part.named_children:
                            if piece.type == "arguments":
                                args = self._args(piece)
                            elif piece.type not in COMMENTS and not parents:
                                parents.append(self.type_(piece))
                    elif part.type not in COMMENTS:
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
        defn = ast.ClassDef(span_of(node), "$anon", at, [], body, ["final"], [], [], parents, args)
        self.take_self_type(defn)
        return ast.NewAnonymous(span_of(node), defn)

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
                operands.append(ast.ErrorExpr(span_of(n)))
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
            if child.type not in COMMENTS:
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
        return self.of_two_fields(node, "left", "right", ast.Assign)

    def of_two_fields(self, node: TSNode, first: str, second: str, make) -> ast.Expr:
        """make(span, first, second) of a node whose two fields are both required (`a = b`, `while (c) b`): an
        ErrorExpr when the text lacks either (tree-sitter has reported it)."""
        one, other = node.child_by_field_name(first), node.child_by_field_name(second)
        if one is None or other is None:
            return ast.ErrorExpr(span_of(node))
        return make(span_of(node), self.expr(one), self.expr(other))

    def parenthesized(self, node: TSNode) -> ast.Expr:
        inner = None
        for child in node.named_children:
            if child.type not in COMMENTS:
                inner = child
                break
        if inner is None:
            return ast.ErrorExpr(Span(node.start_byte, node.end_byte))
        return self.placeholder_scope(inner)
