"""Syntax trees kept in the build cache with each method body apart, unpickled only when something reads it.

A rebuild through the cache reads every unchanged file's tree, but it types only the outline of most of them: the
bodies of the methods whose lowered function is reused are never typed (semantics/skipping.py), so nothing reads
them. `dumps` pickles a tree with the body of each method that declares its result type (the bodies that the
outline leaves out, syntax/outline.py) as a pickle of its own, inside the tree's; `loads` gives back a tree whose
such methods are `StoredDefDef`s, which unpickle their body the first time `body` is read, and are otherwise the
same nodes. A body's own methods are kept the same way, inside its pickle.

A body shares no node with the rest of its tree (the parser makes every node once; nothing in a body is referred
to from outside it), so unpickling it apart gives the same tree.
"""
from __future__ import annotations

import copyreg
import io
import pickle

from . import ast
from ..build_cache import with_recursion_limit


class StoredDefDef(ast.DefDef):
    """A method read from the cache: its body is unpickled the first time it is read."""

    @property
    def body(self):
        state = self.__dict__
        blob = state.pop("_blob", None)
        if blob is not None:
            state["_body"] = with_recursion_limit(lambda: pickle.loads(blob))
        return state.get("_body")

    @body.setter
    def body(self, value) -> None:
        self.__dict__.pop("_blob", None)
        self.__dict__["_body"] = value


def has_body(defn) -> bool:
    """Whether a definition has a body, without unpickling a stored one."""
    return "_blob" in defn.__dict__ or getattr(defn, "body", None) is not None


def _stored(state: dict, blob: bytes) -> StoredDefDef:
    node = StoredDefDef.__new__(StoredDefDef)
    node.__dict__.update(state)
    node.__dict__["_blob"] = blob
    return node


def _reduce_defdef(defn: ast.DefDef):
    if defn.ret is None or defn.body is None:
        return object.__reduce_ex__(defn, pickle.HIGHEST_PROTOCOL)
    state = dict(defn.__dict__)
    body = state.pop("body")
    return _stored, (state, dumps(body))


def _reduce_stored(defn: StoredDefDef):
    state = dict(defn.__dict__)
    blob = state.pop("_blob", None)
    body = state.pop("_body", None)
    return _stored, (state, blob if blob is not None else dumps(body))


_TABLE = copyreg.dispatch_table.copy()
_TABLE[ast.DefDef] = _reduce_defdef
_TABLE[StoredDefDef] = _reduce_stored


def dumps(value) -> bytes:
    """value (a syntax tree, or anything holding some) pickled with its methods' bodies apart."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _TABLE
    with_recursion_limit(lambda: pickler.dump(value))
    return out.getvalue()


def loads(data: bytes):
    return with_recursion_limit(lambda: pickle.loads(data))
