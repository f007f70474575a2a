"""Typing of control flow: `if`, `while`, `for`, blocks and local definitions, `match`, `return`, lambdas."""
from __future__ import annotations


from .. import diagnostics as codes
from ..diagnostics import Related
from ..syntax import ast
from . import tir
from .context import Context, is_imports
from .symbols import LocalSymbol
from .types import (TupleType, BOOLEAN, DOUBLE, ERROR, FLOAT, INT, LONG, NOTHING, NULL, STRING, UNIT, ArrayType, Type, is_integral,
                    lub, promote)


class ControlTyping:
    """Typing rules for control-flow expressions and blocks."""

    def expr_If(self, node: ast.If, ctx: Context, expected):
        cond = self.adapt(self.type_expr(node.cond, ctx, BOOLEAN), BOOLEAN)
        then = self.type_expr(node.then, ctx.nested(), expected)
        if node.otherwise is None:
            return tir.If(node.span, UNIT, cond, self.discard(then), None)
        otherwise = self.type_expr(node.otherwise, ctx.nested(), expected)
        if expected is UNIT:
            return tir.If(node.span, UNIT, cond, self.discard(then), self.discard(otherwise))
        tpe = expected if expected is not None and expected is not ERROR else lub(then.tpe, otherwise.tpe)
        if tpe is None:
            if expected is None:
                # Scala would type this as Any; the subset has no Any, so only statement use is accepted.
                return self.error(codes.UNSUPPORTED,
                                  f"an `if` whose branches have unrelated types {then.tpe.name} and "
                                  f"{otherwise.tpe.name} (Scala types it as `Any`) is not supported", node.span)
            tpe = expected
        return tir.If(node.span, tpe, cond, self.adapt(then, tpe), self.adapt(otherwise, tpe))

    def expr_While(self, node: ast.While, ctx: Context, expected):
        cond = self.adapt(self.type_expr(node.cond, ctx, BOOLEAN), BOOLEAN)
        body = self.discard(self.type_expr(node.body, ctx.nested(), UNIT))
        return tir.While(node.span, UNIT, cond, body)

    def expr_DoWhile(self, node: ast.DoWhile, ctx: Context, expected):
        # `do body while (cond)` runs as `while ({ body; cond }) ()`.
        body = self.discard(self.type_expr(node.body, ctx.nested(), UNIT))
        cond = self.adapt(self.type_expr(node.cond, ctx, BOOLEAN), BOOLEAN)
        return tir.While(node.span, UNIT, tir.Block(node.span, BOOLEAN, [body], cond), tir.UnitValue(node.span, UNIT))

    def expr_DefaultValue(self, node: ast.DefaultValue, ctx: Context, expected):
        """`var x: T = _`: the zero of T."""
        if expected is None or expected is ERROR:
            return self.error(codes.MISSING_TYPE, "a `var` initialized with `_` needs its type written", node.span)
        if expected is UNIT:
            return tir.UnitValue(node.span, UNIT)
        if expected.is_numeric:
            return tir.Const(node.span, expected, 0.0 if expected in (FLOAT, DOUBLE) else 0)
        if expected is BOOLEAN:
            return tir.Const(node.span, BOOLEAN, False)
        return tir.Const(node.span, expected, None)

    def expr_NamedArg(self, node: ast.NamedArg, ctx: Context, expected):
        # Outside an argument list of a method with that parameter, `(x = v)` is an assignment (Scala 2).
        return self.expr_Assign(ast.Assign(node.span, ast.Ident(node.name_span, node.name), node.arg), ctx, expected)

    def expr_Block(self, node: ast.Block, ctx: Context, expected):
        inner = ctx.nested()
        if not any(isinstance(stat, ast.Import) or is_imports(stat) for stat in node.stats):
            return self._typed_block(node, inner, expected)
        saved, self.implicit_ctx = self.implicit_ctx, inner  # the block's imports may bring implicit conversions
        try:
            return self._typed_block(node, inner, expected)
        finally:
            self.implicit_ctx = saved

    def _typed_block(self, node: ast.Block, inner: Context, expected):
        stats: list[tir.Expr] = []
        result: tir.Expr | None = None
        written = node.stats
        if any(isinstance(stat, ast.ObjectDef) for stat in written):  # an object: a class and its instance
            written = [made for stat in written for made in (
                (self.local_object(stat) or [stat]) if isinstance(stat, ast.ObjectDef) else [stat])]
        written, stats = self.lazy_locals(written, inner)  # `lazy val x = e`: a getter def, its cells first
        n = len(written)
        local_classes = self.enter_local_classes(written, inner, node.span)
        self.enter_local_defs(written, inner)
        if stats:
            self.mark_lazy_locals(written, inner)
        seen = len(self.references)
        for i, stat in enumerate(written):
            last = i == n - 1
            if isinstance(stat, ast.ValDef):
                stats.append(self.local_val(stat, inner))
            elif isinstance(stat, ast.DefDef):
                self.local_def(stat, inner)
            elif isinstance(stat, ast.TypeAlias):
                self.enter_type_alias(stat)
            elif isinstance(stat, ast.Import) or is_imports(stat):
                if inner.scope.imports is None:
                    inner.scope.imports = []
                inner.scope.imports.extend([stat] if isinstance(stat, ast.Import) else stat.stats)
            elif isinstance(stat, ast.ClassDef):
                cls = local_classes.get(id(stat))
                if cls is not None:
                    self.check_local_class(cls)
            elif isinstance(stat, ast.ObjectDef):  # (reported by local_object)
                inner.scope.names.setdefault(stat.name, LocalSymbol(stat.name, stat.name_span, ERROR))
            elif last and expected is not UNIT:
                result = self.type_expr(stat, inner, expected)
            else:
                self.discarded_spans.add(stat.span)
                stats.append(self.discard(self.type_expr(stat, inner, UNIT)))
        if local_classes:
            self.check_forward_references(written, local_classes, self.references[seen:])
        if result is None:
            return tir.Block(node.span, UNIT, stats, None)
        if result.tpe is UNIT or (expected is UNIT):
            return tir.Block(node.span, UNIT, stats + [self.discard(result)], None)
        return tir.Block(node.span, result.tpe, stats, result)

    def check_forward_references(self, written: list, local_classes: dict, references: list) -> None:
        """scalac's rule for a block: a statement may use a class defined further down only if no value
        definition lies between them (from the using statement on)."""
        where = {id(cls): i for i, stat in enumerate(written) for cls in [local_classes.get(id(stat))] if cls}
        reported = set()
        for span, sym in references:
            d = where.get(id(sym))
            if d is None:
                continue
            r = next((i for i, stat in enumerate(written[:d]) if stat.span.start <= span.start < stat.span.end), None)
            if r is None or (r, d) in reported:
                continue
            val = next((stat for stat in written[r:d] if isinstance(stat, ast.ValDef)), None)
            if val is not None:
                reported.add((r, d))
                self.error(codes.FORWARD_REFERENCE, f"forward reference extends over definition of value "
                           f"{val.name}", span)

    def local_val(self, stat: ast.ValDef, ctx: Context) -> tir.Expr:
        declared = self.resolve_type(stat.tpe) if stat.tpe else None
        if isinstance(stat.rhs, ast.DefaultValue):
            value = self.error(codes.SYNTAX_ERROR, "local variables must be initialized (`= _` is only for fields)",
                               stat.rhs.span)
        elif stat.rhs is None:
            value: tir.Expr = self.unsupported("a local `val`/`var` without a value", stat.span)
        else:
            value = self.type_expr(stat.rhs, ctx, declared)
        tpe = declared or value.tpe
        if declared is not None:
            value = self.adapt(value, declared)
        sym = LocalSymbol(stat.name, stat.name_span, tpe, mutable=stat.mutable,
                          is_implicit="implicit" in (stat.modifiers or ()))
        if ctx.scope.names.get(stat.name) is not None and "synthetic" not in stat.modifiers:
            self.error(codes.DUPLICATE_DEFINITION, f"`{stat.name}` is already defined in this block", stat.name_span,
                       [Related(ctx.scope.names[stat.name].span, "first defined here")])
        ctx.scope.names[stat.name] = sym
        ctx.locals.append(sym)
        for ext in self.extensions:
            ext.local_defined(self, sym, value)
        return tir.LocalDef(stat.span, UNIT, sym, value)

    def expr_Match(self, node: ast.Match, ctx: Context, expected):
        scrutinee = self.type_expr(node.scrutinee, ctx)
        st = scrutinee.tpe
        if st is ERROR:
            return tir.ErrorNode(node.span, ERROR)
        if not (is_integral(st) or st in (STRING, BOOLEAN)) or not self.uses_only_constants(node):
            return self.pattern_match(node, scrutinee, ctx, expected)
        temp = self.temp(st, node.scrutinee.span, ctx)
        cases: list[tir.MatchCase] = []
        bodies: list[tir.Expr] = []
        for case in node.cases:
            inner = ctx.nested()
            values: list = []
            binding = None
            if not self.pattern(case.pattern, st, values, inner):
                continue
            if isinstance(case.pattern, ast.BindPattern):
                binding = LocalSymbol(case.pattern.name, case.pattern.span, st)
                ctx.locals.append(binding)
                inner.scope.names[binding.name] = binding
            guard = None
            if case.guard is not None:
                guard = self.adapt(self.type_expr(case.guard, inner, BOOLEAN), BOOLEAN)
            body = self.type_expr(case.body, inner, expected)
            bodies.append(body)
            cases.append(tir.MatchCase(case.span, values, binding, guard, body))
        if expected is UNIT:
            tpe: Type | None = UNIT
        elif expected is not None:
            tpe = expected
        else:
            tpe = NOTHING
            for b in bodies:
                joined = lub(tpe, b.tpe)
                if joined is None:
                    return self.error(codes.UNSUPPORTED, f"a `match` whose cases have unrelated types "
                                      f"{tpe.name} and {b.tpe.name} (Scala types it as `Any`) is not supported",
                                      b.span)
                tpe = joined
        for c in cases:
            c.body = self.adapt(c.body, tpe)
        if len(cases) == len(node.cases):
            self.check_exhaustive(node, st)
        return tir.Match(node.span, tpe, scrutinee, temp, cases)

    def pattern(self, pat: ast.Pattern, st: Type, values: list, ctx: Context) -> bool:
        if isinstance(pat, (ast.WildcardPattern, ast.BindPattern)):
            return True
        if isinstance(pat, ast.AlternativePattern):
            ok = True
            for alt in pat.alternatives:
                if isinstance(alt, (ast.WildcardPattern, ast.BindPattern)):
                    self.unsupported("a wildcard or binding inside an alternative pattern", alt.span)
                    return False
                ok = self.pattern(alt, st, values, ctx) and ok
            return ok
        if isinstance(pat, ast.LiteralPattern):
            lit = self.expr_Literal(pat.literal, ctx, st)
            if lit.tpe is ERROR:
                return False
            adapted = self.adapt(lit, st) if (lit.tpe.is_numeric and st.is_numeric) else lit
            if not isinstance(adapted, tir.Const) or not (adapted.tpe == st or (lit.tpe is NULL)):
                self.error(codes.TYPE_MISMATCH, f"a pattern of type {lit.tpe.name} cannot match a {st.name}",
                           pat.span)
                return False
            values.append(adapted.value)
            return True
        if not isinstance(pat, (ast.UnsupportedPattern, ast.ErrorPattern)):  # those are already reported
            self.unsupported("this kind of pattern", pat.span)
        return False

    def expr_Return(self, node: ast.Return, ctx: Context, expected):
        method = ctx.method
        if ctx.in_lambda and method is not None:
            return self.non_local_return(node, ctx)  # (returns.py)
        if ctx.in_lambda:
            return self.unsupported("`return` inside a lambda outside a method", node.span)
        if method is None:
            return self.error(codes.UNSUPPORTED, "`return` outside a method", node.span)
        if method.result is None:
            self.error(codes.MISSING_TYPE, f"method `{method.name}` has a `return` and needs a result type",
                       node.span, [Related(method.span, f"`{method.name}` is defined here")])
            method.result = ERROR
        value = None
        if node.value is not None:
            value = self.adapt(self.type_expr(node.value, ctx, method.result), method.result)
        elif method.result not in (UNIT, ERROR):
            self.error(codes.TYPE_MISMATCH, f"`return` needs a value of type {method.result.name}", node.span)
        return tir.Return(node.span, NOTHING, value)

