"""A module's instruction map (each instruction's offset in the module, with its source span), kept unexpanded
where it comes from stored bodies.

The binary writer gives, for every instruction, its offset and the instruction (or what stands for it: anything
with a `span`). A body reused from an earlier build (prebuilt.py) has no instruction objects, only arrays: each
instruction's offset in its code, the index slots that move the bytes after them, and each instruction's span as an
index into a table of distinct spans. Expanding those into a pair per instruction took a rebuild of 3,000 stored
functions about a tenth of its time, for a map that only a trap's line and the build cache's copy of it read. An
`InstrMap` keeps such bodies as `PrebuiltSpans` parts and reads as the list of (offset, instruction) pairs,
expanded the first time it is read; `compact()` is what the build cache stores (the parts, and the other pairs
packed as numbers), from which `InstrMap.from_compact` makes the same map again. Spans are the compiler's: each part
is given the type to make them with (`make_span(start, end)`), so that this library stays free of the language.
"""
from __future__ import annotations

from array import array
from bisect import bisect_right


class SpanOnly:
    """Stands for an instruction in the instruction map where only its span is kept."""

    __slots__ = ("span",)

    def __init__(self, span) -> None:
        self.span = span


class PrebuiltSpans:
    """The instructions of one prebuilt body: `rels` their offsets in its code, `shifts` (slot position, how far
    the bytes after it moved when the slots were written), `at` where its code starts in the module (less the moves),
    `which` each instruction's index into `bounds` (start, end pairs of distinct spans, -1 for none), `base` what
    to add to those (the place of the definition now), make_span what makes a span of them."""

    __slots__ = ("at", "rels", "shifts", "which", "bounds", "base", "make_span")

    def __init__(self, at: int, rels, shifts: list, which, bounds, base: int, make_span) -> None:
        self.at, self.rels, self.shifts, self.which, self.bounds, self.base = at, rels, shifts, which, bounds, base
        self.make_span = make_span

    def moved(self, by: int) -> "PrebuiltSpans":
        return PrebuiltSpans(self.at + by, self.rels, self.shifts, self.which, self.bounds, self.base,
                             self.make_span)

    def __len__(self) -> int:
        return len(self.rels)

    def expand(self, out: list) -> None:
        bounds, base, make_span = self.bounds, self.base, self.make_span
        spanned = [SpanOnly(None if start < 0 else make_span(start + base, end + base))
                   for start, end in zip(bounds[::2], bounds[1::2])]
        instrs = [spanned[i] for i in self.which]
        rels = self.rels
        start = moved = 0
        # Each instruction moves by the slots before it: runs of instructions between two slots move alike.
        for at, after in self.shifts:
            end = bisect_right(rels, at, start)
            if end > start:
                at_base = self.at + moved
                out.extend(zip([at_base + rel for rel in rels[start:end]], instrs[start:end]))
                start = end
            moved = after
        at_base = self.at + moved
        out.extend(zip([at_base + rel for rel in rels[start:]], instrs[start:]))

    def __reduce__(self):
        return PrebuiltSpans, (self.at, self.rels, self.shifts, self.which, self.bounds, self.base, self.make_span)


class _Packed:
    """Pairs kept as numbers (offset, span start, span end; -1 for no span), as the build cache stores them."""

    __slots__ = ("numbers", "make_span")

    def __init__(self, numbers: array, make_span) -> None:
        self.numbers = numbers
        self.make_span = make_span

    def __len__(self) -> int:
        return len(self.numbers) // 3

    def expand(self, out: list) -> None:
        n, make_span = self.numbers, self.make_span
        out.extend((n[i], SpanOnly(None if n[i + 1] < 0 else make_span(n[i + 1], n[i + 2])))
                   for i in range(0, len(n), 3))

    def __reduce__(self):
        return _Packed, (self.numbers, self.make_span)


class InstrMap:
    """The (offset, instruction) pairs of a module, in offset order: a sequence, expanded on first read."""

    def __init__(self, items: list) -> None:
        self._items = items  # (offset, instruction) pairs and parts (PrebuiltSpans, _Packed), in order
        self._pairs: list | None = None

    @staticmethod
    def of(pairs) -> "InstrMap":
        """pairs as an InstrMap (the binary writer gives a plain list when no body was a stored one)."""
        return pairs if isinstance(pairs, InstrMap) else InstrMap(pairs if isinstance(pairs, list) else list(pairs))

    @staticmethod
    def from_compact(parts) -> "InstrMap | None":
        """The map `compact()` gave; None for anything else (a damaged or foreign cache entry)."""
        if not isinstance(parts, list) or not all(type(p) is _Packed or type(p) is PrebuiltSpans for p in parts):
            return None
        return InstrMap(parts)

    def _expanded(self) -> list:
        pairs = self._pairs
        if pairs is None:
            pairs = []
            for item in self._items:
                if type(item) is tuple:
                    pairs.append(item)
                else:
                    item.expand(pairs)
            self._pairs = pairs
        return pairs

    def __len__(self) -> int:
        return len(self._expanded())

    def __getitem__(self, i):
        return self._expanded()[i]

    def __iter__(self):
        return iter(self._expanded())

    def compact(self, make_span) -> list:
        """The map as parts that pickle as arrays (what the build cache keeps; `from_compact` reads it back, making
        the spans of the pairs with make_span). Pairs whose instruction has no span are left out: only spans are
        looked up."""
        parts: list = []
        numbers: array | None = None
        for item in (self._items if self._pairs is None else self._pairs):
            if type(item) is tuple:
                span = item[1].span
                if span is None:
                    continue
                if numbers is None:
                    numbers = array("q")
                    parts.append(_Packed(numbers, make_span))
                numbers.extend((item[0], span.start, span.end))
            else:
                numbers = None
                parts.append(item)
        return parts
