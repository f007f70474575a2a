"""The generated program as a tree the reducer can cut: expressions (typed), statements and blocks, printed as Scala."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

INDENT = "  "


@dataclass
class Expr:
    """A Scala expression of a known type: `fmt` with `{0}`, `{1}`... holes filled by the printed `kids`.

    The reducer may replace it by any kid of the same type, or by `simplest(tpe)`."""

    tpe: str
    fmt: str
    kids: list["Expr"] = field(default_factory=list)

    def render(self) -> str:
        if not self.kids:
            return self.fmt
        return self.fmt.format(*(k.render() for k in self.kids))

    def size(self) -> int:
        return 1 + sum(k.size() for k in self.kids)


@dataclass
class Stmt:
    """A line (or a construct with nested blocks) of a block: `fmt` holes are filled by kids, which are Exprs or
    Blocks. `removable` is False for what the program cannot lose without becoming a different kind of program
    (the `def main` itself)."""

    fmt: str
    kids: list = field(default_factory=list)
    removable: bool = True

    def render(self, depth: int) -> str:
        parts = [k.render(depth) if isinstance(k, Block) else k.render() for k in self.kids]
        return INDENT * depth + (self.fmt.format(*parts) if parts else self.fmt)

    def size(self) -> int:
        return 1 + sum(k.size() for k in self.kids)


@dataclass
class Block:
    """Statements between braces (or, at the top, the file's definitions)."""

    stmts: list[Stmt]
    braces: bool = True

    def render(self, depth: int) -> str:
        inner_depth = depth + 1 if self.braces else depth
        lines = [s.render(inner_depth) for s in self.stmts]
        if not self.braces:
            return "\n".join(lines) + "\n"
        if not lines:
            return "{ }"
        return "{\n" + "\n".join(lines) + "\n" + INDENT * depth + "}"

    def size(self) -> int:
        return sum(s.size() for s in self.stmts)


@dataclass
class Program:
    """A whole file: top-level objects and classes; the one called Main has `main`."""

    top: Block

    def render(self) -> str:
        return self.top.render(0)

    def size(self) -> int:
        return self.top.size()

    def blocks(self) -> Iterator[Block]:
        """Every block, outermost first."""
        stack = [self.top]
        while stack:
            block = stack.pop(0)
            yield block
            for s in block.stmts:
                stack.extend(k for k in s.kids if isinstance(k, Block))

    def exprs(self) -> Iterator[tuple[list, int, Expr]]:
        """Every expression with the list holding it and its index there, outermost first."""
        todo: list[tuple[list, int]] = []
        for block in self.blocks():
            for s in block.stmts:
                todo.extend((s.kids, i) for i, k in enumerate(s.kids) if isinstance(k, Expr))
        while todo:
            holder, i = todo.pop(0)
            e = holder[i]
            yield holder, i, e
            todo.extend((e.kids, j) for j in range(len(e.kids)))


# The smallest expression of each type, what the reducer puts in place of a bigger one.
SIMPLEST = {
    "Int": "0", "Long": "0L", "Short": "0.toShort", "Byte": "0.toByte", "Char": "'a'", "Float": "0.0f",
    "Double": "0.0", "Boolean": "false", "String": '""',
}


def simplest(tpe: str) -> Expr | None:
    text = SIMPLEST.get(tpe)
    return Expr(tpe, text) if text is not None else None
