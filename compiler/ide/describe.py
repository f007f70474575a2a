"""How a symbol is shown to a person: its declared signature in Scala syntax, and its Scaladoc as Markdown."""
from __future__ import annotations

import re

from ..semantics import symbols as sy
from ..semantics.classtags import written_params
from ..syntax import ast


def type_name(t) -> str:
    return "?" if t is None else str(getattr(t, "name", t))


def param_text(p) -> str:
    """`name: Type` of a parameter symbol (`=> T` for a by-name one) or of a syntax parameter."""
    if isinstance(p, sy.LocalSymbol):
        tpe = p.tpe
        if p.by_name:
            return f"{p.name}: => {type_name(getattr(tpe, 'result', tpe))}"
        return f"{p.name}: {type_name(tpe)}"
    written = getattr(p, "tpe", None)
    return f"{p.name}: {_written(written)}" if written is not None else p.name


def _written(ref) -> str:
    if ref is None:
        return "?"
    args = getattr(ref, "args", None)
    return f"{ref.name}[{', '.join(_written(a) for a in args)}]" if args else ref.name


def method_params(sym) -> list[str]:
    return [param_text(p) for p in written_params(getattr(sym, "params", None))]


def signature(sym, node=None) -> str:
    """The declaration of a symbol as it would be written (`def f(x: Int): Int`, `val n: Long`, `class P(x: Int)`);
    node: its definition in the tree, used when typing did not give the symbol (or gave no type)."""
    if isinstance(sym, sy.MethodSymbol):
        if sym.is_constructor:
            return f"def this({', '.join(method_params(sym))})"
        params = "" if sym.params is None else f"({', '.join(method_params(sym))})"
        result = sym.result if sym.result is not None else None
        if result is None and isinstance(node, ast.DefDef) and node.ret is not None:
            return f"def {sym.name}{params}: {_written(node.ret)}"
        return f"def {sym.name}{params}: {type_name(result)}"
    if isinstance(sym, sy.FieldSymbol):
        keyword = "var" if sym.mutable else "val"
        return f"{keyword} {sym.name}: {type_name(sym.tpe)}"
    if isinstance(sym, sy.LocalSymbol):
        if sym.is_param:
            return param_text(sym)
        return f"{'var' if sym.mutable else 'val'} {sym.name}: {type_name(sym.tpe)}"
    if isinstance(sym, sy.ClassSymbol):
        params = ", ".join(param_text(p) for p in written_params(sym.params)) if sym.params else (
            ", ".join(param_text(p) for p in getattr(sym.defn, "params", ()) or ()))
        return f"class {sym.name}({params})"
    if isinstance(sym, sy.ObjectSymbol):
        return f"object {sym.name}"
    if sym is None and node is not None:
        return syntax_signature(node)
    return f"{getattr(sym, 'name', '?')}"


def syntax_signature(node) -> str:
    """The declaration as written in the tree (the types that were written, `?` where none is)."""
    if isinstance(node, ast.DefDef):
        params = "" if node.params is None else f"({', '.join(param_text(p) for p in node.params)})"
        return f"def {node.name}{params}: {_written(node.ret)}"
    if isinstance(node, ast.ValDef):
        return f"{'var' if node.mutable else 'val'} {node.name}: {_written(node.tpe)}"
    if isinstance(node, ast.ClassDef):
        return f"class {node.name}({', '.join(param_text(p) for p in node.params)})"
    if isinstance(node, ast.ObjectDef):
        return f"object {node.name}"
    if isinstance(node, ast.Param):
        return param_text(node)
    return getattr(node, "name", "?")


def owner_prefix(sym) -> str:
    owner = getattr(sym, "owner", None)
    if isinstance(sym, (sy.MethodSymbol, sy.FieldSymbol)) and owner is not None and not getattr(sym, "is_local", False):
        return f"{'object' if isinstance(owner, sy.ObjectSymbol) else 'class'} {owner.name}"
    return ""


