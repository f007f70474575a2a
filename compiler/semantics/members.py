"""Typing of names and members: identifiers, selections, calls (methods, builtins, arrays, strings), `new`, `throw`."""
from __future__ import annotations

from .. import diagnostics as codes
from ..diagnostics import Related
from ..source import Span
from ..syntax import ast
from . import tir
from . import arguments, imports
from .builtins import (ARRAY_OPS_METHODS, CHECKS, PRINT_PATHS, SCALA_LIBRARY_NAMES, UNIVERSAL_METHODS, BIT_CASTS,
                       CONSTANTS, CONVERSIONS, LIBRARY_MATH_FUNCTIONS, MATH_FUNCTIONS, MATH_PREFIXES)
from .collections import RangeType, WrappedArrayType
from .folds import CURRIED_FOLDS
from .comprehensions import as_chars, from_chars
from .context import Context, Scope, _broken, plain_constructor_param, qualified_path
from .classtags import written_params
from .implicits import only_implicit_params
from .library_paths import ROOTS as LIBRARY_ROOTS
from .generics import substitute
from .packages import PackageSymbol
from .symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from .wrapped import wrapped_method
from .types import (FunctionType, TupleType, BOOLEAN, BYTE, CHAR, DOUBLE, ERROR, FLOAT, INT, LONG, NOTHING, NULL,
                    SHORT, STRING, UNIT, ArrayType, ClassType, TypeParamType,
                    Type, lub, promote, unary_promote)


# The higher-order methods a String has as the sequence of its chars.
STRING_SEQ_METHODS = ("foreach", "map", "filter", "filterNot", "exists", "forall", "count")


# StringOps methods taken from the chars' IndexedSeq (`"banana".distinct` is "ban", `s.zip(t)` a Vector of pairs).
_STRING_AS_CHARS = frozenset({"takeWhile", "dropWhile", "distinct", "padTo", "toSet", "zip"})
# The sequences' `range` factories, which take any Integral (Chars give Chars).
_SEQ_RANGES = frozenset({"List.range", "Seq.range", "Vector.range", "IndexedSeq.range"})
# Range methods computed by the range's Vector (as 2.11's Range inherits them from IndexedSeq).
_RANGE_AS_VECTOR = frozenset({"flatMap", "find", "collect", "collectFirst", "combinations"})
_FLOAT_TESTS = frozenset({"isNaN", "isInfinity", "isInfinite", "isPosInfinity", "isNegInfinity"})


