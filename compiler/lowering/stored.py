"""Lowered functions kept across builds in the project's `.scalawasi/`, and reused: a rebuild lowers and encodes
only what changed.

A function lowered from one of the user's definitions depends on the definition's text, the program's outline
(syntax/outline.py: everything but the bodies of the methods that declare their result type) and the build options;
that is its key, with the definition's stable name (a prelude function's: its stable name, the compiler's digest
covering the prelude). Not its place: the spans of its instructions are kept relative to the definition's start, so
a line added above the definition moves the function without making it another. What is stored is what the
in-process reuse of prelude functions keeps (codegen.py): the uses of module entities its lowering recorded, in
order, and the function, as an encoded body (wasm/prebuilt.py: its bytes with each index a slot). Replaying the
uses adds the entities a fresh lowering would add, in the same order, so the module stays byte for byte a fresh
build's; ids compare by identity, so the stored body names each id by the use that gave it (or by its key among the
process-wide ids, SHARED), and the writer patches this build's indices in.

Only what can be named is stored: a function whose lowering recorded `unshareable` (closures, `try`, segments...),
that an extension took part in, that names a symbol with no stable name (a local def, a class defined in a block),
an id no use gave, or a span outside its definition (a default argument inlined from another file), is lowered
every time. Uses named `fact_...` are answers the lowering read from other methods' bodies, which the key does not
cover (a direct call's one target, whether a call runs an object's initialiser, a trait's id, whether a class is
extended, whether the program has a `try`): they are checked before anything is replayed, and a different answer is
a miss.
"""
from __future__ import annotations

import io
import pickle
from array import array

try:
    from _blake2 import blake2b  # hashlib would load OpenSSL first
except ImportError:  # another Python implementation
    from hashlib import blake2b

from ..semantics import types as st
from ..semantics.symbols import ClassSymbol, FieldSymbol, MethodSymbol, ObjectSymbol, Symbol
from ..source import Span
from ..syntax.stored_trees import has_body
from ..wasm import types as wt
from ..wasm.binary import own_name_maps
from ..wasm.ids import LocalId, _Id
from ..wasm.prebuilt import PrebuiltFunction, Unencodable, encode_body
from .shared import SHARED

KIND = "functions"  # the cache entry: {method key: (uses pickle, function pickle)} of the last build
TYPING_KIND = "typing"  # the entry of the typing records of those methods (semantics/skipping.py), by key

# What a stored use may be (Lowering's methods that record themselves), and the facts it may check: anything else
# read back is a foreign or damaged entry, a miss.
REPLAYABLE = frozenset({"method_function", "literal", "host_import", "helper", "mark_global", "array_type",
                        "vector_type", "made_vector_type", "char_array_type", "wrapped_array_type",
                        "class_type", "box_type", "any_dispatcher", "global_of", "init_function", "object_type",
                        "constructor", "method_type_id", "vtable_global", "class_initializer", "boolean_box"})
FACTS = frozenset({"fact_call_needs_init", "fact_direct_target", "fact_universal_target", "fact_trait_id",
                   "fact_is_extended", "fact_catches"})


class Unstorable(Exception):
    """The function names something without a stable name: it is not stored."""


class Stale(Exception):
    """A stored function whose facts no longer hold, or whose ids cannot be found: lowered afresh."""


def _named_constants() -> dict[str, object]:
    named = {f"st.{k}": v for k, v in vars(st).items() if isinstance(v, st.Type) and k.isupper()}
    named.update({f"box.{p.name}": b for p, b in st.BOXED_TYPES.items()})
    named.update({f"wt.{k}": v for k, v in vars(wt).items()
                  if isinstance(v, (wt.NumType, wt.PackedType, wt.AbsHeapType)) and k.isupper()})
    return named


class Symbols:
    """Stable names of the program's and the prelude's objects, classes, methods and fields, both ways."""

    def __init__(self, program, prelude) -> None:
        self.by_id: dict[int, tuple] = {}
        self.by_name: dict[tuple, object] = {}
        for side, prog in (("u", program), ("p", prelude)):
            for kind, owners in (("o", prog.objects), ("c", prog.classes)):
                for full, owner in owners.items():
                    self._owner((side, kind, full), owner)

    def _owner(self, name: tuple, owner) -> None:
        if getattr(owner, "local_scope", None) is not None or getattr(owner, "local_number", 0):
            return  # a class defined in a block: its name depends on other bodies
        self._add(name, owner)
        if isinstance(owner, ClassSymbol) and owner.tpe is not None:
            self._add(("tpe", name), owner.tpe)
        counts: dict[str, int] = {}
        for m in owner.every_method():
            n = counts[m.name] = counts.get(m.name, -1) + 1
            self._add(("m", name, m.name, n), m)
        for f in owner.fields.values():
            if f.owner is owner:
                self._add(("f", name, f.name), f)

    def _add(self, name: tuple, value) -> None:
        if id(value) not in self.by_id:
            self.by_id[id(value)] = name
            self.by_name[name] = value


