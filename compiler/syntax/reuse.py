"""What the next parse of the same file can reuse: tree-sitter's tree (re-parsed incrementally after the edit) and
the converted methods whose text did not change; and syntax trees copied with moved spans."""
from __future__ import annotations

import threading
from collections import OrderedDict

from ..source import Span, common_length
from . import ast


class ParsedTrees:
    """The last tree-sitter tree of each file, so that the next parse re-reads only what changed (an edit in the
    middle of a 5,000-line file: about 4 ms instead of 40). Kept for a few files only; trees live in C memory."""

    FILES = 32
    _by_path: "OrderedDict[str, tuple[bytes, object]]" = OrderedDict()
    _lock = threading.Lock()

    @classmethod
    def parse(cls, parser, path: str, data: bytes):
        with cls._lock:
            previous = cls._by_path.get(path)
        if previous is None:
            tree = parser.parse(data)
        elif previous[0] == data:
            tree = previous[1]
        else:
            old_data, old_tree = previous
            start = common_length(old_data, data)
            suffix = min(common_length(old_data, data, from_end=True), min(len(old_data), len(data)) - start)
            old_end, new_end = len(old_data) - suffix, len(data) - suffix
            edited = old_tree.copy()  # another thread may be reading the kept tree
            edited.edit(start, old_end, new_end, _point(old_data, start), _point(old_data, old_end),
                        _point(data, new_end))
            tree = parser.parse(data, edited)
        with cls._lock:
            cls._by_path[path] = (data, tree)
            cls._by_path.move_to_end(path)
            while len(cls._by_path) > cls.FILES:
                cls._by_path.popitem(last=False)
        return tree


def _point(data: bytes, offset: int) -> tuple[int, int]:
    row = data.count(b"\n", 0, offset)
    return row, offset - (data.rfind(b"\n", 0, offset) + 1)


def forget_converted() -> None:
    """Drop the trees and converted methods kept for reuse (a benchmark measuring cold parses calls this)."""
    with ConvertedDefs._lock:
        ConvertedDefs._by_path.clear()
    with ParsedTrees._lock:
        ParsedTrees._by_path.clear()


class ConvertedDefs:
    """Methods converted by the last parse of a file, by text: an editor re-analyses a file after every keystroke, and
    all but the edited method are the same text again (perhaps moved, which only shifts their spans). Only what the
    latest parse of each file used is kept, so memory follows the files' size, not the number of edits."""

    FILES = 256
    _by_path: "OrderedDict[str, dict]" = OrderedDict()
    _lock = threading.Lock()

    def __init__(self, path: str, previous: dict) -> None:
        self.path = path
        self.previous = previous
        self.kept: dict = {}

    @classmethod
    def of(cls, path: str) -> "ConvertedDefs":
        with cls._lock:
            previous = cls._by_path.get(path, {})
        return cls(path, previous)

    def get(self, key: tuple, start: int) -> "ast.DefDef | None":
        found = self.kept.get(key) or self.previous.get(key)
        if found is None:
            return None
        if found.span.start != start:
            found = _shifted(found, start - found.span.start)
        self.kept[key] = found
        return found

    def put(self, key: tuple, converted: "ast.DefDef") -> None:
        self.kept[key] = converted

    def finish(self) -> None:
        with self._lock:
            self._by_path[self.path] = self.kept
            self._by_path.move_to_end(self.path)
            while len(self._by_path) > self.FILES:
                self._by_path.popitem(last=False)


_NODE_FIELDS: dict[type, tuple[str, ...]] = {}


def _shifted(node, delta: int):
    """A copy of a syntax tree with every span moved by delta bytes (the tree itself is never changed). A method's
    body, most of its tree, is copied only when first read (`moved_body`)."""
    return copy_tree(node, Shift(delta))


class Shift:
    """Moves a span by delta bytes. Two shifts make one (a body moved by several edits is copied once)."""

    __slots__ = ("delta",)

    def __init__(self, delta: int) -> None:
        self.delta = delta

    def __call__(self, span: Span) -> Span:
        return Span(span.start + self.delta, span.end + self.delta)


def then(first, second):
    """The move of a span by first, then by second."""
    if isinstance(first, Shift) and isinstance(second, Shift):
        return Shift(first.delta + second.delta)
    return lambda span: second(first(span))


def _moved_def(defn: "ast.DefDef", move) -> "ast.DefDef":
    """A copy of a method with its header's spans moved now and its body's when the body is first read."""
    pending = defn.__dict__.get("_moved_body")
    source, before = pending if pending is not None else (defn.body, None)
    copy = object.__new__(ast.DefDef)
    fields = _NODE_FIELDS.get(ast.DefDef)
    if fields is None:
        fields = _NODE_FIELDS[ast.DefDef] = tuple(ast.DefDef.__dataclass_fields__)
    for name in fields:
        if name != "body":
            setattr(copy, name, copy_tree(getattr(defn, name), move))
    if source is None:
        copy.body = None
    else:  # the unmoved body and how it moves
        copy.__dict__["_moved_body"] = (source, move if before is None else then(before, move))
    piece = defn.__dict__.get("_outline")
    if piece is not None:  # its part of the outline, which has no spans (syntax/outline.py)
        copy.__dict__["_outline"] = piece
    return copy


def moved_body(defn: "ast.DefDef"):
    """The body of a method moved by an edit, copied with moved spans on first read (ast.DefDef.__getattr__).
    Threads may race to read it: the first copy stored is the one every reader gets (trees are keyed by identity)."""
    state = defn.__dict__
    pending = state.get("_moved_body")
    if pending is None:
        try:
            return state["body"]
        except KeyError:
            raise AttributeError("body") from None
    source, move = pending
    body = copy_tree(source, move)
    body = state.setdefault("body", body)
    state.pop("_moved_body", None)  # after the body is in place: a reader finds one or the other
    return body


def has_body(defn: "ast.DefDef") -> bool:
    """Whether the method has a body, without copying a moved one."""
    state = defn.__dict__
    return state.get("_moved_body") is not None or state.get("body") is not None


def copy_tree(node, move):
    """A copy of a syntax tree with every span replaced by move(span) (the tree itself is never changed). The
    bodies of methods are copied when first read (`_moved_def`)."""
    if isinstance(node, Span):
        moved = move(node)  # (a generated node's span stays one: caseclasses.SyntheticSpan)
        return moved if type(node) is Span or type(moved) is not Span else type(node)(moved.start, moved.end)
    if isinstance(node, list):
        return [copy_tree(item, move) for item in node]
    if not isinstance(node, ast.Node):
        return node  # names, literal values, None
    cls = type(node)
    if cls is ast.DefDef:
        return _moved_def(node, move)
    fields = _NODE_FIELDS.get(cls)
    if fields is None:
        fields = _NODE_FIELDS[cls] = tuple(cls.__dataclass_fields__)
    copy = object.__new__(cls)
    for name in fields:
        setattr(copy, name, copy_tree(getattr(node, name), move))
    return copy