class MemberTyping:
    """Typing rules for names, member selections, applications and object creation."""

    def expr_Ident(self, node: ast.Ident, ctx: Context, expected):
        name = node.name
        local = ctx.scope.lookup(name)
        if local is not None:
            self.references.append((node.span, local))
            return self.read_local(local, node.span, ctx, expected)
        member = self.member_in_scope(name, ctx, node.span)
        if member is None:
            alias = self.self_alias(name, ctx, node.span)  # `self =>`
            if alias is not None:
                return alias
        if member is not None:
            if isinstance(member, MethodSymbol) and member.params and isinstance(expected, FunctionType):
                self.references.append((node.span, member))
                return self.eta_expand(member, None, node.span, ctx, expected)
            return self.member_access(member, None, node.span, ctx)
        if name in ("println", "print"):
            if isinstance(expected, FunctionType) and len(expected.params) == 1:
                param = LocalSymbol("x", node.span, expected.params[0], is_param=True)
                value = tir.LocalGet(node.span, param.tpe, param)
                return self.lambda_value(node.span, [param], self.print_value(name, value, node.span), ctx, None)
            return self.type_print(name, [], node.span, ctx)
        if name == "identity" and isinstance(expected, FunctionType) and len(expected.params) == 1 \
                and expected.params[0] is not ERROR:  # Predef.identity where a function is expected: `x => x`
            param = LocalSymbol("x", node.span, expected.params[0], is_param=True)
            return self.lambda_value(node.span, [param], tir.LocalGet(node.span, param.tpe, param), ctx, None)
        own = self.own_to_string(name, [], node.span, ctx)
        if own is not None:
            return own
        if name == "???":
            return self.throw_new(node.span, "scala.NotImplementedError",
                                  tir.Const(node.span, STRING, "an implementation is missing"))
        for ext in self.extensions:
            e = ext.ident(self, node, ctx)
            if e is not None:
                return e
        path = self.imported(name, ctx)
        if path is not None:
            return self.type_expr(imports.as_selection(path, node.span), ctx, expected)
        top = self.scopes.at(node.span).term(name)
        library = self.library_definition(name, False) if not isinstance(top, ObjectSymbol) else None
        if isinstance(top, ObjectSymbol) or name in self.program.objects or library is not None:
            obj = top if isinstance(top, ObjectSymbol) else self.program.objects.get(name) or library
            if obj.instance is not None:
                self.references.append((node.span, obj))
                return self.object_instance(obj, node.span)
            if isinstance(expected, FunctionType) and expected.params and all(
                    p is not None and p is not ERROR for p in expected.params) and "apply" in obj.methods:
                # a case class's companion where a function is expected (`names.map(Person)`): `x => Person(x)`
                names = [f"x${i}" for i in range(len(expected.params))]
                params = [ast.Param(node.span, n, node.span, ast.KnownType(node.span, t.name, resolved=t))
                          for n, t in zip(names, expected.params)]
                call = ast.Apply(node.span, node, [ast.Ident(node.span, n) for n in names])
                return self.type_expr(ast.Lambda(node.span, params, call), ctx, expected)
            return self.unsupported(f"the object `{name}` used as a value", node.span)
        if isinstance(top, PackageSymbol):
            return self.error(codes.TYPE_MISMATCH, f"package `{top.full_name}` is not a value", node.span)
        if name in SCALA_LIBRARY_NAMES:
            return self.unsupported(f"`{name}` from the Scala library", node.span)
        return self.error(codes.UNRESOLVED_NAME, f"not found: value `{name}`", node.span)

    def imported(self, name: str, ctx: Context) -> str | None:
        """The qualified name an import in scope (innermost first) gives `name`, or None."""
        visible = self.visible_imports(ctx)
        if not visible:
            return None
        return imports.qualified_name(visible, name, self.program.objects,
                                      lambda path: any(ext.static_path(path) for ext in self.extensions))

    def visible_imports(self, ctx: Context) -> list:
        """The imports in scope where ctx is, innermost first."""
        visible: list[ast.Import] = []
        scope: Scope | None = ctx.scope
        while scope is not None:
            if scope.imports:
                visible.extend(reversed(scope.imports))
            scope = scope.parent
        owner = ctx.owner
        while owner is not None:
            visible.extend(reversed(owner.imports))
            owner = owner.outer
        visible.extend(reversed(self.file_imports))
        return visible

    def member_in_scope(self, name: str, ctx: Context, span: Span | None = None):
        """A member of the enclosing class or object, or of the definitions it is nested in (innermost first), or
        (given the use's span) an object member that the file's imports bring in."""
        owner = ctx.owner
        while owner is not None:
            sym = owner.fields.get(name) or owner.methods.get(name) or self.self_member(owner, name)
            if sym is not None:
                return sym
            owner = owner.outer
        if span is not None:
            imported = self.scopes.at(span).term(name)
            if isinstance(imported, (FieldSymbol, MethodSymbol)):
                return imported
        return None

    def member_access(self, sym, receiver: tir.Expr | None, span: Span, ctx: Context) -> tir.Expr:
        """A field read or a parameterless method call, on `receiver` or (None) on the enclosing class/object."""
        self.references.append((span, sym))
        if isinstance(sym, FieldSymbol):
            tpe = self.field_type(sym, span)
            if sym.is_global:
                if sym.owner is ctx.owner and ctx.method is None and sym.defn is not None \
                        and sym.defn.span.start > span.start:
                    sym.read_before_init = True  # a forward reference in the object's own initializer
                if sym.inlined:
                    return tir.Const(span, tpe, sym.constant)
                return tir.GlobalGet(span, tpe, sym)
            if receiver is None:
                receiver = self.owner_instance(sym.owner, ctx, span, f"using `{sym.name}`")
                if receiver.tpe is ERROR:
                    return receiver
            read = tir.FieldGet(span, tpe, receiver, sym)
            return self.from_erased(read, substitute(tpe, self.receiver_bindings(receiver, sym.owner)), ctx)
        method: MethodSymbol = sym
        if method.params and only_implicit_params(method):  # `twice` for `def twice(implicit p: P)`
            return self.call_with_args(method, receiver, [], span, ctx)
        if method.params:
            return self.error(codes.WRONG_ARGUMENTS,
                              f"missing arguments for method `{method.name}` "
                              f"({len(method.params)} expected)", span)
        return self.make_call(method, receiver, [], span, ctx)

    def make_call(self, method: MethodSymbol, receiver, args: list[tir.Expr], span: Span, ctx: Context,
                  type_args: dict | None = None) -> tir.Expr:
        """The call of method with its arguments (already in their erased forms); type_args: what the method's
        own type parameters are at this call (inferred or written), the receiver's type giving its class's."""
        if not method.is_static and receiver is None:
            receiver = self.owner_instance(method.owner, ctx, span, f"using `{method.name}`")
            if receiver.tpe is ERROR:
                return receiver
        if isinstance(receiver, tir.SuperRef):
            return self.super_call(method, receiver, args, span)
        result = self.method_result(method, span)
        for ext in self.extensions:
            e = ext.call(self, method, receiver, args, span, ctx)
            if e is not None:
                return e
        call = tir.Call(span, result, method, receiver, args)
        mapping = self.receiver_bindings(receiver, method.owner)
        if method.type_params:
            for p in method.type_params:  # not inferred: `B >: A` of `xs.toArray` is at least A
                known = (type_args or {}).get(p)
                mapping[p] = known if known is not None else substitute(p.lower, mapping)
        return self.from_erased(call, substitute(result, mapping), ctx) if mapping else call

    def call_with_args(self, method: MethodSymbol, receiver, arg_nodes: list, span: Span, ctx: Context) -> tir.Expr:
        """`method(args)`: the overload the arguments select, named and default arguments matched to parameters."""
        typed = None
        alternatives = method.owner.overloads.get(method.name) if method.owner is not None else None
        if alternatives and method in alternatives and any(m.param_groups for m in alternatives):
            # `List.tabulate(n, m)(f)`: the curried overload whose first list takes these arguments; `xs.sortBy(f)`
            # and `xs.sortBy(f)(ord)`: the one taking a list after it when one is written, else the other
            fitting = [m for m in alternatives
                       if (m.param_groups[0] if m.param_groups else len(written_params(m.params))) == len(arg_nodes)]
            if len(fitting) > 1:
                curried = span in self.curried_lists
                fitting = [m for m in fitting if bool(m.param_groups) == curried]
            if len(fitting) == 1:
                method, alternatives = fitting[0], None
        if alternatives and method in alternatives:
            method, typed = arguments.choose_overload(self, alternatives, arg_nodes, span, ctx,
                                                      self.receiver_bindings(receiver, method.owner))
            if method is None:
                return tir.ErrorNode(span, ERROR)
        written = written_params(method.params)
        if written and written[-1].repeated:
            arg_nodes = self.repeated_arguments(method, arg_nodes, span, ctx)  # `f(1, 2, 3)` of `f(xs: Int*)`
        if method.param_groups and len(arg_nodes) == method.param_groups[0] < len(written):
            arg_nodes = self.curried_arguments(method, arg_nodes, span)
        if method.param_groups and len(arg_nodes) < len(written):
            partial = self.partial_application(method, receiver, arg_nodes, span, ctx)  # `add(1)` as `b => add(1, b)`
            if partial is not None:
                return partial
        params = method.params or []
        if len(arg_nodes) != len(params) and (any(p.tpe is ERROR for p in params) or _broken(arg_nodes)):
            # e.g. varargs `xs: Int*`, or an argument list a syntax error split: already reported
            for a in arg_nodes:
                self.type_expr(a, ctx)
            return tir.ErrorNode(span, ERROR)
        if receiver is None and not method.is_static and getattr(method.owner, "type_params", None) \
                and ctx.owner is not method.owner:
            # an inherited member of a generic parent, called without `this.`: its type parameters as this class
            # fixes them (`class Sub[B] extends Base[B]`)
            receiver = self.owner_instance(method.owner, ctx, span, f"using `{method.name}`")
            if receiver.tpe is ERROR:
                return receiver
        setup, receiver = self.receiver_for_defaults(method, receiver, ctx)
        declared = params
        type_args = None
        if method.type_params or self.receiver_bindings(receiver, method.owner):
            instance = self.instantiate_call(method, receiver, arg_nodes, span, ctx, typed)
            if instance is None:
                return tir.ErrorNode(span, ERROR)
            type_args, params, typed = instance
        saved = self.library_arguments  # a library method's arguments: a range or an array may stand for a List
        saved_ctx = self.argument_ctx  # (and any method's: an array, a Vector or a range passed for a `Seq`)
        saved_site = self.argument_method, self.argument_params
        self.library_arguments = bool(getattr(method.owner, "from_prelude", False))
        self.argument_ctx = ctx
        self.argument_method, self.argument_params = method, params
        try:
            matched = arguments.match_arguments(self, method.name, method.span, params,
                                                arguments.declared_params(method), arg_nodes, span, ctx, method.owner,
                                                typed, receiver, declared)
        finally:
            self.library_arguments = saved
            self.argument_ctx = saved_ctx
            self.argument_method, self.argument_params = saved_site
        if matched is None:
            return tir.ErrorNode(span, ERROR)
        copy_backs: list = []  # an `Array[Int]` given for an `Array[T]`: its copy written back (arraycopies.py)
        args = [self.to_erased(a, p.tpe, ctx, copy_backs, (method, i))
                for i, (a, p) in enumerate(zip(matched.args, declared))]
        call = matched.wrap(self.with_copy_backs(self.make_call(method, receiver, args, span, ctx, type_args),
                                                 copy_backs, ctx))
        return tir.Block(span, call.tpe, setup, call) if setup else call

    def curried_arguments(self, method: MethodSymbol, arg_nodes: list, span: Span) -> list:
        """The first argument list of a curried call `f(a)(b)` followed by the lists written after it (which
        expr_Apply left for it under the first list's span), as many as the method's further parameter lists."""
        following = self.curried_lists.get(span)
        if not following:
            return arg_nodes
        taken = 0
        for size, args in zip(method.param_groups[1:], following):
            if len(args) != size:
                break
            arg_nodes = [*arg_nodes, *args]
            taken += 1
        implicit = [d for d in getattr(method.defn, "params", None) or () if getattr(d, "implicit", False)]
        if taken == len(method.param_groups) - 1 and len(following) > taken and implicit \
                and len(following[taken]) == len(implicit):
            # `f(a)(b)(p)`: the implicit list given, by name (as implicits.explicit_implicit_list does)
            arg_nodes = [*arg_nodes, *(ast.NamedArg(a.span, d.name, a.span, a) for d, a in zip(implicit,
                                                                                             following[taken]))]
            taken += 1
        self.curried_taken[span] = taken
        return arg_nodes

    def curried_apply(self, node: ast.Apply, ctx: Context):
        """`f(a)(b)`: types `f(a)` with `(b)` offered to it (a curried method takes it); then applies what is left
        to the value, as `arr(i)(j)` is applied. None when `(b)` was taken."""
        inner = node.fn
        self.curried_lists[inner.span] = [node.args, *self.curried_lists.pop(node.span, [])]
        outer_expected = self.curried_expected.pop(node.span, None) or self.call_sites.get(node.span, ((), None))[1]
        if outer_expected is not None:  # (what `f(a)(b)` must be: a function when f takes a third list)
            self.curried_expected[inner.span] = outer_expected
        try:
            value = self.type_expr(inner, ctx)
        finally:
            self.curried_lists.pop(inner.span, None)
            self.curried_expected.pop(inner.span, None)
        taken = self.curried_taken.pop(inner.span, 0)
        if taken:
            if taken > 1:
                self.curried_taken[node.span] = taken - 1
            return value
        return self.apply_value(value, node.args, node.span, ctx)

    def expr_Select(self, node: ast.Select, ctx: Context, expected):
        path = qualified_path(node)
        if path is not None and not self.path_starts_with_value(path, ctx):
            const = CONSTANTS.get(path)
            if const is not None:
                return tir.Const(node.span, const[0], const[1])
            target = self.object_path(path, node)
            if isinstance(target, tir.ErrorNode):
                return target
            if target is None:
                found, _, found_rest = self.split_object_path(path)  # a nested object, by its simple name
                target = (found, found_rest) if found is not None else None
            if target is not None:
                obj, rest = target
                sym = obj.fields.get(rest) or obj.methods.get(rest)
                if sym is None:
                    if getattr(obj, "from_prelude", False):  # Scala's library has it; the prelude does not yet
                        return self.unsupported(f"`{obj.name}.{rest}` of the Scala library", node.name_span)
                    return self.error(codes.NOT_A_MEMBER, f"`{rest}` is not a member of object `{obj.name}`",
                                      node.name_span)
                self.references.append((node.qualifier.span, obj))
                self.check_access(sym, node.name_span, ctx)
                receiver = self.inherited_receiver(obj, sym, node.span)
                if isinstance(sym, MethodSymbol) and sym.params and isinstance(expected, FunctionType):
                    return self.eta_expand(sym, receiver, node.span, ctx, expected)  # `xs.foreach(Obj.show)`
                return self.member_access(sym, receiver, node.span, ctx)
            for ext in self.extensions:
                e = ext.select_path(self, path, node, ctx)
                if e is not None:
                    return e
            if path in ("sys.exit",) or path in PRINT_PATHS:
                return self.type_builtin_call(path, [], node, ctx)
            if isinstance(expected, FunctionType) and expected.params and ERROR not in expected.params \
                    and (any(ext.static_path(path) for ext in self.extensions) or _math_function(path)):
                # a library function where a function is expected (`foldLeft(0)(math.max)`): `(a, b) => math.max(a, b)`
                names = [f"x${i}" for i in range(len(expected.params))]
                params = [ast.Param(node.span, n, node.span, ast.KnownType(node.span, t.name, resolved=t))
                          for n, t in zip(names, expected.params)]
                call = ast.Apply(node.span, node, [ast.Ident(node.span, n) for n in names])
                return self.type_expr(ast.Lambda(node.span, params, call), ctx, expected)
            found = self.library_path(path, node, lambda sel: sel, ctx, expected)  # `scala.None`
            if found is not None:
                return found
        qual = self.type_expr(node.qualifier, ctx)
        if isinstance(expected, FunctionType) and isinstance(qual.tpe, ClassType) \
                and isinstance(qual.tpe.symbol, ClassSymbol):
            method = qual.tpe.symbol.methods.get(node.name)
            if isinstance(method, MethodSymbol) and method.params:
                return self.eta_expand_on(method, qual, node, ctx, expected)
        return self.select_on_value(qual, node.name, node.name_span, node.span, None, ctx)

    def split_object_path(self, path: str):
        """`Outer.Inner.member` as (the object Inner, "Outer.Inner", "member"); (None, path, "") when the path does
        not select a member of a user object."""
        segments = path.split(".")
        obj = self.program.objects.get(segments[-2]) if len(segments) >= 2 else None
        if obj is None:
            return None, path, ""
        return obj, ".".join(segments[:-1]), segments[-1]

    def object_path(self, path: str, node: ast.Select):
        """`Obj.member` or `pkg.sub.Obj.member` (path of node) seen from the node: the object and the member's name;
        an error when the path runs into a package that lacks its next name; None for any other path."""
        names = path.split(".")
        found = self.scopes.object_path(names, node.span)
        if found is None and len(names) == 2 and self.scopes.at(node.span).term(names[0]) is None:
            library = self.library_definition(names[0], False)  # `List.fill`, `Option.empty`
            if library is not None:
                return library, names[1]
        if found is not None and isinstance(found[0], str):
            message, index = found
            segment = node  # the Select whose name is names[index] (the path's first name is an Ident)
            for _ in range(path.count(".") - index):
                segment = segment.qualifier
            span = segment.name_span if isinstance(segment, ast.Select) else segment.span
            return self.error(codes.NOT_A_MEMBER, message, span)
        return found

    def companion_apply(self, obj, fn: ast.Expr, node: ast.Apply, ctx: Context, expected) -> tir.Expr:
        """`C(args)` is `C.apply(args)`: the companion object's factory."""
        selection = ast.Select(fn.span, fn, "apply", fn.span)
        return self.type_expr(ast.Apply(node.span, selection, node.args, node.type_args), ctx, expected)

    def path_starts_with_value(self, path: str, ctx: Context) -> bool:
        head = path.split(".", 1)[0]
        return ctx.scope.lookup(head) is not None or head in ctx.owner.fields or head in ctx.owner.methods

    def select_on_value(self, qual: tir.Expr, name: str, name_span: Span, span: Span,
                        arg_nodes: list | None, ctx: Context) -> tir.Expr:
        """`qual.name` or `qual.name(args)` on a value of any type."""
        t = qual.tpe
        if t is ERROR:
            if arg_nodes:
                for a in arg_nodes:
                    self.type_expr(a, ctx, ERROR)  # ERROR expected: a lambda there reports nothing more
            return tir.ErrorNode(span, ERROR)
        if isinstance(t, WrappedArrayType):  # `arr.toSeq`: the array's methods, results made as Scala's
            return wrapped_method(self, qual, name, name_span, span, arg_nodes, ctx)
        args_given = arg_nodes is not None
        if isinstance(t, RangeType) and name == "sameElements" and args_given and len(arg_nodes) == 1:
            other = self.type_expr(arg_nodes[0], ctx)  # a List or a Vector: compared as the range's Vector is
            arg_nodes = [ast.Typed(arg_nodes[0].span, other)]
            if not isinstance(other.tpe, RangeType):
                as_vector = self.select_on_value(qual, "toVector", name_span, span, None, ctx)
                return self.select_on_value(as_vector, name, name_span, span, arg_nodes, ctx)
        if isinstance(t, RangeType) and (name in _RANGE_AS_VECTOR and args_given and len(arg_nodes) == 1
                                         or name in ("headOption", "lastOption") and not arg_nodes
                                         or name == "permutations" and not arg_nodes
                                         or name == "toList" and not arg_nodes and t.element is not INT):
            # what the range's Vector gives (flatMap and collect a Vector, find and headOption an Option)
            as_vector = self.select_on_value(qual, "toVector", name_span, span, None, ctx)
            return self.select_on_value(as_vector, name, name_span, span, arg_nodes, ctx)
        arg_nodes = arg_nodes or []
        if isinstance(qual, tir.SuperRef) and name in ("toString", "hashCode") and not arg_nodes:
            return self.super_universal(qual, name, span)
        if name == "toString" and not arg_nodes:
            return tir.ToString(span, STRING, qual)
        universal = self.universal_method(qual, name, name_span, span, arg_nodes, args_given, ctx)
        if universal is not None:
            return universal
        if name in ("==", "!=") and len(arg_nodes) == 1:
            rhs = self.type_expr(arg_nodes[0], ctx)
            return self.equality(name, qual, rhs, span, ctx)
        if t.is_numeric:
            target = CONVERSIONS.get(name)
            if target is not None and not arg_nodes:
                converted = self.convert(qual, target)
                if isinstance(converted, tir.Const):  # (`2.5f.toFloat` too: the node of this expression)
                    converted.scalac_constant = False
                return converted
            if t in (CHAR, BYTE, SHORT):
                small = self.small_integer_method(qual, name, span, arg_nodes, ctx)
                if small is not None:
                    return small
            if name in ("max", "min") and len(arg_nodes) == 1:
                other = self.type_expr(arg_nodes[0], ctx)
                return self.math_call(name, [qual, other], span)
            if name == "abs" and not arg_nodes:
                return self.math_call("abs", [qual], span)
            if t in (DOUBLE, FLOAT) and name in _FLOAT_TESTS and not arg_nodes:
                return self.float_test(qual, name, span, ctx)
        if t is STRING:
            return self.string_method(qual, name, name_span, span, arg_nodes, args_given, ctx)
        if isinstance(t, TupleType):
            e = self.tuple_member(qual, name, name_span, span)
            if e is not None:
                return self.apply_value(e, arg_nodes, span, ctx) if args_given else e
        if isinstance(t, FunctionType) and name == "apply" and args_given:
            return self.call_value(qual, arg_nodes, span, ctx)
        if isinstance(t, ArrayType):
            if name == "length" and not arg_nodes:
                return tir.ArrayLength(span, INT, qual)
            if name == "apply" and len(arg_nodes) == 1:
                return self.array_get(qual, arg_nodes[0], span, ctx)
            if name == "update" and len(arg_nodes) == 2 and not t.is_seq:
                return self.array_set(qual, arg_nodes[0], arg_nodes[1], span, ctx)
        if isinstance(t, (ArrayType, RangeType)):
            e = self.collection_method(qual, name, name_span, span, arg_nodes, ctx)
            if e is not None:
                return e
        if isinstance(t, TypeParamType) and isinstance(t.upper, ClassType) and name == "compareTo" \
                and len(arg_nodes) == 1 and getattr(t.upper.symbol, "universal", False):
            # `T <: Comparable[T]` may be a String or a box too: the prelude dispatches on the receiver's class
            answer = self.select_from_extensions(qual, name, name_span, span, arg_nodes, args_given, ctx)
            if answer is not None:
                return answer
            return tir.ErrorNode(span, ERROR)
        if isinstance(t, TypeParamType) and isinstance(t.upper, ClassType):
            # a member of the bound (`T <: Ordered[T]`): the erased value cast to it
            return self.select_on_value(tir.Cast(qual.span, t.upper, qual, checked=True), name, name_span, span,
                                        arg_nodes if args_given else None, ctx)
        if isinstance(t, ClassType) and isinstance(t.symbol, ClassSymbol):
            cls: ClassSymbol = t.symbol
            if getattr(cls, "from_prelude", False):  # a library class may type some of its members itself
                for ext in self.extensions:
                    e = ext.select_member(self, qual, name, name_span, span, arg_nodes if args_given else None, ctx)
                    if e is not None:
                        return e
            sym = cls.fields.get(name)
            if sym is None or (name in cls.methods and (plain_constructor_param(sym) or args_given)):
                sym = cls.methods.get(name)
            if sym is None and args_given:
                made = self.inner_case_class_apply(cls, qual, name, name_span, arg_nodes, span, ctx)
                if made is not None:
                    return made
            if sym is None:
                as_self = self.self_typed_member(qual, name, ctx)  # `this.log` where the self type has `log`
                if as_self is not None:
                    return self.select_on_value(as_self, name, name_span, span, arg_nodes if args_given else None, ctx)
                viewed = self.member_view(qual, name)  # through an implicit conversion that has the member
                if viewed is not None:
                    return self.select_on_value(viewed, name, name_span, span, arg_nodes if args_given else None, ctx)
                answer = self.select_from_extensions(qual, name, name_span, span, arg_nodes, args_given, ctx)
                if answer is not None:
                    return answer
                if name in UNIVERSAL_METHODS:
                    return self.unsupported(f"the method `{name}`", name_span)
                return self.error(codes.NOT_A_MEMBER, f"`{name}` is not a member of {t.name}", name_span)
            self.check_access(sym, name_span, ctx, qual)
            if isinstance(sym, FieldSymbol):
                field_private = isinstance(sym.defn, ast.ClassParam) and sym.defn.binding is None
                if field_private and not (isinstance(ctx.owner, ClassSymbol) and ctx.owner is cls):
                    return self.error(codes.NOT_A_MEMBER,
                                      f"`{name}` is a constructor parameter of {t.name}, not a member "
                                      f"(declare it `val {name}` to read it from outside)", name_span)
                access = self.member_access(sym, qual, span, ctx)
                if args_given:
                    return self.apply_value(access, arg_nodes, span, ctx)
                return access
            if not args_given and sym.params and isinstance(sym.owner, ClassSymbol):
                # `xs.mkString`: the overload of no parameters, applied (Scala 2 auto-application)
                empty = next((m for m in sym.owner.overloads.get(name, ()) if m.params == []), None)
                sym = empty or sym
            self.references.append((name_span, sym))
            if sym.params is None or not args_given:
                if sym.params and only_implicit_params(sym):
                    return self.call_with_args(sym, qual, [], span, ctx)
                if sym.params:
                    return self.error(codes.WRONG_ARGUMENTS, f"missing arguments for method `{name}`", span)
                call = self.make_call(sym, qual, [], span, ctx)
                return self.apply_value(call, arg_nodes, span, ctx) if args_given and sym.params is None else call
            return self.call_with_args(sym, qual, arg_nodes, span, ctx)
        answer = self.select_from_extensions(qual, name, name_span, span, arg_nodes, args_given, ctx)
        if answer is not None:
            return answer
        if name in UNIVERSAL_METHODS or (isinstance(t, (ArrayType, RangeType)) and name in ARRAY_OPS_METHODS):
            return self.unsupported(f"the method `{name}` on {t.name}", name_span)
        return self.error(codes.NOT_A_MEMBER, f"`{name}` is not a member of {t.name}", name_span)

    def string_method(self, qual, name, name_span, span, arg_nodes, args_given, ctx) -> tir.Expr:
        def args_of(*types: Type) -> list[tir.Expr] | None:
            if len(arg_nodes) != len(types):
                return None
            return [self.adapt(self.type_expr(a, ctx, t), t) for a, t in zip(arg_nodes, types)]

        if name == "length" and not arg_nodes:
            return tir.Builtin(span, INT, "string.length", [qual])
        if name == "isEmpty" and not arg_nodes:
            return tir.Builtin(span, BOOLEAN, "string.isEmpty", [qual])
        if name in ("charAt", "apply"):
            args = args_of(INT)
            if args is not None:
                return tir.Builtin(span, CHAR, "string.charAt", [qual, *args])
        if name == "substring":
            args = args_of(INT) if len(arg_nodes) == 1 else args_of(INT, INT)
            if args is not None:
                return tir.Builtin(span, STRING, "string.substring", [qual, *args])
        if name in STRING_SEQ_METHODS and len(arg_nodes) == 1:
            return self.string_as_seq(qual, name, name_span, span, arg_nodes, ctx)
        if name in _STRING_AS_CHARS:  # the chars' IndexedSeq method; a String again where it gives Chars
            result = self.select_on_value(as_chars(qual), name, name_span, span, arg_nodes if args_given else None,
                                          ctx)
            if isinstance(result.tpe, ArrayType) and result.tpe.element is CHAR:
                return tir.Builtin(span, STRING, "newString", [result])
            return result
        if name == "flatMap" and len(arg_nodes) == 1:  # a String when the function gives Strings (their chars)
            chars = self.select_on_value(qual, "toCharArray", name_span, span, None, ctx)
            parts = self.select_on_value(chars, "map", name_span, span, arg_nodes, ctx)
            if isinstance(parts.tpe, ArrayType) and parts.tpe.element is STRING:
                return self.select_on_value(parts, "mkString", name_span, span, None, ctx)
            if parts.tpe is not ERROR:
                return self.unsupported("the String method `flatMap` with a function giving no Strings", name_span)
            return parts
        answer = self.select_from_extensions(qual, name, name_span, span, arg_nodes, args_given, ctx)
        if answer is not None:
            return answer
        if name == "indices" and not args_given:  # `0 until s.length`
            length = ast.Select(span, ast.Typed(span, qual), "length", name_span)
            return self.type_expr(ast.Infix(span, "until", name_span, ast.Literal(span, "int", 0), length), ctx)
        if name in ("toVector", "toIndexedSeq", "zipWithIndex") and not args_given:  # as the IndexedSeq of its chars
            chars = self.select_on_value(qual, "toCharArray", name_span, span, None, ctx)
            as_vector = self.select_on_value(chars, "toVector", name_span, span, None, ctx)
            return as_vector if name != "zipWithIndex" else \
                self.select_on_value(as_vector, name, name_span, span, None, ctx)
        return self.unsupported(f"the String method `{name}`", name_span)

    def string_as_seq(self, qual, name, name_span, span, arg_nodes, ctx) -> tir.Expr:
        """`s.foreach(f)`, `s.map(f)`, `s.filter(p)`...: the method of the chars' IndexedSeq; a map to Chars and a
        filter give a String again, as StringOps builds one."""
        e = self.collection_method(as_chars(qual), name, name_span, span, arg_nodes, ctx)
        if isinstance(e, tir.Builtin) and e.name == "buffer.collect" and e.tpe.element is CHAR:
            return from_chars(e)
        return e

    def select_from_extensions(self, qual, name, name_span, span, arg_nodes, args_given, ctx) -> tir.Expr | None:
        """`qual.name(args)` as an extension (the intrinsics, the prelude's library) types it; when none does, the
        arguments are still typed, so that their own mistakes are reported, and None is returned."""
        for ext in self.extensions:
            e = ext.select_on_value(self, qual, name, name_span, span, arg_nodes if args_given else None, ctx)
            if e is not None:
                return e
        if not isinstance(qual.tpe, ClassType):  # `5.squared`, `"hi".shout`: an implicit conversion's (class's)
            viewed = self.member_view(qual, name)
            if viewed is not None:
                return self.select_on_value(viewed, name, name_span, span, arg_nodes if args_given else None, ctx)
        for a in arg_nodes:
            self.type_expr(a, ctx)
        return None

    def apply_value(self, fn: tir.Expr, arg_nodes: list, span: Span, ctx: Context) -> tir.Expr:
        """`v(args)` where v is a value: an array read."""
        if fn.tpe is ERROR:
            for a in arg_nodes:
                self.type_expr(a, ctx, ERROR)
            return tir.ErrorNode(span, ERROR)
        if isinstance(fn.tpe, FunctionType):
            return self.call_value(fn, arg_nodes, span, ctx)
        if isinstance(fn.tpe, ClassType) and isinstance(fn.tpe.symbol, ClassSymbol) \
                and "apply" in fn.tpe.symbol.methods:
            return self.select_on_value(fn, "apply", span, span, arg_nodes, ctx)  # `memo(k)` is `memo.apply(k)`
        if isinstance(fn.tpe, ArrayType) and len(arg_nodes) == 1:
            return self.array_get(fn, arg_nodes[0], span, ctx)
        if fn.tpe is STRING and len(arg_nodes) == 1:
            index = self.adapt(self.type_expr(arg_nodes[0], ctx, INT), INT)
            return tir.Builtin(span, CHAR, "string.charAt", [fn, index])
        if isinstance(fn.tpe, (RangeType, WrappedArrayType)) and len(arg_nodes) == 1:  # `r(i)` is `r.apply(i)`
            return self.select_on_value(fn, "apply", span, span, arg_nodes, ctx)
        for a in arg_nodes:
            self.type_expr(a, ctx)
        return self.error(codes.TYPE_MISMATCH, f"a value of type {fn.tpe.name} cannot be called", span)

    def array_get(self, array: tir.Expr, index_node, span: Span, ctx: Context) -> tir.Expr:
        index = self.adapt(self.type_expr(index_node, ctx, INT), INT)
        return tir.ArrayGet(span, array.tpe.element, array, index)

    def array_set(self, array: tir.Expr, index_node, value_node, span: Span, ctx: Context) -> tir.Expr:
        elem = array.tpe.element
        index = self.adapt(self.type_expr(index_node, ctx, INT), INT)
        value = self.adapt(self.type_expr(value_node, ctx, elem), elem)
        return tir.ArraySet(span, UNIT, array, index, value)

    def expr_Apply(self, node: ast.Apply, ctx: Context, expected):
        self.call_sites[node.span] = (node.type_args, expected)  # read by instantiate_call, construct
        fn = node.fn
        if isinstance(fn, (ast.Apply, ast.New)):
            merged = self.explicit_implicit_list(node, ctx)  # `f(a)(p)` giving f's implicit list
            if merged is not None:
                return self.type_expr(merged, ctx, expected)
        if isinstance(fn, ast.Apply) and isinstance(fn.fn, ast.Select) and fn.fn.name in CURRIED_FOLDS \
                and not isinstance(fn.fn.qualifier, ast.Typed):
            folded = self.curried_fold(node, ctx, expected)  # `xs.foldLeft(z)(op)` on arrays and ranges
            if folded is not None:
                return folded
        factory = fn.fn if isinstance(fn, ast.Apply) else fn
        if isinstance(fn, ast.Apply) and isinstance(factory, ast.Select) and qualified_path(factory) \
                and qualified_path(factory).split(".", 1)[0] in LIBRARY_ROOTS:
            found = self.library_path(qualified_path(factory), factory, lambda sel: ast.Apply(
                node.span, ast.Apply(fn.span, sel, fn.args, fn.type_args), node.args, node.type_args), ctx, expected,
                fn.args)  # `scala.collection.immutable.Vector.fill(2)(0)`
            if found is not None:
                return found
        if isinstance(factory, ast.Select) and isinstance(factory.qualifier, ast.Ident) \
                and factory.qualifier.name == "Array" and ctx.scope.lookup("Array") is None:
            e = self.array_factory(factory.name, node, ctx, expected)
            if e is not None:
                return e
        if isinstance(factory, ast.Select) and isinstance(factory.qualifier, ast.Ident) \
                and factory.qualifier.name in ("Vector", "IndexedSeq") and ctx.scope.lookup(factory.qualifier.name) \
                is None and self.class_named(factory.qualifier.name, factory.span) is None:
            e = self.vector_factory(factory.name, node, ctx, expected)
            if e is not None:
                return e
        if isinstance(fn, ast.Ident):
            name = fn.name
            local = ctx.scope.lookup(name)
            if isinstance(local, MethodSymbol):
                self.references.append((fn.span, local))
                if local.params is None:
                    return self.apply_value(self.make_call(local, None, [], fn.span, ctx), node.args, node.span, ctx)
                return self.call_with_args(local, None, node.args, node.span, ctx)
            if local is None:
                member = self.member_in_scope(name, ctx, fn.span)
                if plain_constructor_param(member) and name in ctx.owner.methods:
                    member = ctx.owner.methods[name]  # `size()` calls the method a parameter `size` shares a name with
                if isinstance(member, MethodSymbol):
                    self.references.append((fn.span, member))
                    if member.params is None:
                        call = self.make_call(member, None, [], fn.span, ctx)
                        if not node.args and name in ("toString", "hashCode"):
                            return call  # Any's `toString()`, overridden without the parentheses
                        return self.apply_value(call, node.args, node.span, ctx)
                    return self.call_with_args(member, None, node.args, node.span, ctx)
                if member is None:
                    own = self.own_to_string(name, node.args, node.span, ctx)
                    if own is not None:
                        return own
                    companion = self.object_named(name, fn.span)
                    if companion is not None and "apply" in companion.methods:
                        return self.companion_apply(companion, fn, node, ctx, expected)
                    made = self.case_class_without_companion(name, node, ctx)
                    if made is not None:
                        return made
                    if name in ("println", "print"):
                        return self.type_print(name, node.args, node.span, ctx)
                    if name in CHECKS:
                        return self.type_check_call(name, node.args, node.span, ctx)
                    if name == "Array":
                        return self.array_literal(node, ctx, expected)
                    for ext in self.extensions:
                        e = ext.apply_ident(self, node, ctx, expected)
                        if e is not None:
                            return e
                    path = self.imported(name, ctx)
                    if path is not None:
                        selection = imports.as_selection(path, fn.span)
                        return self.type_expr(ast.Apply(node.span, selection, node.args, node.type_args), ctx, expected)
        elif isinstance(fn, ast.Select):
            path = qualified_path(fn)
            if path in _SEQ_RANGES and 2 <= len(node.args) <= 3 and ctx.scope.lookup(path.split(".")[0]) is None \
                    and path.split(".")[0] not in self.program.objects:
                typed = [self.type_expr(a, ctx) for a in node.args]
                if typed[0].tpe in (CHAR, LONG) and all(a.tpe is typed[0].tpe for a in typed):
                    # `List.range('a', 'd')` (Integral[Char]): the Chars of the range, not their codes
                    made: ast.Expr = ast.Infix(node.span, "until", fn.name_span, ast.Typed(node.span, typed[0]),
                                               ast.Typed(node.span, typed[1]))
                    if len(typed) == 3:
                        made = ast.Infix(node.span, "by", fn.name_span, made, ast.Typed(node.span, typed[2]))
                    convert = "toList" if path.startswith(("List", "Seq")) else "toVector"
                    return self.type_expr(ast.Select(node.span, made, convert, fn.name_span), ctx, expected)
                node = ast.Apply(node.span, fn, [ast.Typed(a.span, t) for a, t in zip(node.args, typed)],
                                 node.type_args)
            if path is not None and not self.path_starts_with_value(path, ctx):
                whole = self.scopes.at(fn.span).resolve_path_quietly(path.split("."))  # `pkg.C(...)`
                companion = whole if isinstance(whole, ObjectSymbol) else self.program.objects.get(fn.name)
                if companion is not None and "apply" in companion.methods:
                    return self.companion_apply(companion, fn, node, ctx, expected)
                target = self.object_path(path, fn)
                if isinstance(target, tir.ErrorNode):
                    for a in node.args:
                        self.type_expr(a, ctx)
                    return target
                if target is None:
                    found, _, found_rest = self.split_object_path(path)  # a nested object
                    target = (found, found_rest) if found is not None else None
                if target is not None:
                    obj, rest = target
                    sym = obj.methods.get(rest) or obj.fields.get(rest)
                    if sym is not None:
                        self.check_access(sym, fn.name_span, ctx)
                    if sym is None:
                        for a in node.args:
                            self.type_expr(a, ctx, ERROR)
                        if getattr(obj, "from_prelude", False):  # Scala's library has it; the prelude does not yet
                            return self.unsupported(f"`{obj.name}.{rest}` of the Scala library", fn.name_span)
                        return self.error(codes.NOT_A_MEMBER, f"`{rest}` is not a member of object `{obj.name}`",
                                          fn.name_span)
                    self.references.append((fn.qualifier.span, obj))
                    self.references.append((fn.name_span, sym))
                    receiver = self.inherited_receiver(obj, sym, fn.span)
                    if isinstance(sym, MethodSymbol) and sym.params is None and sym.type_params and not node.args \
                            and node.type_args:  # `List.empty[Int]` as the parser gives it inside an operand
                        return self.type_expr(ast.TypeApply(node.span, fn, node.type_args), ctx, expected)
                    if isinstance(sym, FieldSymbol) or sym.params is None:
                        value = self.member_access(sym, receiver, fn.span, ctx)
                        return self.apply_value(value, node.args, node.span, ctx)
                    return self.call_with_args(sym, receiver, node.args, node.span, ctx)
                builtin = self.type_builtin_call(path, node.args, node, ctx)
                if builtin is not None:
                    return builtin
                found = self.library_path(path, fn, lambda sel: ast.Apply(node.span, sel, node.args, node.type_args),
                                          ctx, expected, node.args)  # `scala.collection.immutable.List(1)`
                if found is not None:
                    return found
            qual = self.type_expr(fn.qualifier, ctx)
            return self.select_on_value(qual, fn.name, fn.name_span, node.span, node.args, ctx)
        if isinstance(fn, ast.Apply):
            return self.curried_apply(node, ctx)
        value = self.type_expr(fn, ctx)
        return self.apply_value(value, node.args, node.span, ctx)

    def type_builtin_call(self, path: str, arg_nodes: list, node, ctx: Context) -> tir.Expr | None:
        span = node.span
        printer = PRINT_PATHS.get(path)
        if printer is not None:
            return self.type_print(printer, arg_nodes, span, ctx)
        if path in ("sys.error", "scala.sys.error"):  # Predef's way to fail: a RuntimeException
            if len(arg_nodes) != 1:
                return self.error(codes.WRONG_ARGUMENTS, "sys.error takes one argument (the message)", span)
            message = self.adapt(self.type_expr(arg_nodes[0], ctx, STRING), STRING)
            if message.tpe is ERROR:
                return message
            return self.throw_new(span, "java.lang.RuntimeException", message)
        if path in ("sys.exit", "scala.sys.exit", "System.exit", "java.lang.System.exit"):
            if len(arg_nodes) != 1:
                return self.error(codes.WRONG_ARGUMENTS, "sys.exit takes one argument (the status)", span)
            code = self.adapt(self.type_expr(arg_nodes[0], ctx, INT), INT)
            return tir.Builtin(span, NOTHING, "sys.exit", [code])
        for prefix in MATH_PREFIXES:
            if path.startswith(prefix) and path[len(prefix):] in MATH_FUNCTIONS:
                args = [self.type_expr(a, ctx) for a in arg_nodes]
                return self.math_call(path[len(prefix):], args, span)
        cast = BIT_CASTS.get(path)
        if cast is not None:
            name, param, result = cast
            if len(arg_nodes) != 1:
                return self.error(codes.WRONG_ARGUMENTS, f"`{path}` takes one argument", span)
            arg = self.adapt(self.type_expr(arg_nodes[0], ctx, param), param)
            return tir.Builtin(span, result, name, [arg])
        for ext in self.extensions:
            e = ext.builtin_call(self, path, arg_nodes, node, ctx)
            if e is not None:
                return e
        return None

    def float_test(self, qual: tir.Expr, name: str, span: Span, ctx: Context) -> tir.Expr:
        """RichDouble's and RichFloat's `isNaN`, `isInfinity` (`isInfinite`), `isPosInfinity`, `isNegInfinity`."""
        t = qual.tpe
        temp = self.temp(t, span, ctx)
        x = tir.LocalGet(span, t, temp)
        infinity = tir.Const(span, t, float("inf"))
        if name == "isNaN":
            test = self.binary("!=", x, x, span, span)
        elif name in ("isInfinity", "isInfinite"):
            test = self.binary("==", self.math_call("abs", [x], span), infinity, span, span)
        else:
            test = self.binary("==", x, infinity if name == "isPosInfinity" else tir.Const(span, t, float("-inf")),
                               span, span)
        return tir.Block(span, BOOLEAN, [tir.LocalDef(span, UNIT, temp, qual)], test)

    def small_integer_method(self, qual: tir.Expr, name: str, span: Span, arg_nodes: list, ctx: Context):
        """RichChar/RichByte/RichShort: `c.max(d)`, `c.min(d)` and `c.abs` keep the receiver's type (computed in
        Int and converted back, which gives Byte.MinValue.abs == -128 as in Scala). None when not one of those."""
        t = qual.tpe
        if name == "abs" and not arg_nodes:
            return self.convert(self.math_call("abs", [qual], span), t)
        if name not in ("max", "min") or len(arg_nodes) != 1:
            return None
        other = self.type_expr(arg_nodes[0], ctx, t)
        if other.tpe is INT and isinstance(other, tir.Const):
            other = self.adapt(other, t)  # a literal that fits, as Scala narrows it
        if other.tpe is not t:
            return self.math_call(name, [qual, other], span)
        return self.convert(self.math_call(name, [qual, other], span), t)

    def math_call(self, name: str, args: list[tir.Expr], span: Span) -> tir.Expr:
        if any(a.tpe is ERROR for a in args):
            return tir.ErrorNode(span, ERROR)
        arity = 2 if name in ("max", "min") else 1
        if len(args) != arity:
            return self.error(codes.WRONG_ARGUMENTS, f"math.{name} takes {arity} argument(s)", span)
        if not all(a.tpe.is_numeric for a in args):
            return self.error(codes.TYPE_MISMATCH, f"math.{name} needs numeric arguments", span)
        if name in ("sqrt", "floor", "ceil"):
            target = DOUBLE
        elif arity == 2:
            target = promote(args[0].tpe, args[1].tpe)
        else:
            target = unary_promote(args[0].tpe)
        if name == "signum" and target is not DOUBLE and target is not FLOAT:
            target = unary_promote(args[0].tpe)
        converted = [self.convert(a, target) for a in args]
        return tir.Builtin(span, target, "math." + name, converted)

    def type_print(self, name: str, arg_nodes: list, span: Span, ctx: Context) -> tir.Expr:
        if len(arg_nodes) > 1 and _broken(arg_nodes):
            for a in arg_nodes:
                self.type_expr(a, ctx)
            return tir.ErrorNode(span, ERROR)
        if len(arg_nodes) > 1:
            return self.error(codes.WRONG_ARGUMENTS, f"`{name}` takes at most one argument", span)
        if not arg_nodes:
            if name in ("print", "eprint"):
                return self.error(codes.WRONG_ARGUMENTS, "`print` takes one argument", span)
            return tir.Builtin(span, UNIT, name, [])
        return self.print_value(name, self.type_expr(arg_nodes[0], ctx), span)

    def print_value(self, name: str, arg: tir.Expr, span: Span) -> tir.Expr:
        if arg.tpe is ERROR:
            return tir.ErrorNode(span, ERROR)
        return tir.Builtin(span, UNIT, name, [arg])

    def type_check_call(self, name: str, arg_nodes: list, span: Span, ctx: Context) -> tir.Expr:
        """`assert(c)`, `require(c, message)`: throw the JVM's exception when c is false (the message is by-name:
        evaluated only then)."""
        exception, prefix = CHECKS[name]
        if len(arg_nodes) not in (1, 2):
            for a in arg_nodes:
                self.type_expr(a, ctx)
            return self.error(codes.WRONG_ARGUMENTS, f"`{name}` takes a condition and an optional message", span)
        cond = self.adapt(self.type_expr(arg_nodes[0], ctx, BOOLEAN), BOOLEAN)
        message: tir.Expr = tir.Const(span, STRING, prefix)
        if len(arg_nodes) == 2:
            detail = self.type_expr(arg_nodes[1], ctx.nested())
            if detail.tpe is UNIT:
                detail = tir.Block(detail.span, STRING, [detail], tir.Const(detail.span, STRING, "()"))
            message = self.binary("+", tir.Const(span, STRING, prefix + ": "), detail, span, span)
        if ERROR in (cond.tpe, message.tpe):
            return tir.ErrorNode(span, ERROR)
        failed = self.throw_new(span, exception, message)
        return tir.If(span, UNIT, tir.Unary(span, BOOLEAN, "!", cond), failed, None)

    def array_literal(self, node: ast.Apply, ctx: Context, expected) -> tir.Expr:
        elem_expected = expected.element if isinstance(expected, ArrayType) else None
        if node.type_args:
            elem_expected = self.resolve_type(node.type_args[0])
        items = [self.type_expr(a, ctx, elem_expected) for a in node.args]
        if any(i.tpe is ERROR for i in items):
            return tir.ErrorNode(node.span, ERROR)
        elem = elem_expected
        if elem is None:
            if not items:
                return self.error(codes.MISSING_TYPE, "the element type of an empty `Array()` must be written, "
                                  "as in `Array[Int]()`", node.span)
            elem = items[0].tpe
            for it in items[1:]:
                joined = lub(elem, it.tpe)
                if joined is None:
                    return self.error(codes.TYPE_MISMATCH,
                                      f"array elements of unrelated types {elem.name} and {it.tpe.name}", it.span)
                elem = joined
            if elem is NULL or elem is NOTHING:
                return self.error(codes.MISSING_TYPE, "write the element type: `Array[T](...)`", node.span)
        items = [self.adapt(i, elem) for i in items]
        if self.lacks_class_tag(elem, node.span, ctx):
            return tir.ErrorNode(node.span, ERROR)
        return tir.ArrayLiteral(node.span, ArrayType(elem), items)

    def expr_New(self, node: ast.New, ctx: Context, expected):
        ref = node.tpe
        if ref.name == "Array":
            if len(node.args) != 1 or len(ref.args) != 1:
                return self.error(codes.WRONG_ARGUMENTS, "`new Array[T](n)` takes one type and one size", node.span)
            tpe = self.resolve_type(ref)
            size = self.adapt(self.type_expr(node.args[0], ctx, INT), INT)
            if isinstance(tpe, ArrayType) and not self.class_tag_known(tpe.element):
                return self.error(codes.MISSING_CLASS_TAG, f"cannot find class tag for element type "
                                  f"{tpe.element.name}", node.span)
            return tir.NewArray(node.span, tpe, size, self.array_zero(tpe, node.span, ctx))
        if ref.name == "String" and not ref.args:
            args = [self.type_expr(a, ctx) for a in node.args]
            if len(args) in (1, 3) and args[0].tpe == ArrayType(CHAR):
                rest = [self.adapt(a, INT) for a in args[1:]]
                return tir.Builtin(node.span, STRING, "newString", [args[0], *rest])
            return self.unsupported("this `new String(...)` form", node.span)
        library = self.library_throwable_of(ref)  # (a program's own class of that name wins)
        if library is not None:
            return self.new_exception(node, library, ctx)
        on_instance = self.new_on_instance(node, ctx)
        if on_instance is not None:
            return on_instance
        self.raw_generic_ok = True  # `new pkg.Box(1)`: the type arguments are inferred, not missing
        try:
            resolved = self.resolve_type(ref) if ref.qualifier else None
        finally:
            self.raw_generic_ok = False
        cls = resolved.symbol if isinstance(resolved, ClassType) else self.class_named(ref.name, ref.span)
        if cls is None:
            if resolved is ERROR:
                return tir.ErrorNode(node.span, ERROR)
            for ext in self.extensions:
                e = ext.new(self, node, ctx)
                if e is not None:
                    return e
            return self.error(codes.UNRESOLVED_NAME, f"class `{ref.name}` is not defined", ref.span)
        if not self.local_class_visible(cls, ctx):
            return self.error(codes.UNRESOLVED_NAME, f"class `{ref.name}` is not defined here (it is local to "
                              "another block)", ref.span)
        self.references.append((ref.span, cls))
        self.call_sites[node.span] = (ref.args, expected)
        return self.construct(cls, node.args, node.span, ctx)


def _math_function(path: str) -> bool:
    """`math.max`, `Math.abs`, `scala.math.pow`...: a function of the math library."""
    prefix = next((p for p in MATH_PREFIXES if path.startswith(p)), None)
    return prefix is not None and (path[len(prefix):] in MATH_FUNCTIONS or path[len(prefix):] in LIBRARY_MATH_FUNCTIONS)
