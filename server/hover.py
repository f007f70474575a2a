"""Hover text: for a memory intrinsic, its signature, what it does and the exact instructions the build emitted for
that call; for a name, its symbol's declared signature and Scaladoc (`compiler.ide.symbols_at`); for any other
expression, its Scala type."""
from __future__ import annotations

import re
from dataclasses import dataclass

from scalawasi.compiler import wasi as wasi_table
from scalawasi.compiler.ide.describe import syntax_signature
from scalawasi.compiler.ide.inlays import segment_accesses
from scalawasi.compiler.ide.members import wasi_members
from scalawasi.compiler.ide.symbols_at import symbol_info
from scalawasi.compiler.ide.tree import reference_at
from scalawasi.compiler.source import Span
from scalawasi.compiler.syntax import ast

from .syntax_walk import chain_at

_ACCESS = re.compile(r"^(get|set)(Byte|Short|Int|Long|Float|Double)$")
_WIDTH = {"Byte": 1, "Short": 2, "Int": 4, "Long": 8, "Float": 4, "Double": 8}


@dataclass(frozen=True)
class IntrinsicCall:
    kind: str  # "allocator", "allocate", "access", "wasi", "import", "import-def"
    name: str
    span: Span  # the call expression (instructions carry exactly this span)
    signature: str
    summary: str
    import_key: tuple[str, str] | None = None  # (module, name) of an import, when known from the source
    bounds_proof: str | None = None  # an access: why the range analysis proved it in bounds (None: not proven)


@dataclass(frozen=True)
class HoverText:
    markdown: str
    span: Span


def find_hover(analysis, offset: int, intrinsics_only: bool) -> "IntrinsicCall | HoverText | None":
    unit = analysis.unit
    if unit is None:
        return None
    chain = chain_at(unit, offset)
    intrinsic = _intrinsic_at(chain, offset, analysis)
    if intrinsic is not None or intrinsics_only:
        return intrinsic
    info = symbol_info(analysis, offset)
    if info is not None:
        return HoverText(symbol_markdown(info), info.span)
    return _type_hover(chain, offset, analysis)


def symbol_markdown(info) -> str:
    parts = [f"```scala\n{info.signature}\n```"]
    if info.owner:
        parts.append(f"*{info.owner}*")
    if info.doc:
        parts.append(info.doc)
    return "\n\n".join(parts)


def _node_type(analysis, node) -> str | None:
    model = analysis.model
    tpe = getattr(model, "node_types", {}).get(node) if model is not None else None
    return None if tpe is None else str(tpe)


def _symbol_at(analysis, offset: int):
    found = reference_at(analysis.model, offset)
    return found[1] if found else None


def _intrinsic_at(chain: list, offset: int, analysis) -> IntrinsicCall | None:
    # @WasmImport definition: hover on its name.
    for node in reversed(chain):
        if isinstance(node, ast.DefDef) and node.name_span.start <= offset <= node.name_span.end:
            ann = next((a for a in node.annotations if a.name == "WasmImport"), None)
            if ann is None:
                return None
            key = _import_key(ann)
            return IntrinsicCall("import-def", node.name, node.name_span, syntax_signature(node),
                                 f"A Wasm import{_describe_key(key)}: calls go straight to the host function.", key)
    # A call whose callee (not an argument) is under the cursor.
    for node in reversed(chain):
        if not isinstance(node, ast.Apply) or not (node.fn.span.start <= offset <= node.fn.span.end):
            continue
        found = _classify_call(node, analysis)
        if found is not None:
            return found
    # A parameterless method of a class (`shape.area`): its dispatch.
    for node in reversed(chain):
        if isinstance(node, ast.Select) and node.name_span.start <= offset <= node.name_span.end:
            found = _instance_call(_symbol_at(analysis, node.name_span.start), node.span)
            if found is not None:
                return found
            break
    # `wasi.CONSTANT` or a parameterless wasi call.
    for node in reversed(chain):
        if isinstance(node, ast.Select) and isinstance(node.qualifier, ast.Ident) and node.qualifier.name == "wasi":
            return IntrinsicCall("wasi", f"wasi.{node.name}", node.span, f"wasi.{node.name}: "
                                 f"{_node_type(analysis, node) or '?'}", "A WASI preview1 binding.")
    return None


