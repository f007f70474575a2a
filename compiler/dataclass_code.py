"""The compiled code of the methods `dataclasses` generates, kept between processes: a third of importing the compiler.

The compiler has about 170 dataclasses, and `@dataclass` writes the source of each one's `__init__`, `__repr__`,
`__eq__`, ... and compiles it at import, one `exec` per method: compiling those few hundred small functions was the
largest single cost of importing the compiler. The `exec` that the `dataclasses` module calls is looked up in its
own globals before the builtins, so a module global there (`install`) can compile each text once and reuse its code
object after: exactly what the builtin would have done (same text, same file name `<string>`, no inherited
`__future__` flags, as the `dataclasses` module has none), from a memo. The memo, code objects by their source text,
is stored with `marshal` in the user's private cache directory (`compiler/` there), keyed by the Python version, and
written atomically at exit when the process compiled something new; the rules of private_dir.py hold, as loading
it runs its code. Anything wrong with it means compiling as before.
"""
from __future__ import annotations

import builtins
import marshal
import os
import sys
from types import CodeType

_memo: dict[str, CodeType] = {}
_used: set[str] = set()
_found: frozenset[str] = frozenset()  # the texts the memo held when the process started
_new = False
_installed = False
_KEPT = 4000  # beyond this many texts, only those of the last process that compiled something are kept


def _file_name() -> str:
    from .digest import blake2b

    tag = blake2b(f"{sys.version}\0{marshal.version}".encode(), digest_size=8).hexdigest()
    return f"dataclass-code-{tag}.marshal"


def _exec(source, globals=None, locals=None, /):
    """builtins.exec, compiling each text of `dataclasses` once (see the module's docstring)."""
    global _new
    if isinstance(source, str):
        code = _memo.get(source)
        if code is None:
            code = _memo[source] = compile(source, "<string>", "exec", dont_inherit=True)
            _new = True
        _used.add(source)
        source = code
    return builtins.exec(source, globals, locals)


def install() -> None:
    """Read the memo and make `dataclasses` compile through it; its new entries are written when the process ends."""
    global _installed
    if _installed:
        return
    _installed = True
    import dataclasses

    if getattr(dataclasses, "exec", builtins.exec) is not builtins.exec:
        return  # someone else's replacement: leave it
    _read()
    dataclasses.exec = _exec
    import atexit

    atexit.register(_write)


def _folder():
    from .private_dir import cache_root

    return cache_root() / "compiler"


def _read() -> None:
    global _found
    from .private_dir import UnsafeCache, open_private_directory, read_entry

    folder = _folder()
    try:
        dir_fd = open_private_directory(folder)
    except (OSError, UnsafeCache):
        return
    try:
        found = marshal.loads(read_entry(folder, dir_fd, _file_name()))
    except Exception:  # noqa: BLE001 - missing, damaged or not private: compile as before
        return
    finally:
        os.close(dir_fd)
    if isinstance(found, dict):
        _memo.update((k, v) for k, v in found.items() if isinstance(k, str) and type(v) is CodeType)
        _found = frozenset(_memo)


def _write() -> None:
    if not _new:
        return
    from .private_dir import UnsafeCache, open_private_directory, write_entry

    kept = _memo if len(_memo) <= _KEPT else {k: v for k, v in _memo.items() if k in _used}
    try:
        data = marshal.dumps(kept)
        dir_fd = open_private_directory(_folder())
    except (OSError, UnsafeCache, ValueError):
        return
    try:
        write_entry(dir_fd, _file_name(), data)
    finally:
        os.close(dir_fd)
