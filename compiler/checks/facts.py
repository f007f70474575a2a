"""What the memory checks found of one method, kept so that the next analysis of the file may leave the method
untyped (semantics/retype.py) and still check the rest of the program as a fresh analysis would.

The checks follow segments and allocators across calls through each method's summary (`memory.Summaries`: where
it stores its parameters, which it may return or allocate from, the chain of calls to a withMemoryAllocator it
opens), and report what they find walking each body. A method left untyped has no body to summarise or walk, so
its summary is taken from here (the checks then compute only the typed methods' summaries, with these fixed), and
so are the diagnostics its walk reported, in their order; the range analysis's facts of its accesses are in those
diagnostics already (out of bounds). The library's summaries (`memory.library_methods`) are needed when some body
opens a scope, for the library classes the bodies use: that is kept too.

Everything here is in the spans of the analysed text: `moved` gives the facts in the next text's spans, or None
when a span lies in the edited bytes (the method is then typed and checked again).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..diagnostics import Diagnostic
from ..source import SourceText, Span


@dataclass(frozen=True)
class Reported:
    """A check diagnostic, and the spans whose line numbers its message gives (in its order), with those lines:
    a line number in a message is not moved with its span, so it is computed again when the lines moved."""

    diagnostic: Diagnostic
    lines: tuple[tuple[Span, int], ...] = ()


@dataclass(frozen=True)
class Summary:
    """A method's summary (memory.Summaries) by parameter index: comparable between two analyses."""

    stores: tuple[tuple[int, frozenset], ...]  # parameter -> where it may be stored (memory.ESCAPES, THIS, j)
    returns: frozenset
    allocates_from: frozenset
    opens: tuple[tuple[Span, str], ...] | None  # the chain of calls to the withMemoryAllocator it opens

    @property
    def empty(self) -> bool:
        return not self.stores and not self.returns and not self.allocates_from and self.opens is None


@dataclass(frozen=True)
class MethodFacts:
    """What the checks found of one method: its summary, the diagnostics walking its body reported, and what
    `library_methods` reads of its body."""

    summary: Summary
    reported: tuple[Reported, ...] = ()
    scope: bool = False  # its body opens a withMemoryAllocator
    owners: tuple = ()  # the library's classes and objects its body calls into or makes (prelude symbols)


def summary_of(summaries, method) -> Summary:
    """method's summary as `memory.Summaries` computed it."""
    stores = summaries.stores.get(method) or {}
    opens = summaries.opens.get(method)
    return Summary(tuple(sorted((i, frozenset(places)) for i, places in stores.items() if places)),
                   frozenset(summaries.returns.get(method) or ()),
                   frozenset(summaries.allocates_from.get(method) or ()),
                   tuple(opens) if opens is not None else None)


def moved(facts: MethodFacts, edit, source: SourceText) -> MethodFacts | None:
    """The facts in the spans of the edited text (edit: semantics.retype.Edit, from the analysed text to source),
    line numbers in messages computed again; None when a span touches the edit."""
    summary = moved_summary(facts.summary, edit)
    if summary is None:
        return None
    reported = []
    for r in facts.reported:
        d = edit.moved_diagnostic(r.diagnostic)
        if d is None:
            return None
        lines = r.lines
        if lines:
            lines = []
            for span, line in r.lines:
                now = edit.moved(span)
                if now is None:
                    return None
                lines.append((now, source.position(now.start).line))
            if [line for _, line in lines] != [line for _, line in r.lines]:
                d = replace(d, message=relined(d.message, [line for _, line in r.lines],
                                               [line for _, line in lines]))
            lines = tuple(lines)
        reported.append(r if d is r.diagnostic and lines == r.lines else Reported(d, lines))
    if summary is facts.summary and all(a is b for a, b in zip(reported, facts.reported)):
        return facts
    return replace(facts, summary=summary, reported=tuple(reported))


def moved_summary(summary: Summary, edit) -> Summary | None:
    """The summary in the spans of the edited text (its chain's spans), or None when one touches the edit."""
    if summary.opens is None:
        return summary
    chain = []
    for span, text in summary.opens:
        now = edit.moved(span)
        if now is None:
            return None
        chain.append((now, text))
    chain = tuple(chain)
    return summary if chain == summary.opens else replace(summary, opens=chain)


def relined(message: str, old: list[int], new: list[int]) -> str:
    """message with its line numbers (`line N`, in the order they were computed) replaced by new ones."""
    out, at = [], 0
    for before, after in zip(old, new):
        found = re.compile(rf"\bline {before}(?!\d)").search(message, at)
        if found is None:
            break
        out.append(message[at:found.start()] + f"line {after}")
        at = found.end()
    return "".join(out) + message[at:]