class _NoProgram:
    objects: dict = {}
    classes: dict = {}


_NO_PROGRAM = _NoProgram()


class StoredFunctions:
    """The functions of one build's lowering: those of the last build found in the cache, and those lowered now."""

    def __init__(self, cache, options: tuple, outline: str, files, program=None, prelude=None) -> None:
        from ..build_cache import key

        self.cache = cache
        self.files = files
        self._prefix = blake2b(key("function", options, outline).encode(), digest_size=20)
        found = cache.get(KIND, key(KIND, options))
        self.found: dict[str, tuple[bytes, bytes]] = found if isinstance(found, dict) else {}
        self.typing = None  # semantics.skipping.BodySkipping: the typing of this build's bodies, when it took part
        self._replayed: dict[tuple, object] = {}  # use -> what replaying it gave, in this build
        self._keys: dict[tuple, str] = {}  # (kind, stable name, id of the definition) -> its key
        self._early_symbols: Symbols | None = None
        self.kept: dict[str, tuple[bytes, bytes]] = {}
        self.new = 0
        self.reused = 0
        self.unstorable: list[Exception] = []  # why functions were not stored (for measurements)
        self._options = options
        self._program, self._prelude = program, prelude
        self._symbols: Symbols | None = None
        self._constants = _named_constants()
        self._constant_names = {id(v): k for k, v in self._constants.items()}
        self._shared_names: dict[int, tuple] = {}
        self._shared_size = -1

    def attach(self, program, prelude) -> None:
        """The typed program and the prelude, for a StoredFunctions made before typing (to give keys to it)."""
        self._program, self._prelude = program, prelude
        self._symbols = None

    def typing_key(self, program, method: MethodSymbol) -> str | None:
        """method_key while the program is typed: the stable names are those of its symbols entered (the user's
        alone: a user's method is never named by the prelude). A key that differs from the lowering's is only a
        function not found, whose body is then typed when the lowering reads it."""
        defn = method.defn
        if method.is_local or defn is None or getattr(defn, "ret", None) is None or not has_body(defn):
            return None
        if self._early_symbols is None:
            self._early_symbols = Symbols(program, _NO_PROGRAM)
        name = self._early_symbols.by_id.get(id(method))
        return None if name is None else self._definition_key("method", name, defn)

    def typing_records(self) -> dict:
        """The typing records (semantics/skipping.py) of the last build, by key."""
        from ..build_cache import key

        found = self.cache.get(TYPING_KIND, key(TYPING_KIND, self._options))
        return found if isinstance(found, dict) else {}

    @property
    def symbols(self) -> Symbols:
        if self._symbols is None:
            self._symbols = Symbols(self._program, self._prelude)
        return self._symbols

    def method_key(self, method: MethodSymbol) -> str | None:
        """The key of a user method's function: its stable name and text; None: not a method to store."""
        defn = method.defn
        if method.is_local or defn is None or getattr(defn, "ret", None) is None or not has_body(defn):
            return None
        return self.definition_key("method", method, defn)

    def definition_key(self, kind: str, symbol, defn) -> str | None:
        """The key of a function lowered from one definition of the user's (a method; a class's or an object's
        constructor, body or initialiser, from the whole class or object): its stable name and text."""
        name = self.symbols.by_id.get(id(symbol))
        if name is None or defn is None:
            return None
        return self._definition_key(kind, name, defn)

    def _definition_key(self, kind: str, name: tuple, defn) -> str:
        memo = (kind, name, id(defn))  # (asked when the program is typed and again when it is lowered)
        found = self._keys.get(memo)
        if found is None:
            found = self._keys[memo] = self._digest(kind, name, defn)
        return found

    def _digest(self, kind: str, name: tuple, defn) -> str:
        span = defn.span
        source, local = self.files.local(span)
        h = self._prefix.copy()
        h.update(repr((kind, name, span.end - span.start)).encode())  # (not its place: a move keeps it)
        h.update(source.data[local.start:local.end])
        return h.hexdigest()

    def prelude_key(self, kind: str, symbol) -> str | None:
        """The key of a function lowered from the prelude (which the compiler's digest covers): its stable name."""
        name = self.symbols.by_id.get(id(symbol))
        if name is None:
            return None
        h = self._prefix.copy()
        h.update(repr((kind, name)).encode())
        return h.hexdigest()

    # ------------------------------------------------------------------------------------------ loading

    def load(self, lowering, key: str, fid, own: dict | None = None, base: int = 0) -> bool:
        """Add the function stored under key to the module, after replaying its uses; False when there is none
        (or it no longer holds: nothing was replayed then). own: ids it names that no use gives, by name. base:
        where its definition starts now (its instructions' spans are kept relative to it)."""
        found = self.found.get(key)
        if found is None:
            return False
        try:
            uses_blob, function_blob = found
            uses = _Loader(io.BytesIO(uses_blob), self, None).load()
            for name, *args in uses:
                if name in FACTS:
                    if getattr(lowering, name[len("fact_"):])(*args[:-1]) != args[-1]:
                        raise Stale(name)
                elif name not in REPLAYABLE:
                    raise Stale(name)
        except Exception:  # noqa: BLE001 - a fact that changed, a damaged or foreign entry: only a miss
            return False
        replayed = self._replayed
        results = []
        for use in uses:
            # A use replayed once is done for the whole build (it adds nothing the second time): its result.
            try:
                result = replayed[use]
            except KeyError:
                result = replayed[use] = lowering.replay(use)
            except TypeError:  # (an argument that cannot be hashed)
                result = lowering.replay(use)
            results.append(result)
        try:
            header, encoded, bounds, which = _Loader(io.BytesIO(function_blob), self,
                                                     (fid, uses, results, lowering, own)).load()
            name, params, param_types, results_types, local_names, local_types, type_id = header
            if len(which) != len(encoded.offsets) or (which and max(which) * 2 >= len(bounds)):
                raise Stale("spans")
        except Exception:  # noqa: BLE001 - an id this build does not have: lowered afresh (the uses replayed
            return False  # above are what that lowering does first, so the module is the same)
        encoded.instrs = None  # (the instruction map keeps the spans as they are: wasm/instrmap.py)
        encoded.spans = (which, bounds, base, Span)
        lowering.module.add_function(PrebuiltFunction(
            fid, name, [LocalId(p) for p in params], param_types, results_types,
            [(LocalId(n), t) for n, t in zip(local_names, local_types)], [], type_id, encoded=encoded))
        self.kept[key] = found
        self.reused += 1
        return True

    # ------------------------------------------------------------------------------------------ storing

    def store(self, lowering, key: str, function, uses: tuple, within=None, own: dict | None = None) -> None:
        """Keep a freshly lowered function for the next build, when everything it names can be named. within: the
        span of the definition it was lowered from (its instructions' spans must lie inside: they are stored
        relative to its start, so that the function holds wherever the definition moves), None: no instruction may
        have a span. own: ids it names that no use gives, by name (as `load` is given them)."""
        if ("unshareable",) in uses:
            self.unstorable.append(Unstorable("unshareable"))
            return
        for instr in function.body:
            span = instr.span
            if span is not None and (within is None or not (within.start <= span.start and span.end <= within.end)):
                return
        base = within.start if within is not None else 0
        names: dict[int, tuple] = {id(function.id): ("self",)}
        for name, value in (own or {}).items():
            names.setdefault(id(value), ("own", name))
        for i, use in enumerate(uses):
            if use[0].startswith("fact_"):
                continue
            result = lowering.replay(use)  # (recorded already: answers from the lowering's own tables)
            if isinstance(result, _Id):
                names.setdefault(id(result), ("use", i))
            if use[0] == "init_function":
                names.setdefault(id(lowering.init_flags[use[1]]), ("flag", i))
        try:
            encoded = encode_body(function, lowering.memory)
            encoded.name_maps = own_name_maps(function)
            # The instructions' spans, each distinct one once (an expression's instructions share its span).
            bounds, which, seen = array("q"), array("i"), {}
            for instr in encoded.instrs:
                span = instr.span
                i = seen.get(id(span))
                if i is None:
                    if span is None:
                        bounds.extend((-1, -1))
                    elif type(span) is Span:
                        bounds.extend((span.start - base, span.end - base))
                    else:
                        raise Unstorable(span)  # (a synthetic span: lowering tells those apart)
                    i = seen[id(span)] = len(seen)
                which.append(i)
            header = (function.name, [p.name for p in function.params], function.param_types, function.results,
                      [loc.name for loc, _ in function.locals], [t for _, t in function.locals], function.type_id)
            instrs, encoded.instrs = encoded.instrs, []
            try:
                function_blob = self._dump((header, encoded, bounds, which), names)
            finally:
                encoded.instrs = instrs
            uses_blob = self._dump(uses, None)
            functions = lowering.module.functions
            if functions and functions[-1] is function:  # encoded already: the module writes these bytes
                functions[-1] = PrebuiltFunction(function.id, function.name, function.params,
                                                 function.param_types, function.results, function.locals, [],
                                                 function.type_id, encoded=encoded)
        except (Unstorable, Unencodable, pickle.PicklingError, TypeError, AttributeError, RecursionError) as exc:
            self.unstorable.append(exc)
            return
        self.kept[key] = (uses_blob, function_blob)
        self.new += 1

    def _dump(self, value, ids: dict[int, tuple] | None) -> bytes:
        out = io.BytesIO()
        _Storer(out, self, ids).dump(value)
        return out.getvalue()

    def shared_name(self, obj) -> tuple | None:
        if len(SHARED.ids) != self._shared_size:
            self._shared_size = len(SHARED.ids)
            self._shared_names = {id(v): k for k, v in SHARED.ids.items()}
        return self._shared_names.get(id(obj))

    def save(self) -> None:
        """Write this build's functions (reused and new) for the next build, when any is new."""
        from ..build_cache import key

        if self.new:
            self.cache.put(KIND, key(KIND, self._options), self.kept)
        typing = self.typing
        if typing is not None and (typing.made or self.new):
            # Only the records of methods whose function is kept: a body is skipped when both are found.
            records = {k: r for k in self.kept if (r := typing.made.get(k) or typing.skipped.get(k)) is not None}
            self.cache.put(TYPING_KIND, key(TYPING_KIND, self._options), records)


