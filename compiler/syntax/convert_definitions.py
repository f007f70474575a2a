"""The converter's definitions: imports, annotations, objects, classes, methods, vals, type aliases and types."""
from __future__ import annotations

from tree_sitter import Node as TSNode

from ..source import Span
from . import ast, caseclasses
from .tsnodes import (COMMENTS, DEFINITIONS, UNSUPPORTED_DEFINITIONS, UNSUPPORTED_MODIFIERS, article, is_implicit_list,
                      span_of, strip_backquotes)


class DefinitionConverter:
    """Tree-sitter definitions to `ast` definitions (a part of `parser._Converter`)."""

    def imports(self, node: TSNode) -> list[ast.Import]:
        span = Span(node.start_byte, node.end_byte)
        result: list[ast.Import] = []
        path: list[str] = []
        selectors: list[str] = []
        aliases: dict[str, str] = {}
        for child in node.children:
            t = child.type
            if t == "identifier":
                path.append(strip_backquotes(self.text(child)))
            elif t == "namespace_wildcard":
                selectors.append("_")
            elif t == "namespace_selectors":
                for sel in child.named_children:
                    st = sel.type
                    if st == "identifier":
                        selectors.append(strip_backquotes(self.text(sel)))
                    elif st == "namespace_wildcard" or st == "wildcard":
                        selectors.append("_")
                    elif st in COMMENTS:
                        continue
                    elif st in ("arrow_renamed_identifier", "as_renamed_identifier") and sel.named_child_count == 2:
                        original, alias = sel.named_children
                        selectors.append(strip_backquotes(self.text(original)))
                        aliases[selectors[-1]] = "_" if alias.type == "wildcard" else strip_backquotes(self.text(alias))
                    else:
                        self.unsupported(sel, "import renaming", "this import selector is not supported")
            elif t == ",":
                if path:
                    result.append(ast.Import(span, path, selectors, aliases))
                path, selectors, aliases = [], [], {}
            elif (t == "as_renamed_identifier" or t == "arrow_renamed_identifier") and child.named_child_count == 2:
                original, alias = child.named_children  # Scala 3's `import a.b as c` is `import a.{b => c}`
                selectors.append(strip_backquotes(self.text(original)))
                aliases[selectors[-1]] = "_" if alias.type == "wildcard" else strip_backquotes(self.text(alias))
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
            if t in COMMENTS:
                continue
            text = self.text(mod)
            if t == "access_modifier":  # `private`, `protected`, `private[X]`, `private[this]`
                out.append("".join(text.split()))
                continue
            out.append(text)
            what = UNSUPPORTED_MODIFIERS.get(t) or UNSUPPORTED_MODIFIERS.get(text)
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
            return [name for c in node.named_children if c.type not in COMMENTS for name in self._path_names(c)]
        return [strip_backquotes(self.text(node))]

    def _type_name(self, node: TSNode) -> str:
        if node.type in ("stable_type_identifier", "stable_identifier"):
            last = node.named_children[-1] if node.named_child_count else node
            return strip_backquotes(self.text(last))
        return strip_backquotes(self.text(node))

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
        return ast.ObjectDef(span_of(node), name, name_span, body, annotations, modifiers, parents, super_args)

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
                elif is_implicit_list(child) and not any(p.implicit for p in params) \
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
        defn = ast.ClassDef(span_of(node), name, name_span, params, body, modifiers, annotations, type_params, parents,
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
            if child.type in COMMENTS:
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
                param = ast.TypeParam(span_of(part), self.text(part))
                params.append(param)
                return param
            bound = part.child_by_field_name("type")
            if target is None or bound is None:
                if pt not in COMMENTS:
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
                    inner.span = span_of(child)
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
            elif child.type not in COMMENTS:
                parents.append(self.type_(child))
        return parents, super_args

    def _name(self, node: TSNode) -> tuple[str, Span]:
        name = node.child_by_field_name("name")
        if name is None:
            return "", Span(node.start_byte, node.start_byte)
        return strip_backquotes(self.text(name)), Span(name.start_byte, name.end_byte)

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
                                self.report_unsupported(f"`{m}` class parameters are not supported", span_of(part))
                type_node = child.child_by_field_name("type")
                if type_node is not None:
                    tpe = self.type_(type_node)
                params.append(ast.ClassParam(span_of(child), name, name_span, tpe, self._default(child),
                                             binding=binding, access=access, modifiers=kept,
                                             implicit=is_implicit_list(node)))
            elif t == "using":
                self.report_unsupported(f"`{t}` parameters are not supported", span_of(child))
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
                elif is_implicit_list(child) and not any(p.implicit for p in params) \
                        and not self._class_tag_evidence(child, type_params):
                    params = params + self._params(child)  # the implicit list last: filled at calls that omit it
                elif not is_implicit_list(child) and not any(p.implicit for p in params):
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
        defn = ast.DefDef(span_of(node), name, name_span, params, ret, body, annotations, modifiers, type_params)
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
                params.append(ast.Param(span_of(child), name, name_span, tpe, self._default(child),
                                        implicit=is_implicit_list(node)))
            elif t == "using":
                self.report_unsupported(f"`{t}` parameters are not supported", span_of(child))
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
            elif child.is_named and t not in COMMENTS and t != "ERROR":
                if previous == "val" or previous == "var":
                    pattern = child
                elif previous == ":":
                    type_node = child
                elif previous == "=":
                    value = child
            if t not in COMMENTS:
                previous = t
        if pattern is None:
            return self.error_expr(node)
        if pattern.type in ("tuple_pattern", "case_class_pattern", "capture_pattern", "typed_pattern") \
                and value is not None and not modifiers and not annotations:
            rhs_expr = self.placeholder_scope(value)
            return ast.PatternValDef(span_of(node), self.pattern(pattern), rhs_expr, node.type == "var_definition")
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
                rhs = ast.DefaultValue(span_of(value))
            else:
                try:
                    rhs = self.placeholder_scope(value)
                except RecursionError:
                    rhs = self._too_deep(value)
        mutable = node.type in ("var_definition", "var_declaration")
        return ast.ValDef(
            span_of(node),
            strip_backquotes(self.text(pattern)),
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
        return ast.TypeAlias(span_of(node), name, name_span, self.type_(rhs))

    def template_body(self, node: TSNode, companions: bool = True) -> list:
        stats = self.stats(node)
        caseclasses.complete(stats, companions=companions)
        return stats

    def stats(self, node: TSNode) -> list:
        """The statements of a block or a template body, skipping comments, punctuation and syntax errors."""
        out: list = []
        for child in node.named_children:
            t = child.type
            if t in COMMENTS:
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
            if t in DEFINITIONS:
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
            return imports[0] if len(imports) == 1 else ast.Block(span_of(node), imports)
        if t == "type_definition":
            return self.type_alias(node)
        if t in UNSUPPORTED_DEFINITIONS:
            what = UNSUPPORTED_DEFINITIONS[t]
            return self.unsupported(node, what, f"{article(what)} is not supported", self._keyword_span(node))
        if t == "self_type":
            return self.self_type(node)
        return self.expr(node)

    def self_type(self, node: TSNode) -> ast.Node:
        """`self: T =>`: an alias of `this` and the type every concrete class mixing this one in must have."""
        parts = [c for c in node.named_children if c.type not in COMMENTS]
        name = self.text(parts[0]) if parts and parts[0].type == "identifier" else None
        types = parts[1:]
        if len(types) == 1 and types[0].type == "compound_type":  # `this: A with B =>`: each a class or trait
            types = [c for c in types[0].named_children if c.type not in COMMENTS]
            if len(types) < 2:
                types = parts[1:]
        if len(types) > 1 and not all(t.type in ("type_identifier", "stable_type_identifier") for t in types) or (
                len(types) == 1 and types[0].type not in ("type_identifier", "stable_type_identifier")):
            return self.unsupported(node, "self type", "a self type other than classes and traits is not supported")
        written = [self.type_(t) for t in types]
        return ast.SelfType(span_of(node), None if name in (None, "this", "_") else name,
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
            return ast.TypeRef(span, strip_backquotes(self.text(node)))
        if t == "generic_type":
            base = node.child_by_field_name("type")
            targs = node.child_by_field_name("type_arguments")
            name = self.type_(base) if base is not None else None
            args = [self.type_(a) for a in targs.named_children if a.type not in COMMENTS] if targs else []
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
                args = [self.type_(a) for a in ptypes.named_children if a.type not in COMMENTS]
            elif ptypes is not None:
                args = [self.type_(ptypes)]  # `A => B`, `(A, B) => C` read as a tuple is not how scalac reads it
            else:
                args = []
            if ret is not None:
                args.append(self.type_(ret))
            return ast.TypeRef(span, f"Function{max(len(args) - 1, 0)}", args)
        if t == "tuple_type" and not node.has_error:
            args = [self.type_(a) for a in node.named_children if a.type not in COMMENTS]
            return ast.TypeRef(span, f"Tuple{len(args)}", args)
        if t == "repeated_parameter_type" and not node.has_error:  # `xs: Int*` (the typer allows it as a last
            inner = next((c for c in node.named_children if c.type not in COMMENTS), None)  # parameter only)
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
