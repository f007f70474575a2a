"""Syntax trees kept in the build cache with their method bodies apart, unpickled only when something reads one.

A rebuild through the cache reads every unchanged file's tree, but it types only the outline of most of them: the
bodies of the methods whose lowered function is reused are never typed (semantics/skipping.py), so nothing reads
them. `dumps` pickles a tree with the bodies of its methods that declare their result type (the bodies that the
outline leaves out, syntax/outline.py) in a pickle of their own, inside the tree's; `loads` gives back a tree whose
such methods are `StoredDefDef`s, otherwise the same nodes. The first body read unpickles them all: one pickle per
file, not per body, costs what the whole tree did when everything is read (an analysis types every body), and a
file whose bodies a build leaves untyped costs only its outline.

A body shares no node with the rest of its tree (the parser makes every node once; nothing in a body is referred
to from outside it), so unpickling the bodies apart gives the same tree.
"""
from __future__ import annotations

import copyreg
import io
import pickle

from . import ast
from ..build_cache import with_recursion_limit


class _Bodies:
    """The bodies of one tree's stored methods, in one pickle until the first of them is read."""

    __slots__ = ("blob", "bodies")

    def __init__(self, blob: bytes) -> None:
        self.blob = blob
        self.bodies: list | None = None

    def get(self, i: int):
        if self.bodies is None:
            self.bodies = with_recursion_limit(lambda: pickle.loads(self.blob))
        return self.bodies[i]

    def __reduce__(self):
        return _Bodies, (self.blob,)


class StoredDefDef(ast.DefDef):
    """A method read from the cache: its body is unpickled (with its file's others) the first time it is read."""

    @property
    def body(self):
        state = self.__dict__
        stored = state.pop("_blob", None)
        if stored is not None:
            bodies, i = stored
            state["_body"] = bodies.get(i)
        return state.get("_body")

    @body.setter
    def body(self, value) -> None:
        self.__dict__.pop("_blob", None)
        self.__dict__["_body"] = value


def has_body(defn) -> bool:
    """Whether a definition has a body, without unpickling a stored one."""
    return "_blob" in defn.__dict__ or getattr(defn, "body", None) is not None


def _stored(state: dict, bodies: _Bodies, i: int) -> StoredDefDef:
    node = StoredDefDef.__new__(StoredDefDef)
    node.__dict__.update(state)
    node.__dict__["_blob"] = (bodies, i)
    return node


def _apart(value, found: list) -> None:
    """The methods of value whose bodies go apart, in order (not those inside such a body: they stay in it)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if type(node) is list or type(node) is tuple:
            stack.extend(node)
        elif isinstance(node, ast.DefDef) and node.ret is not None and has_body(node):
            found.append(node)
        elif isinstance(node, ast.Node):
            stack.extend(node.__dict__.values())


def dumps(value) -> bytes:
    """value (a syntax tree, or anything holding some) pickled with its methods' bodies apart."""
    methods: list = []
    _apart(value, methods)
    place = {id(m): i for i, m in enumerate(methods)}
    bodies = _Bodies(with_recursion_limit(lambda: pickle.dumps([m.body for m in methods],
                                                                protocol=pickle.HIGHEST_PROTOCOL)))

    def reduce_defdef(defn):
        i = place.get(id(defn))
        if i is None:
            return object.__reduce_ex__(defn, pickle.HIGHEST_PROTOCOL)
        state = {k: v for k, v in defn.__dict__.items() if k not in ("body", "_body", "_blob", "_outline")}
        return _stored, (state, bodies, i)

    table = copyreg.dispatch_table.copy()
    table[ast.DefDef] = table[StoredDefDef] = reduce_defdef
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = table
    with_recursion_limit(lambda: pickler.dump(value))
    return out.getvalue()


def loads(data: bytes):
    return with_recursion_limit(lambda: pickle.loads(data))
