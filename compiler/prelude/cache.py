"""The typed prelude kept on disk between processes, so a build does not parse and type it on every start.

The file is keyed by the package version and by a digest of the prelude's sources and of every source file of the
compiler itself: any edit (to the prelude, the parser, the typer, ...) gives another key, so a stale file is never
read. It lives in the user's private cache directory (see private_dir.py: unpickling runs code, so only a directory
no one else can write is used; the file is 0600), is written to a temporary file and renamed into place
(concurrent builds never see half a file), and anything wrong with it (missing, truncated, not private, from another
Python) means the prelude is typed again and the file rewritten.

What is stored is the typed tree and the syntax behind its symbols (typing a call of a library method reads its
definition: default and named arguments), without source spans: the prelude's code carries none in the module and
reports no diagnostics. Types that the compiler compares by identity (`t is INT`) are stored by name and come back
as the same objects.

A program reaches a few of the prelude's hundreds of methods, so the file holds every method's body (its typed
tree and its syntax) apart, pickled alone and unpickled the first time something reads `method.body`: the rest
of the file (the symbols, their signatures, the objects' initializers) is a fifth of the whole. A body refers to
the other symbols by their place in a table stored with them, so they keep their identity.
"""
from __future__ import annotations

import copyreg
import io
import os
import pickle
from pathlib import Path

from ..digest import compiler_digest, content_digest
from ..build_cache import with_recursion_limit
from ..private_dir import UnsafeCache, cache_root, open_private_directory, read_entry, write_entry
from ..semantics import tir
from ..semantics.context import Scope
from ..semantics.symbols import MethodSymbol, Symbol
from ..semantics.types import Type
from ..source import Span
from ..syntax.caseclasses import SyntheticSpan
from ..syntax import ast
from ..version import VERSION

COMPILER_DIR = Path(__file__).resolve().parent.parent
_NOWHERE = Span(0, 0)
_SYNTHETIC = SyntheticSpan(0, 0)


CACHE_SWITCH = "SCALAWASI_PRELUDE_CACHE"  # "off" switches the cache off


def cache_dir() -> Path | None:
    """`prelude` in the user's private scalawasi cache directory; None when switched off."""
    if os.environ.get(CACHE_SWITCH, "").lower() in ("off", "0", "no"):
        return None
    return cache_root() / "prelude"


def source_digest() -> str:
    """A digest of the prelude's Scala files and of the compiler's Python files (names and contents)."""
    return content_digest(COMPILER_DIR)


def cache_file() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"prelude-{VERSION}-{compiler_digest(COMPILER_DIR)}.pickle"


def _shared_types() -> dict[int, str]:
    """The type objects that must keep their identity, by name."""
    from ..intrinsics.library import MEMORY_ALLOCATOR, MEMORY_SEGMENT
    from ..semantics import types as st

    named = {f"st.{k}": v for k, v in vars(st).items() if isinstance(v, st.Type) and k.isupper()}
    named["MEMORY_SEGMENT"] = MEMORY_SEGMENT
    named["MEMORY_ALLOCATOR"] = MEMORY_ALLOCATOR
    return named


class _Pickler(pickle.Pickler):
    def __init__(self, file, table: dict[int, int] | None = None) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._types = {id(v): k for k, v in _shared_types().items()}
        self._table = table  # for a method body: id of a symbol or type stored with the skeleton -> its place

    def persistent_id(self, obj):
        if isinstance(obj, Span):
            return "synthetic span" if isinstance(obj, SyntheticSpan) else "span"
        name = self._types.get(id(obj))
        if name is not None:
            return name
        if self._table is not None:
            place = self._table.get(id(obj))
            if place is not None:
                return place
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file, table: list | None = None) -> None:
        super().__init__(file)
        self._types = _shared_types()
        self._table = table

    def persistent_load(self, pid):
        if pid == "span":
            return _NOWHERE
        if pid == "synthetic span":  # a generated member (a case class's equals): lowering tells them apart by it
            return _SYNTHETIC
        if isinstance(pid, int):
            return self._table[pid]
        return self._types[pid]


class _CachedMethod(MethodSymbol):
    """A prelude method from the file: its body (and its definition's syntax body) unpickled on first use."""

    @property
    def body(self):
        found = self.__dict__.get("_body", _MISSING)
        if found is _MISSING:
            bodies, index = self.__dict__["_stored"]
            found, syntax = bodies.load(index)
            if self.defn is not None:  # (a bridge the generics made has no definition of its own)
                self.defn.body = syntax
            self.__dict__["_body"] = found
        return found

    @body.setter
    def body(self, value) -> None:
        self.__dict__["_body"] = value

    @property
    def is_abstract(self) -> bool:
        return self.__dict__["_abstract"]  # recorded when stored: its definition's syntax body is not there yet


_MISSING = object()


def _new_cached_method() -> _CachedMethod:
    return _CachedMethod.__new__(_CachedMethod)


class _Bodies:
    """The methods' bodies, each a pickle of (typed body, syntax body), and the table of the symbols and types they
    share with the rest (filled when the file is read)."""

    def __init__(self, blobs: list[bytes]) -> None:
        self.blobs = blobs
        self.table: list = []

    def load(self, index: int):
        return with_recursion_limit(lambda: _Unpickler(io.BytesIO(self.blobs[index]), self.table).load())