class _Storer(pickle.Pickler):
    def __init__(self, file, stored: StoredFunctions, ids: dict[int, tuple] | None) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.stored = stored
        self.ids = ids

    def persistent_id(self, obj):
        cls = obj.__class__
        if cls is str or cls is int or cls is tuple or cls is bytes or cls is list:
            return None
        name = self.stored._constant_names.get(id(obj))
        if name is not None:
            return ("const", name)
        if isinstance(obj, _Id):
            if self.ids is None:
                raise Unstorable(obj)
            found = self.ids.get(id(obj))
            if found is not None:
                return found
            shared = self.stored.shared_name(obj)
            if shared is None:
                raise Unstorable(obj)
            return ("shared", shared)
        if isinstance(obj, (Symbol, st.ClassType)) and not isinstance(obj, st.AppliedType):
            name = self.stored.symbols.by_id.get(id(obj))
            if name is None:
                raise Unstorable(obj)
            return ("sym", name)
        if isinstance(obj, st.Type) and not isinstance(obj, (st.StructuralType, st.AppliedType)):
            raise Unstorable(obj)  # a type parameter, compared by identity
        return None


class _Loader(pickle.Unpickler):
    def __init__(self, file, stored: StoredFunctions, context) -> None:
        super().__init__(file)
        self.stored = stored
        self.context = context  # (the function's id, the replayed uses' results, the lowering) for a function

    def persistent_load(self, pid):
        kind = pid[0]
        if kind == "const":
            return self.stored._constants[pid[1]]
        if kind == "sym":
            return self.stored.symbols.by_name[pid[1]]
        fid, uses, results, lowering, own = self.context
        if kind == "self":
            return fid
        if kind == "own":
            return own[pid[1]]
        if kind == "use":
            found = results[pid[1]]
        elif kind == "flag":
            found = lowering.init_flags[uses[pid[1]][1]]
        elif kind == "shared":
            found = SHARED.ids[pid[1]]
        else:
            raise Stale(pid)
        if not isinstance(found, _Id):
            raise Stale(pid)
        return found


class Watched:
    """A lowering extension whose taking part in a function (claiming a node, emitting code, adding a local) makes
    that function unshareable: what it does depends on facts (ranges, segments) this module cannot name."""

    def __init__(self, extension, lowering) -> None:
        self._extension = extension
        self._lowering = lowering

    def __getattr__(self, name: str):
        real = getattr(self._extension, name)
        if not callable(real):
            return real
        lowering = self._lowering

        def watched(*args, **kwargs):
            g = args[0] if args else None
            fb = getattr(g, "fb", None)
            before = (fb.position, len(fb._locals)) if fb is not None else None
            answer = real(*args, **kwargs)
            if answer or (fb is not None and (fb.position, len(fb._locals)) != before):
                lowering.record("unshareable")
            return answer

        return watched
