"""Typing of the memory intrinsics and WASI: withMemoryAllocator scopes, allocate, segment accessors, `wasi.*`,
and `@WasmImport` declarations, plugged into the type checker through its extension hooks."""
from __future__ import annotations

from .. import diagnostics as codes
from ..diagnostics import Fix, Related, TextEdit
from ..semantics import tir
from ..semantics.symbols import ClassSymbol, LocalSymbol, MethodSymbol
from ..semantics.typer import Context, Typer, TyperExtension
from ..semantics.types import ERROR, INT, LONG, NOTHING, UNIT, Type
from ..syntax import ast
from ..wasi import SIGNATURES, WASI_MODULE
from .library import (
    ACCESSORS,
    IMPORTABLE,
    MEMORY_ALLOCATOR,
    MEMORY_SEGMENT,
    WASI_CONSTANTS,
    visible_names,
    wasi_method,
)

_KIND_TYPES = {"i32": INT, "i64": LONG}


class MemoryIntrinsics(TyperExtension):
    """One per compilation unit: which library names its imports make visible, and the lexical scope stack."""

    def __init__(self, imports) -> None:
        self.visible = visible_names(imports)
        self.scopes: list[LocalSymbol] = []  # allocator parameters of the enclosing withMemoryAllocator blocks
        self.fresh_segments: set[LocalSymbol] = set()  # vals that hold a fresh allocation
        self.imports_seen: dict[tuple[str, str], MethodSymbol] = {}

    # ------------------------------------------------------------------------------------------ names and types

    def resolve_type(self, typer: Typer, name: str) -> Type | None:
        if name == "MemorySegment" and name in self.visible:
            return MEMORY_SEGMENT
        if name == "MemoryAllocator" and name in self.visible:
            return MEMORY_ALLOCATOR
        return None

    def ident(self, typer: Typer, node: ast.Ident, ctx: Context):
        if node.name == "native" and "native" in self.visible:
            return typer.error(codes.IMPORT_BODY, "`native` is only the body of a @WasmImport method", node.span)
        return None

    def select_path(self, typer: Typer, path: str, node, ctx):
        head, _, rest = path.partition(".")
        if head == "wasi" and "wasi" in self.visible and rest in WASI_CONSTANTS:
            return tir.Const(node.span, INT, WASI_CONSTANTS[rest])
        return None

    # ------------------------------------------------------------------------------------------ calls

    def apply_ident(self, typer: Typer, node: ast.Apply, ctx: Context, expected):
        if node.fn.name == "withMemoryAllocator" and "withMemoryAllocator" in self.visible:
            return self.memory_scope(typer, node, node.fn.span, ctx, expected)
        return None

    def builtin_call(self, typer: Typer, path: str, arg_nodes, node, ctx: Context):
        head, _, rest = path.partition(".")
        if head == "memory" and rest == "withMemoryAllocator" and "memory" in self.visible:
            return self.memory_scope(typer, node, node.fn.name_span, ctx, None)
        if head == "wasi" and "wasi" in self.visible and "." not in rest:
            return self.wasi_call(typer, rest, arg_nodes, node, ctx)
        return None

    def memory_scope(self, typer: Typer, node: ast.Apply, keyword_span, ctx: Context, expected):
        if len(node.args) != 1 or not isinstance(node.args[0], ast.Lambda) or len(node.args[0].params) != 1:
            for a in node.args:
                if not isinstance(a, ast.Lambda):
                    typer.type_expr(a, ctx)
            return typer.error(codes.WRONG_ARGUMENTS,
                               "withMemoryAllocator takes one block `{ allocator => ... }`", node.span)
        lam: ast.Lambda = node.args[0]
        param = lam.params[0]
        if param.tpe is not None:
            declared = typer.resolve_type(param.tpe)
            if declared is not MEMORY_ALLOCATOR and declared is not ERROR:
                typer.error(codes.TYPE_MISMATCH, f"the block's parameter is a MemoryAllocator, not {declared.name}",
                            param.tpe.span)
        allocator = LocalSymbol(param.name, param.name_span, MEMORY_ALLOCATOR)
        ctx.locals.append(allocator)
        inner = ctx.nested()
        inner.scope.names[param.name] = allocator
        self.scopes.append(allocator)
        try:
            body = typer.type_expr(lam.body, inner, expected)
        finally:
            self.scopes.pop()
        tpe = body.tpe if expected is None or expected is ERROR else expected
        if expected is not None and expected is not ERROR:
            body = typer.adapt(body, expected)
        return tir.MemoryScope(node.span, tpe, allocator, body, keyword_span)

    def wasi_call(self, typer: Typer, method: str, arg_nodes, node, ctx: Context):
        wasi_name = wasi_method(method)
        if wasi_name is None:
            for a in arg_nodes:
                typer.type_expr(a, ctx)
            import difflib  # only for a misspelt name: not imported by every build

            suggestion = difflib.get_close_matches(method, [_camel(n) for n in SIGNATURES], n=1)
            hint = f"; did you mean `wasi.{suggestion[0]}`?" if suggestion else ""
            return typer.error(codes.NOT_A_MEMBER, f"`{method}` is not a WASI preview1 function{hint}", node.span)
        params, results = SIGNATURES[wasi_name]
        if len(arg_nodes) != len(params):
            for a in arg_nodes:
                typer.type_expr(a, ctx)
            return typer.error(codes.WRONG_ARGUMENTS,
                               f"wasi.{method} takes {len(params)} arguments ({', '.join(params)}) but "
                               f"{len(arg_nodes)} were given", node.span)
        args = []
        for kind, a in zip(params, arg_nodes):
            t = _KIND_TYPES[kind]
            args.append(typer.adapt(typer.type_expr(a, ctx, t), t))
        result = INT if results else NOTHING
        return tir.Builtin(node.span, result, "wasi." + wasi_name, args)

    def select_on_value(self, typer: Typer, qual, name, name_span, span, arg_nodes, ctx: Context):
        t = qual.tpe
        if t is MEMORY_SEGMENT:
            return self.segment_member(typer, qual, name, name_span, span, arg_nodes, ctx)
        if t is MEMORY_ALLOCATOR:
            if name == "allocate" and arg_nodes is not None and len(arg_nodes) == 1:
                size = typer.adapt(typer.type_expr(arg_nodes[0], ctx, INT), INT)
                proven = (isinstance(qual, tir.LocalGet) and bool(self.scopes) and qual.sym is self.scopes[-1])
                return tir.Allocate(span, MEMORY_SEGMENT, qual, size, proven_active=proven)
            for a in arg_nodes or ():
                typer.type_expr(a, ctx)
            return typer.error(codes.NOT_A_MEMBER, f"`{name}` is not a member of MemoryAllocator "
                               "(it has `allocate(size: Int): MemorySegment`)", name_span)
        return None

    def segment_member(self, typer: Typer, seg, name, name_span, span, arg_nodes, ctx: Context):
        if name in ("start", "size") and not arg_nodes:
            return tir.SegmentField(span, INT, name, seg)
        kind, suffix = name[:3], name[3:]
        spec = ACCESSORS.get(suffix) if kind in ("get", "set") else None
        if spec is None:
            for a in arg_nodes or ():
                typer.type_expr(a, ctx)
            return typer.error(codes.NOT_A_MEMBER, f"`{name}` is not a member of MemorySegment", name_span)
        value_type, _ = spec
        expected_args = 1 if kind == "get" else 2
        if arg_nodes is None or len(arg_nodes) != expected_args:
            for a in arg_nodes or ():
                typer.type_expr(a, ctx)
            return typer.error(codes.WRONG_ARGUMENTS,
                               f"`{name}` takes {expected_args} argument{'s' if expected_args > 1 else ''}", span)
        offset = typer.adapt(typer.type_expr(arg_nodes[0], ctx, INT), INT)
        value = None
        if kind == "set":
            value = typer.adapt(typer.type_expr(arg_nodes[1], ctx, value_type), value_type)
        access = tir.SegmentAccess(span, value_type if kind == "get" else UNIT, name, value_type, seg, offset, value)
        if isinstance(seg, tir.LocalGet) and seg.sym in self.fresh_segments:
            access.proven_alive = True  # (whether it is in bounds is the range analysis's to say: ranges.py)
        return access

    def local_defined(self, typer: Typer, sym: LocalSymbol, value) -> None:
        if not sym.mutable and isinstance(value, tir.Allocate):
            self.fresh_segments.add(sym)

    # ------------------------------------------------------------------------------------------ @WasmImport

    def enter_method(self, typer: Typer, method: MethodSymbol) -> None:
        defn: ast.DefDef = method.defn
        for ann in defn.annotations:
            if ann.name != "WasmImport" or "WasmImport" not in self.visible:
                continue
            texts = [a.value if isinstance(a, ast.Literal) and a.kind == "string" else None for a in ann.args]
            if len(texts) != 2 or None in texts:
                typer.error(codes.UNSUPPORTED, "@WasmImport takes two string literals: (module, name)", ann.span)
                return
            method.import_module, method.import_name = texts
            method.import_annotation = ann  # type: ignore[attr-defined]

    def check_method(self, typer: Typer, method: MethodSymbol) -> bool:
        if method.import_module is None:
            return False
        defn: ast.DefDef = method.defn
        ok = True
        if isinstance(method.owner, ClassSymbol):
            typer.error(codes.IMPORT_BODY, "a @WasmImport method must be a member of a top-level object, "
                        f"not of class `{method.owner.name}`", defn.name_span)
            ok = False
        if not (isinstance(defn.body, ast.Ident) and defn.body.name == "native"):
            body_span = defn.body.span if defn.body is not None else defn.name_span
            typer.error(codes.IMPORT_BODY, f"the body of @WasmImport method `{method.name}` must be `native`",
                        body_span, fixes=[Fix("Replace the body with `native`", (TextEdit(body_span, "native"),))])
            ok = False
        if method.result is None:
            typer.error(codes.MISSING_TYPE, f"@WasmImport method `{method.name}` needs a result type",
                        defn.name_span)
            method.result = ERROR
        for p in method.params or ():
            if p.tpe.name not in IMPORTABLE and p.tpe is not ERROR:
                typer.error(codes.IMPORT_TYPE, f"parameter `{p.name}` of type {p.tpe.name} cannot be passed to "
                            "the host (Int, Long, Float, Double or Boolean)", p.span)
                ok = False
        if method.result not in (UNIT, NOTHING, ERROR) and method.result.name not in IMPORTABLE:
            typer.error(codes.IMPORT_TYPE, f"the result type {method.result.name} cannot come from the host "
                        "(Int, Long, Float, Double, Boolean or Unit)", defn.ret.span if defn.ret else defn.name_span)
            ok = False
        if ok and method.import_module == WASI_MODULE:
            ok = self.check_wasi_import(typer, method)
        if ok:
            key = (method.import_module, method.import_name)
            other = self.imports_seen.get(key)
            if other is not None and _signature(other) != _signature(method):
                typer.error(codes.CONFLICTING_IMPORT,
                            f"`{method.import_module}`.`{method.import_name}` is already imported with another "
                            "signature", defn.name_span, [Related(other.span, "the other declaration")])
            self.imports_seen.setdefault(key, method)
        method.body = tir.UnitValue(defn.span, UNIT)  # never lowered: calls go to the import
        return True

    def check_wasi_import(self, typer: Typer, method: MethodSymbol) -> bool:
        name = method.import_name
        ann: ast.Annotation = method.import_annotation  # type: ignore[attr-defined]
        if name not in SIGNATURES:
            import difflib

            close = difflib.get_close_matches(name, list(SIGNATURES), n=1)
            name_arg = ann.args[1]
            fixes = []
            message = f"`{name}` is not a WASI preview1 function"
            if close:
                message += f"; did you mean `{close[0]}`?"
                fixes.append(Fix(f"Change to `{close[0]}`", (TextEdit(name_arg.span, f'"{close[0]}"'),)))
            typer.error(codes.UNKNOWN_WASI_IMPORT, message, method.defn.name_span, fixes=fixes)
            return False
        params, results = SIGNATURES[name]
        declared = tuple(IMPORTABLE.get(p.tpe.name, "?") for p in method.params or ())
        result_ok = (method.result is INT) if results else method.result in (UNIT, NOTHING)
        if declared != params or not result_ok:
            want = f"({', '.join(params)}) -> {results[0] if results else 'nothing'}"
            got = f"({', '.join(declared)}) -> {_kind(method.result)}"
            typer.error(codes.WASI_SIGNATURE, f"`{name}` has the preview1 signature {want}, but this declaration "
                        f"has {got}", method.defn.name_span)
            return False
        return True


def _camel(name: str) -> str:
    from ..wasi import camel_case

    return camel_case(name)


def _kind(t: Type) -> str:
    if t in (UNIT, NOTHING):
        return "nothing"
    return IMPORTABLE.get(t.name, t.name)


def _signature(method: MethodSymbol) -> tuple:
    return (tuple(_kind(p.tpe) for p in method.params or ()), _kind(method.result))