# ------------------------------------------------------------------------------------------------ Scaladoc

_ANNOTATION_LINE = re.compile(rb"^[ \t]*@\w+(\([^\n]*\))?[ \t]*$")
_MODIFIERS = re.compile(rb"(?:(?:private|protected|override|final|implicit|lazy|sealed|abstract|case)(?:\[\w+\])?\s+)*$")


def own_span(sym):
    """Where a symbol's own name is written, or None for one the compiler generated (a case class's `copy` or
    `equals`: placed at the class's name, whose comment is not theirs)."""
    from ..syntax.caseclasses import SyntheticSpan

    span = getattr(sym, "span", None)
    if span is None or span.end <= span.start or isinstance(span, SyntheticSpan):
        return None
    owner = getattr(sym, "owner", None)
    if owner is not None and getattr(owner, "span", None) == span:
        return None
    return span


def doc_comment(data: bytes, name_start: int) -> str | None:
    """The `/** ... */` comment written just before the definition whose name starts at name_start (above its
    annotations and modifiers), without its comment markers; None when there is none."""
    line_start = data.rfind(b"\n", 0, name_start) + 1
    head = data[line_start:name_start]
    keyword = re.search(rb"\b(def|val|var|class|object|trait|type)\s+$", head)
    if keyword is None:
        return None  # a parameter or a pattern: no comment of its own
    before = head[: keyword.start()]
    if before.strip() and not _MODIFIERS.search(before.strip() + b" "):
        return None  # something else on the line before the definition
    end = line_start
    while True:  # skip annotation lines and blank lines above
        text = data[:end].rstrip()
        prev_start = text.rfind(b"\n") + 1
        if _ANNOTATION_LINE.match(text[prev_start:]):
            end = prev_start
            continue
        break
    text = data[:end].rstrip()
    if not text.endswith(b"*/"):
        return None
    start = text.rfind(b"/**")
    if start < 0 or b"*/" in text[start + 3:-2]:
        return None
    body = text[start + 3:-2].decode("utf-8", "replace")
    lines = [re.sub(r"^\s*\*? ?", "", line) for line in body.splitlines()]
    return "\n".join(lines).strip() or None


def doc_markdown(comment: str) -> str:
    """Scaladoc as Markdown: the description, then `@param`, `@return`, `@throws`, `@note`, `@see` as a list;
    `{{{ code }}}` as a Scala code block, `[[link]]` as code."""
    comment = re.sub(r"\{\{\{(.*?)\}\}\}", lambda m: f"\n```scala\n{m.group(1).strip()}\n```\n", comment, flags=re.S)
    comment = re.sub(r"\[\[([^\]]+)\]\]", r"`\1`", comment)
    description: list[str] = []
    tags: list[str] = []
    current: list[str] | None = None
    for line in comment.splitlines():
        m = re.match(r"@(\w+)\s*(.*)", line.strip())
        if m:
            tag, rest = m.groups()
            if tag in ("param", "tparam"):
                name, _, text = rest.partition(" ")
                tags.append(f"- `{name}` — {text.strip()}")
            elif tag == "return":
                tags.append(f"- **Returns** {rest}")
            elif tag == "throws":
                name, _, text = rest.partition(" ")
                tags.append(f"- **Throws** `{name}` {text.strip()}".rstrip())
            else:
                tags.append(f"- **{tag.capitalize()}** {rest}")
            current = tags
            continue
        if current is tags and line.strip() and tags:
            tags[-1] += " " + line.strip()
        else:
            description.append(line)
    text = "\n".join(description).strip()
    if tags:
        text = (text + "\n\n" if text else "") + "\n".join(tags)
    return text


def param_doc(comment: str | None, name: str) -> str | None:
    """The `@param name ...` text of a Scaladoc comment."""
    if not comment:
        return None
    m = re.search(rf"@param\s+{re.escape(name)}\s+(.*?)(?=\n\s*@|\Z)", comment, re.S)
    return " ".join(m.group(1).split()) if m else None
