"""Shrinks a program that behaves differently on the JVM and through scalawasi to a small one that still does.

Greedy and batched: each round lists every one-step simplification of the current program (drop a statement or a
run of statements, put a nested block's statements in place of its loop or `if`, replace an expression by a
sub-expression of the same type or by the simplest value of its type), keeps those scalawasi still compiles, and
asks the JVM about them many at a time (one scalac call per batch), smallest first. The smallest candidate that
still differs in the same way becomes the current program; it stops when no candidate does.
"""
from __future__ import annotations

import copy
from typing import Callable

from .program import Block, Expr, Program, simplest

Edit = Callable[[Program], None]


def _remove_range(block_index: int, start: int, stop: int) -> Edit:
    def edit(p: Program) -> None:
        block = list(p.blocks())[block_index]
        del block.stmts[start:stop]
    return edit


def _inline_block(block_index: int, stmt_index: int, kid_index: int) -> Edit:
    def edit(p: Program) -> None:
        block = list(p.blocks())[block_index]
        inner = block.stmts[stmt_index].kids[kid_index]
        block.stmts[stmt_index:stmt_index + 1] = inner.stmts
    return edit


def _replace_expr(expr_index: int, replacement: Callable[[Expr], Expr]) -> Edit:
    def edit(p: Program) -> None:
        holder, i, e = list(p.exprs())[expr_index]
        holder[i] = replacement(e)
    return edit


def candidates(program: Program) -> list[Program]:
    edits: list[Edit] = []
    for b, block in enumerate(program.blocks()):
        n = len(block.stmts)
        removable = [s.removable for s in block.stmts]
        chunk = n // 2
        while chunk >= 2:
            for start in range(0, n - chunk + 1, chunk):
                if all(removable[start:start + chunk]):
                    edits.append(_remove_range(b, start, start + chunk))
            chunk //= 2
        for i, stmt in enumerate(block.stmts):
            if stmt.removable:
                edits.append(_remove_range(b, i, i + 1))
                for k, kid in enumerate(stmt.kids):
                    if isinstance(kid, Block) and block.braces:
                        edits.append(_inline_block(b, i, k))
    for x, (_, _, e) in enumerate(program.exprs()):
        for k, kid in enumerate(e.kids):
            if kid.tpe == e.tpe:
                edits.append(_replace_expr(x, lambda old, k=k: old.kids[k]))
        small = simplest(e.tpe)
        if small is not None and (e.kids or e.fmt != small.fmt):
            edits.append(_replace_expr(x, lambda old, small=small: copy.deepcopy(small)))
    out = []
    for edit in edits:
        p = copy.deepcopy(program)
        edit(p)
        out.append(p)
    return out


def reduce(program: Program, still_differs: Callable[[list[str]], list[bool]], compiles: Callable[[str], bool],
           batch: int = 24, max_rounds: int = 60, log: Callable[[str], None] = lambda _: None) -> Program:
    """`still_differs(texts)` runs a batch on both sides and says, for each, whether it still differs the same way;
    `compiles(text)` says whether scalawasi accepts it (cheap, asked first)."""
    current = program
    for round_number in range(max_rounds):
        seen: set[str] = {current.render()}
        viable: list[tuple[int, str, Program]] = []
        for candidate in candidates(current):
            text = candidate.render()
            if text in seen:
                continue
            seen.add(text)
            viable.append((len(text), text, candidate))
        viable.sort(key=lambda item: item[0])
        improved = None
        for start in range(0, len(viable), batch):
            chunk = [v for v in viable[start:start + batch] if compiles(v[1])]
            if not chunk:
                continue
            verdicts = still_differs([text for _, text, _ in chunk])
            hits = [c for c, ok in zip(chunk, verdicts) if ok]
            if hits:
                improved = hits[0][2]
                break
        if improved is None:
            break
        current = improved
        log(f"round {round_number + 1}: {len(current.render())} characters")
    return current
