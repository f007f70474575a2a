"""Argument lists: named arguments, default arguments and the choice among overloaded methods.

A call's arguments are matched to the parameters first by position, then by name; a parameter left out takes its
default. Scala evaluates arguments in the order they are written, so when names reorder them each is bound to a
temporary first. Among overloaded alternatives the applicable ones (by argument count and types, with numeric
widening) are kept and the most specific wins, as scalac chooses.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import diagnostics as codes
from ..diagnostics import Related
from ..source import Span
from ..syntax import ast
from . import tir
from .context import Context, Scope
from .symbols import ClassSymbol, LocalSymbol
from .caseclasses import with_receiver
from .classtags import is_evidence, written_params
from .types import ERROR, UNIT, FunctionType, Type, TypeParamType, conforms, widens_to


@dataclass
class Matched:
    """The arguments in parameter order, and the statements (temporaries) that must run before the call."""

    args: list[tir.Expr]
    setup: list[tir.Expr]

    def wrap(self, call: tir.Expr) -> tir.Expr:
        if not self.setup:
            return call
        return tir.Block(call.span, call.tpe, list(self.setup), call)


def fits(source: Type, target: Type) -> bool:
    """Whether an argument of type `source` may be passed for a parameter of type `target`."""
    return conforms(source, target) or (source.is_numeric and target.is_numeric and widens_to(source, target)) \
        or isinstance(target, TypeParamType)  # a generic constructor's or method's T: fixed by the call


def match_arguments(typer, name: str, defined_at: Span, params: list[LocalSymbol], param_defns: list,
                    arg_nodes: list, span: Span, ctx, default_owner,
                    typed: list[tir.Expr] | None = None, receiver: tir.Expr | None = None,
                    declared: list[LocalSymbol] | None = None) -> Matched | None:
    """Match a call's arguments to `params` (declared by `param_defns`, the ast.Params with their defaults).

    typed: the arguments already typed (when choosing an overload), in written order; receiver: what `this`
    means in the defaults (a re-readable value), None for the callee's own `this`. Returns None after an
    error, with every argument typed once so the rest of the file is still checked. declared: the parameters as
    the method declares them, when params are their instance at a generic call (a default keeps its declared,
    erased type)."""
    def type_rest(from_index: int) -> None:
        if typed is None:
            for a in arg_nodes[from_index:]:
                typer.type_expr(a.arg if isinstance(a, ast.NamedArg) else a, ctx)

    slots: list[tir.Expr | None] = [None] * len(params)
    order: list[int] = []  # the slot of each argument, in written order
    evidence = [is_evidence(d) for d in declared or params]  # ClassTag evidence, last: passed by every call
    written = len(params) - sum(evidence)
    index_of = {p.name: i for i, p in enumerate(params) if not evidence[i]}
    named_seen = False
    for k, a in enumerate(arg_nodes):
        if isinstance(a, ast.NamedArg) and a.name in index_of:
            named_seen = True
            slot = index_of[a.name]
            if slots[slot] is not None:
                typer.error(codes.WRONG_ARGUMENTS, f"parameter `{a.name}` of `{name}` is given twice", a.name_span)
                type_rest(k)
                return None
            node = a.arg
        else:
            if named_seen:
                typer.error(codes.WRONG_ARGUMENTS, "a positional argument after a named one", a.span)
                type_rest(k)
                return None
            slot = k
            if slot >= written or (slot < len(param_defns) and getattr(param_defns[slot], "implicit", False)
                                   and slot > 0 and not getattr(param_defns[slot - 1], "implicit", False)):
                # (an implicit list is a list of its own: `f(a)(p)`, not `f(a, p)`)
                explicit = sum(1 for d in param_defns if not getattr(d, "implicit", False)) or written
                typer.error(codes.WRONG_ARGUMENTS,
                            f"`{name}` takes {_count(explicit)} but {len(arg_nodes)} "
                            f"{'were' if len(arg_nodes) != 1 else 'was'} given", span,
                            [Related(defined_at, f"`{name}` is defined here")])
                type_rest(k)
                return None
            if slot >= written:
                typer.error(codes.WRONG_ARGUMENTS,
                            f"`{name}` takes {_count(written)} but {len(arg_nodes)} "
                            f"{'were' if len(arg_nodes) != 1 else 'was'} given", span,
                            [Related(defined_at, f"`{name}` is defined here")])
                type_rest(k)
                return None
            node = a
        expected = params[slot].tpe
        if params[slot].by_name and typed is None:
            slots[slot] = typer.thunk(node, ctx, expected.result)  # evaluated each time the parameter is read
        else:
            value = typed[k] if typed is not None else typer.type_expr(node, ctx, expected)
            if params[slot].by_name and isinstance(value, tir.Lambda) and not value.params \
                    and value.tpe != expected and isinstance(expected, FunctionType):
                value.body = typer.adapt(value.body, expected.result)  # a thunk typed while inferring
                value.tpe = expected
            slots[slot] = typer.adapt(value, expected)
        order.append(slot)
    for i, p in enumerate(params):
        if slots[i] is not None:
            continue
        if evidence[i]:  # the zero of the call's type argument (classtags.py)
            slots[i] = typer.class_tag_argument(p.tpe, span, ctx)
            continue
        default = param_defns[i].default if i < len(param_defns) else None
        if default is None and i < len(param_defns) and getattr(param_defns[i], "implicit", False) \
                and not any(getattr(param_defns[j], "implicit", False) for j in order):
            slots[i] = typer.implicit_argument(p, name, span, ctx)  # the implicit list left out: found in scope
            continue
        if default is None:
            if not named_seen and len(arg_nodes) < written and all(
                    j >= len(param_defns) or param_defns[j].default is None for j in range(len(arg_nodes), written)):
                message = (f"`{name}` takes {_count(written)} but {len(arg_nodes)} "
                           f"{'were' if len(arg_nodes) != 1 else 'was'} given")
            else:
                message = f"missing argument for parameter `{p.name}` of `{name}`"
            typer.error(codes.WRONG_ARGUMENTS, message, span, [Related(defined_at, f"`{name}` is defined here")])
            return None
        slots[i] = default_value(typer, param_defns[i], declared[i] if declared else p, ctx, default_owner)
        if receiver is not None:
            slots[i] = with_receiver(slots[i], receiver)
    args: list[tir.Expr] = slots  # type: ignore[assignment]
    if any(a.tpe is ERROR for a in args):
        return None
    setup: list[tir.Expr] = []
    if order != sorted(order):
        # Named arguments out of order: evaluate them as written, into temporaries, then pass those.
        for slot in order:
            value = args[slot]
            if isinstance(value, (tir.Const, tir.LocalGet, tir.UnitValue)):
                continue
            temp = typer.temp(value.tpe, value.span, ctx)
            setup.append(tir.LocalDef(value.span, UNIT, temp, value))
            args[slot] = tir.LocalGet(value.span, value.tpe, temp)
    return Matched(args, setup)


def declared_params(symbol) -> list:
    """The written parameters (ast.Param, with their defaults) of a method or class; none for the prelude's
    symbols loaded from the disk cache, which keeps no syntax trees (and the prelude declares no defaults)."""
    return getattr(symbol.defn, "params", None) or []


def default_value(typer, defn: ast.Param, param: LocalSymbol, ctx, owner) -> tir.Expr:
    """A parameter's default, typed once where the method is defined and shared by every call that uses it.

    Defaults that read the method's other parameters would need the callee's frame: beyond the subset. One that
    reads `this` (a member) reads the call's receiver (match_arguments)."""
    cached = typer.defaults.get(defn)
    if cached is not None:
        return cached
    value = typer.adapt(typer.type_expr(defn.default, Context(owner, None, Scope(), []), param.tpe), param.tpe)
    if any(isinstance(n, (tir.LocalGet, tir.LocalDef, tir.LocalSet)) for n in tir.walk(value)) or (
            not isinstance(owner, ClassSymbol) and any(isinstance(n, tir.This) for n in tir.walk(value))):
        value = typer.unsupported("a default argument that uses the other parameters or local values",
                                  defn.default.span)
    typer.defaults[defn] = value
    return value


