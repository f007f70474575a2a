"""What the converter's parts share: node kinds, operator precedence and small helpers over tree-sitter nodes."""
from __future__ import annotations

from tree_sitter import Node as TSNode

from ..source import Span

COMMENTS = frozenset({"comment", "block_comment"})
DEFINITIONS = frozenset(
    {"function_definition", "val_definition", "var_definition", "class_definition", "object_definition"}
)
TOP_LEVEL_SALVAGE = frozenset(
    {"object_definition", "class_definition", "trait_definition", "import_declaration", "ERROR"}
)
# Comparison operators end in `=` but are not assignment operators.
_NOT_ASSIGNMENT_OPS = frozenset({"<=", ">=", "!=", "=="})
_PRECEDENCE_BY_FIRST_CHAR = {
    "|": 2, "^": 3, "&": 4, "=": 5, "!": 5, "<": 6, ">": 6, ":": 7, "+": 8, "-": 8, "*": 9, "/": 9, "%": 9,
}  # fmt: skip
UNSUPPORTED_MODIFIERS = {
    "implicit": "`implicit`",
    "given": "`given`",
    "transparent_modifier": "`transparent`",
    "opaque_modifier": "`opaque`",
    "infix_modifier": "`infix`",
    "open_modifier": "`open`",
}
UNSUPPORTED_DEFINITIONS = {
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


def span_of(node: TSNode) -> Span:
    return Span(node.start_byte, node.end_byte)


def strip_backquotes(name: str) -> str:
    if len(name) >= 2 and name[0] == "`" and name[-1] == "`":
        return name[1:-1]
    return name


def next_is_missing(node: TSNode) -> bool:
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


def article(what: str) -> str:
    """'a trait', 'an enum', 'an abstract val' for messages; names that read as plurals stay bare."""
    if what in ("given", "export"):
        return f"`{what}`"
    return ("an " if what[0] in "aeiou" else "a ") + what


def is_implicit_list(node: TSNode) -> bool:
    """Whether a parameter list is written `(implicit a: A, b: B)`."""
    return any(c.type == "implicit" for c in node.children)