def _shareable(obj) -> bool:
    return isinstance(obj, (Symbol, Type, Scope))


class _Discovery(_Pickler):
    """Pickles the program once to list, in order, the symbols, types and scopes outside the method bodies."""

    def __init__(self, file, lazy: dict[int, MethodSymbol]) -> None:
        super().__init__(file)
        self.lazy = lazy
        self.found: dict[int, object] = {}

    def persistent_id(self, obj):
        if _shareable(obj) and id(obj) not in self.found:
            self.found[id(obj)] = obj
        return super().persistent_id(obj)

    def reducer_override(self, obj):
        return _without_bodies(obj, self.lazy, None)


class _Skeleton(_Pickler):
    """Pickles the program with each method's body left out: the method comes back a `_CachedMethod`."""

    def __init__(self, file, lazy: dict[int, MethodSymbol], bodies: _Bodies) -> None:
        super().__init__(file)
        self.lazy = lazy
        self.bodies = bodies

    def reducer_override(self, obj):
        return _without_bodies(obj, self.lazy, self.bodies)


def _without_bodies(obj, lazy: dict[int, MethodSymbol], bodies: _Bodies | None):
    if type(obj) is MethodSymbol and id(obj) in lazy:
        state = {k: v for k, v in obj.__dict__.items() if k != "body"}
        state["_stored"] = (bodies, lazy[id(obj)][0])
        state["_abstract"] = obj.is_abstract
        return _new_cached_method, (), state
    if type(obj) is ast.DefDef and id(obj) in lazy:
        return copyreg.__newobj__, (ast.DefDef,), {**obj.__dict__, "body": None}
    return NotImplemented


def _dump(program) -> bytes:
    """The program as (skeleton, table, bodies): see the module's docstring."""
    methods = [m for owner in (*program.objects.values(), *program.classes.values()) for m in owner.every_method()]
    methods += program.local_methods
    lazy: dict[int, tuple[int, MethodSymbol]] = {}  # a method, and its definition, -> (its body's place, it)
    stored: list[MethodSymbol] = []
    for m in methods:
        if isinstance(m.body, tir.Expr) and id(m) not in lazy:
            lazy[id(m)] = (len(stored), m)
            stored.append(m)
            if m.defn is not None:
                lazy[id(m.defn)] = lazy[id(m)]
    discovery = _Discovery(io.BytesIO(), lazy)
    discovery.dump(program)
    table = list(discovery.found.values())
    places = {id(obj): i for i, obj in enumerate(table)}
    blobs: list[bytes] = []
    for m in stored:
        buffer = io.BytesIO()
        _Pickler(buffer, places).dump((m.body, m.defn.body if m.defn is not None else None))
        blobs.append(buffer.getvalue())
    bodies = _Bodies(blobs)
    buffer = io.BytesIO()
    _Skeleton(buffer, lazy, bodies).dump((program, table))
    return buffer.getvalue()


def _read(data: bytes):
    program, table = _Unpickler(io.BytesIO(data)).load()
    for method in _cached_methods(program):
        method.__dict__["_stored"][0].table[:] = table
        break
    return program


def _cached_methods(program):
    for owner in (*program.objects.values(), *program.classes.values()):
        for m in owner.every_method():
            if isinstance(m, _CachedMethod):
                yield m


def load(path: Path):
    """The cached program, or None when there is no usable file (missing, damaged, or not private to the user)."""
    try:
        dir_fd = open_private_directory(path.parent)
    except (OSError, UnsafeCache):
        return None
    try:
        data = read_entry(path.parent, dir_fd, path.name)
    except (OSError, UnsafeCache):
        return None
    finally:
        os.close(dir_fd)
    try:
        return with_recursion_limit(lambda: _read(data))
    except Exception:  # noqa: BLE001 - a damaged or foreign file is only a cache miss
        return None


def store(path: Path, program) -> None:
    """Write the program atomically (a private temporary file renamed into place); a cache that cannot be written
    is silently skipped: a read-only home or a full disk must not fail the build."""
    try:
        data = with_recursion_limit(lambda: _dump(program))
        dir_fd = open_private_directory(path.parent)
    except (OSError, UnsafeCache, pickle.PicklingError, RecursionError):
        return
    try:
        if write_entry(dir_fd, path.name, data):
            _remove_stale(dir_fd, keep=path.name)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


_KEPT = 8  # several checkouts of the compiler may share one cache directory: keep theirs too


def _remove_stale(dir_fd: int, keep: str) -> None:
    """The oldest files beyond the few most recent: each edit of the compiler leaves one behind otherwise."""
    with os.scandir(dir_fd) as it:
        files = sorted(((e.stat(follow_symlinks=False).st_mtime, e.name) for e in it
                        if e.name.startswith("prelude-") and e.name.endswith(".pickle")), reverse=True)
    for _, name in files[_KEPT:]:
        if name != keep:
            try:
                os.unlink(name, dir_fd=dir_fd)
            except OSError:
                pass