def choose_overload(typer, alternatives: list, arg_nodes: list, span: Span, ctx, mapping=None):
    """The alternative a call selects, with its arguments typed once (written order); None after an error.
    mapping: the receiver's type arguments for its class's parameters (`xs.sorted(ord)` on a List[Int])."""
    from .generics import substitute

    typed = [typer.type_expr(a.arg if isinstance(a, ast.NamedArg) else a, ctx) for a in arg_nodes]
    if any(t.tpe is ERROR for t in typed):
        return None, typed
    def applicable(method) -> bool:
        params = method.params or []
        if len(arg_nodes) > len(written_params(params)):
            return False
        by_name = {p.name: p for p in params}
        for k, (a, t) in enumerate(zip(arg_nodes, typed)):
            p = by_name.get(a.name) if isinstance(a, ast.NamedArg) else params[k]
            if p is None or not fits(t.tpe, substitute(p.tpe, mapping) if mapping else p.tpe):
                return False
        defns = declared_params(method)
        given = {a.name for a in arg_nodes if isinstance(a, ast.NamedArg)}
        return all(i < len(arg_nodes) or p.name in given or is_evidence(p) or (i < len(defns) and (
            defns[i].default is not None or getattr(defns[i], "implicit", False))) for i, p in enumerate(params))
    candidates = [m for m in alternatives if m.params is not None and applicable(m)]
    def as_specific(a, b) -> bool:
        return len(a.params) == len(b.params) and all(fits(x.tpe, y.tpe) for x, y in zip(a.params, b.params))
    best = [a for a in candidates if all(a is b or as_specific(a, b) for b in candidates)]
    if len(best) == 1:
        return best[0], typed
    shown = ", ".join(t.tpe.name for t in typed)
    name = alternatives[0].name
    related = [Related(m.span, "an alternative") for m in alternatives
               if not getattr(m.owner, "from_prelude", False)]
    if not candidates:
        typer.error(codes.WRONG_ARGUMENTS, f"no alternative of the overloaded `{name}` takes ({shown})", span,
                    related)
    else:
        typer.error(codes.WRONG_ARGUMENTS, f"the call of the overloaded `{name}` with ({shown}) is ambiguous",
                    span, related)
    return None, typed


def _count(n: int) -> str:
    return f"{n} argument{'s' if n != 1 else ''}"