def _classify_call(node: ast.Apply, analysis) -> IntrinsicCall | None:
    fn = node.fn
    name = fn.name if isinstance(fn, (ast.Ident, ast.Select)) else None
    if name == "withMemoryAllocator":
        return IntrinsicCall("allocator", name, node.span, "def withMemoryAllocator[T](body: MemoryAllocator => T): T",
                             "Opens a linear-memory allocation scope; every segment allocated in `body` is freed "
                             "when it returns.")
    if isinstance(fn, ast.Select):
        receiver = _node_type(analysis, fn.qualifier)
        if isinstance(fn.qualifier, ast.Ident) and fn.qualifier.name == "wasi":
            member = next((m for m in wasi_members() if m.name == fn.name and m.kind == "method"), None)
            sig = member.signature.replace("def ", "def wasi.", 1) if member else f"wasi.{fn.name}(...)"
            return IntrinsicCall("wasi", f"wasi.{fn.name}", node.span, sig, wasi_summary(fn.name))
        if fn.name == "allocate" and receiver in (None, "MemoryAllocator"):
            return IntrinsicCall("allocate", "allocate", node.span, "def allocate(size: Int): MemorySegment",
                                 "Reserves `size` bytes of linear memory, 8-byte aligned, until the allocator's "
                                 "scope ends.")
        m = _ACCESS.match(fn.name)
        if m and receiver in (None, "MemorySegment"):
            op, tpe = m.groups()
            width = _WIDTH[tpe]
            if op == "get":
                sig, what = f"def {fn.name}(offset: Int): {tpe}", "Reads"
            else:
                sig, what = f"def {fn.name}(offset: Int, value: {tpe}): Unit", "Writes"
            return IntrinsicCall("access", fn.name, node.span, sig,
                                 f"{what} a {width}-byte little-endian {tpe} at `offset` bytes into the segment "
                                 "(bounds-checked unless the build is unchecked).",
                                 bounds_proof=_bounds_proof(analysis, node.span))
    sym = _symbol_at(analysis, (fn.name_span if isinstance(fn, ast.Select) else fn.span).start) if name else None
    if sym is not None and getattr(sym, "import_module", None):
        key = (sym.import_module, sym.import_name)
        return IntrinsicCall("import", sym.name, node.span, _method_signature(sym),
                             f"Calls the Wasm import{_describe_key(key)}.", key)
    return _instance_call(sym, node.span)


def _instance_call(sym, span: Span) -> IntrinsicCall | None:
    """A call of a class's or trait's method: hover shows how it is dispatched (vtable, interface table or a
    direct call), from the instructions the build emitted for it."""
    from scalawasi.compiler.semantics.symbols import ClassSymbol, MethodSymbol

    if not isinstance(sym, MethodSymbol) or sym.is_static or sym.is_local or not isinstance(sym.owner, ClassSymbol):
        return None
    return IntrinsicCall("dispatch", sym.name, span, _method_signature(sym),
                         f"A call of a method of {'trait' if sym.owner.is_trait else 'class'} {sym.owner.name}.")


def _dispatch_note(lines: list[str]) -> str:
    if any(line.startswith("call_ref") for line in lines):
        if any(line.startswith("array.get $ITable") for line in lines):
            return ("*Trait dispatch: the receiver's vtable gives its class's interface tables, the trait's entry "
                    "gives the method, called with `call_ref`.*")
        return "*Virtual call: the receiver's vtable slot for the method is loaded and called with `call_ref`.*"
    return "*Direct call: every class the receiver can have in this program runs the same implementation.*"


def wasi_summary(method: str) -> str:
    """What a `wasi.*` call does, its parameters by their preview1 names, and what its errno results mean."""
    name = wasi_table.BY_CAMEL_CASE.get(method)
    if name is None:
        return "Not a WASI preview1 function."
    kinds, results = wasi_table.SIGNATURES[name]
    params = wasi_table.PARAM_NAMES.get(name, ())
    lines = [f"Calls the WASI preview1 function `{name}`"
             + ("; returns its errno (0 = success)." if results else "; it does not return.")]
    if params:
        lines.append("\n".join(f"- `{wasi_table.camel_case(p)}` ({k}){' — written by the call' if p.startswith('retptr') else ''}"
                               for p, k in zip(params, kinds)))
    note = wasi_table.NOTES.get(name)
    if note:
        lines.append(f"Note: {note}.")
    if results:
        lines.append("errno: " + ", ".join(f"{n} `{wasi_table.ERRNO[n][0]}` ({wasi_table.ERRNO[n][1]})"
                                           for n in _COMMON_ERRNOS))
    return "\n\n".join(lines)


_COMMON_ERRNOS = (0, 2, 6, 8, 21, 28, 29, 44, 52, 58, 63, 76)


def _bounds_proof(analysis, span: Span) -> str | None:
    """The range analysis's reason (the one the lowering acted on) for the access at exactly this span."""
    from scalawasi.compiler.intrinsics.ranges import describe_proof

    for access in segment_accesses(getattr(analysis, "program", None)):
        if access.span == span:
            return describe_proof(access)
    return None


def _import_key(ann: ast.Annotation) -> tuple[str, str] | None:
    parts = [a.value for a in ann.args if isinstance(a, ast.Literal) and isinstance(a.value, str)]
    return (parts[0], parts[1]) if len(parts) >= 2 else None


