"""What lowering keeps for the whole process (ids and lowered prelude functions), and its constants."""
from __future__ import annotations

import threading
from typing import Callable

from ..wasm import Function

HEAP_START = 16384  # below: the runtime's I/O area (see prelude/runtime.scala); above: the allocator's heap


class LoweringError(Exception):
    """A typed program the lowering cannot handle: a compiler bug, reported as an internal error."""


class SharedLowering:
    """What does not depend on the user's program, kept for the whole process: the ids of the prelude's functions,
    globals and types, of runtime helpers, imports and string literals, and the prelude's functions once lowered.

    A module refers to these ids like to its own; only the writers turn ids into indices. So a prelude function
    lowered for one build is added as it is to the next, after replaying what it needs (the functions it calls,
    the globals and types it uses), which spares every build the lowering of the number formatting it reaches."""

    LIMIT = 200_000  # ids kept before starting afresh (a language server builds many programs)

    def __init__(self) -> None:
        self.ids: dict[tuple, object] = {}
        self.functions: dict[tuple, tuple[Function, tuple]] = {}
        self._lock = threading.Lock()  # the language server builds on two threads: one id per key, always

    def id(self, key: tuple, make_id: Callable[[], object]):
        found = self.ids.get(key)
        if found is None:
            with self._lock:
                found = self.ids.get(key)
                if found is None:
                    if len(self.ids) >= self.LIMIT:
                        self.ids.clear()
                        self.functions.clear()  # cached functions refer to the ids just forgotten
                    found = self.ids[key] = make_id()
        return found


SHARED = SharedLowering()
