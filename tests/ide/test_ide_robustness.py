"""The editor queries answer on any text, however broken, and on syntax nodes they were not written for (the
language grows: a node kind added later must degrade to "nothing known here", never to a traceback)."""
from __future__ import annotations

from dataclasses import dataclass

from scalawasi.compiler.api import analyze
from scalawasi.compiler.ide.actions import actions_at
from scalawasi.compiler.ide.rename import plan_rename
from scalawasi.compiler.ide.structure import code_mentions, definitions, folds, selection_spans
from scalawasi.compiler.ide.symbols import SymbolIndex
from scalawasi.compiler.ide.tokens import semantic_tokens
from scalawasi.compiler.source import Span
from scalawasi.compiler.syntax import ast

from test_ide_actions import PROGRAM as ACTIONS
from test_ide_tokens import PROGRAM as TOKENS


def every_query(text: str) -> None:
    analysis = analyze(text, "broken.scala")
    index = SymbolIndex.of_analysis(analysis)
    data = analysis.source.data
    tokens = semantic_tokens(data, index, analysis.unit, getattr(analysis.model, "node_types", None))
    folds(analysis.unit, tokens)
    definitions(analysis.unit)
    code_mentions(data, tokens)
    for offset in range(0, len(data) + 1, 7):
        selection_spans(analysis.unit, offset, index)
        actions_at(data, analysis.unit, index, Span(offset, offset))
        plan_rename(index, offset, "renamed")


def test_every_prefix_of_two_programs():
    for text in (TOKENS, ACTIONS):
        for end in range(0, len(text), 23):
            every_query(text[:end])


def test_scrambled_programs():
    for text in (TOKENS, ACTIONS):
        every_query(text.replace("{", "", 1))
        every_query(text.replace(")", "", 2))
        every_query(text.replace("=", "=>"))
        every_query(text.replace("val ", "val val "))


@dataclass(eq=False)
class FutureNode(ast.Expr):
    """A node kind the editor queries do not know (as a new language feature would add)."""

    inner: ast.Expr
    label: str = "future"


def test_an_unknown_node_kind_is_walked_through():
    analysis = analyze(ACTIONS, "future.scala")
    main = analysis.unit.defs[0].body[-1]
    block = main.body
    block.stats[1] = FutureNode(block.stats[1].span, block.stats[1])  # `var total = twice(3)` inside a new node
    index = SymbolIndex.of_analysis(analysis)
    assert "total" in {e.name for e in index.entities.values()}  # found through the unknown node
    data = analysis.source.data
    folds(analysis.unit, semantic_tokens(data, index, analysis.unit, analysis.model.node_types))
    at = ACTIONS.index("total = ")
    assert selection_spans(analysis.unit, at, index)[0] == Span(at, at + len("total"))
    actions_at(data, analysis.unit, index, Span(at, at))