def _describe_key(key) -> str:
    return f' `"{key[0]}" "{key[1]}"`' if key else ""


def _method_signature(sym) -> str:
    params = getattr(sym, "params", None)
    plist = "" if params is None else "(" + ", ".join(f"{p.name}: {p.tpe}" for p in params) + ")"
    result = getattr(sym, "result", None)
    owner = getattr(getattr(sym, "owner", None), "name", None)
    prefix = f"{owner}." if owner else ""
    return f"def {prefix}{sym.name}{plist}: {result if result is not None else '?'}"


def _type_hover(chain: list, offset: int, analysis) -> HoverText | None:
    """Where no name is under the cursor (a literal, an operator): the type of the innermost typed expression."""
    for node in reversed(chain):
        tpe = _node_type(analysis, node)
        if tpe is not None:
            return HoverText(f"```scala\n{tpe}\n```", node.span)
    return None


# ------------------------------------------------------------------------------------------------- instructions


class LoweredIndex:
    """One build's WAT, indexed by source span: the instructions each typed-tree node produced, in WAT order."""

    def __init__(self, build) -> None:
        wat = build.wat_text
        self.text: str = wat.text
        self.by_span: dict[Span, list[tuple[int, int, int]]] = {}  # span -> [(order, start, end)]
        for order, (start, end, instr) in enumerate(wat.instr_ranges):
            span = getattr(instr, "span", None)
            if span is not None:
                self.by_span.setdefault(span, []).append((order, start, end))
        self.imports: dict[str, str] = {}  # $func name -> import line
        self.imports_by_key: dict[tuple[str, str], str] = {}
        for line in self.text.splitlines():
            m = re.match(r'\s*\(import "([^"]*)" "([^"]*)" \(func \$(\S+)', line)
            if m:
                self.imports[m.group(3)] = line.strip()
                self.imports_by_key[(m.group(1), m.group(2))] = line.strip()

    def instruction_text(self, start: int, end: int) -> str:
        return self.text[start:end].split("\n", 1)[0].rstrip()

    def groups(self, span: Span) -> list[list[str]]:
        """Runs of consecutive instructions with exactly this span (a scope's entry and exit are two runs)."""
        runs: list[list[str]] = []
        last = None
        for order, start, end in self.by_span.get(span, ()):
            if last is None or order != last + 1:
                runs.append([])
            runs[-1].append(self.instruction_text(start, end))
            last = order
        return runs


def intrinsic_markdown(call: IntrinsicCall, index: LoweredIndex | None, unchecked: bool,
                       build_problem: str | None) -> str:
    parts = [f"```scala\n{call.signature}\n```", call.summary]
    if index is None:
        parts.append(f"*No instructions to show: {build_problem or 'the program does not build'}.*")
        return "\n\n".join(parts)
    if call.kind == "import-def":
        line = index.imports_by_key.get(call.import_key) if call.import_key else None
        parts.append(f"```wasm\n{line}\n```" if line else "*The build imports no such function (it is never called).*")
        return "\n\n".join(parts)
    runs = index.groups(call.span)
    if not runs:
        parts.append("*The compiler emitted no instructions of its own for this call (folded into its neighbours "
                     "or removed as unused).*")
    elif call.kind == "allocator" and len(runs) >= 2:
        parts.append("Entry:\n```wasm\n" + "\n".join(runs[0]) + "\n```")
        for middle in runs[1:-1]:
            parts.append("```wasm\n" + "\n".join(middle) + "\n```")
        parts.append("Exit:\n```wasm\n" + "\n".join(runs[-1]) + "\n```")
    else:
        parts.append("```wasm\n" + "\n".join(line for run in runs for line in run) + "\n```")
    if call.kind == "dispatch" and runs:
        parts.append(_dispatch_note([line for run in runs for line in run]))
    if call.kind == "access" and unchecked:
        parts.append("*Bounds check elided: this is an unchecked build.*")
    elif call.kind == "access" and runs and not any("segmentOutOfBounds" in line for run in runs for line in run):
        if not any(re.search(r"\.(load|store)", line) for run in runs for line in run):
            parts.append("*No load and no bounds check: the same load ran just before, with no store, call or change "
                         "of its offset in between, so its value is reused.*")
        else:
            parts.append(f"*Bounds check elided: {call.bounds_proof or 'the compiler proved the access in bounds'}.*")
    if call.kind in ("wasi", "import"):
        called = {m.group(1) for run in runs for line in run for m in [re.match(r"call \$(\S+)", line)] if m}
        decls = [index.imports[c] for c in sorted(called) if c in index.imports]
        if not decls and call.import_key in index.imports_by_key:
            decls = [index.imports_by_key[call.import_key]]
        if decls:
            parts.append("Import:\n```wasm\n" + "\n".join(decls) + "\n```")
    return "\n\n".join(parts)
