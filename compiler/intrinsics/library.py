"""The `scala.scalajs.wasm` library surface: its types, the accessor table, and which imports make names visible."""
from __future__ import annotations

from ..semantics.types import BYTE, DOUBLE, FLOAT, INT, LONG, SHORT, ClassType, Type
from ..wasi import SIGNATURES, camel_case


class LibraryClass:
    """Marks a ClassType as a library class that has no source (its members are intrinsics)."""

    def __init__(self, name: str) -> None:
        self.name = name


MEMORY_SEGMENT = ClassType("MemorySegment", LibraryClass("MemorySegment"))
MEMORY_ALLOCATOR = ClassType("MemoryAllocator", LibraryClass("MemoryAllocator"))

# Accessor name suffix -> (Scala type, width in bytes). getX / setX for each.
ACCESSORS: dict[str, tuple[Type, int]] = {
    "Byte": (BYTE, 1),
    "Short": (SHORT, 2),
    "Int": (INT, 4),
    "Long": (LONG, 8),
    "Float": (FLOAT, 4),
    "Double": (DOUBLE, 8),
}

# Wasm instruction for each access, by Scala type.
LOAD_OPS = {BYTE: "i32.load8_s", SHORT: "i32.load16_s", INT: "i32.load", LONG: "i64.load", FLOAT: "f32.load",
            DOUBLE: "f64.load"}
STORE_OPS = {BYTE: "i32.store8", SHORT: "i32.store16", INT: "i32.store", LONG: "i64.store", FLOAT: "f32.store",
             DOUBLE: "f64.store"}
WIDTHS = {t: w for t, w in ACCESSORS.values()}

WASI_CONSTANTS = {"STDIN": 0, "STDOUT": 1, "STDERR": 2}

PACKAGE = ["scala", "scalajs", "wasm"]
# Names that `import scala.scalajs.wasm._` brings into scope, and `import scala.scalajs.wasm.memory._`.
PACKAGE_MEMBERS = {"memory", "wasi", "MemorySegment", "MemoryAllocator", "WasmImport", "native"}
MEMORY_MEMBERS = {"withMemoryAllocator"}

# The types @WasmImport parameters and results may have, with their Wasm kinds.
IMPORTABLE = {"Int": "i32", "Boolean": "i32", "Long": "i64", "Float": "f32", "Double": "f64"}


def visible_names(imports) -> set[str]:
    """The library names a compilation unit's imports make visible."""
    names: set[str] = set()
    for imp in imports:
        path = list(imp.path)
        selectors = list(imp.selectors)
        if not selectors and path:
            path, selectors = path[:-1], [path[-1]]
        if path == PACKAGE:
            names |= PACKAGE_MEMBERS if "_" in selectors else (PACKAGE_MEMBERS & set(selectors))
        elif path == PACKAGE + ["memory"]:
            names |= MEMORY_MEMBERS if "_" in selectors else (MEMORY_MEMBERS & set(selectors))
    return names


def wasi_method(name: str) -> str | None:
    """`fdWrite` -> `fd_write` when it is a preview1 function."""
    for wasi_name in SIGNATURES:
        if camel_case(wasi_name) == name:
            return wasi_name
    return None
