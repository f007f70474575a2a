"""Identity handles for Wasm entities; the writers alone turn them into indices."""

from __future__ import annotations


class _Id:
    """A handle that code can use before the entity it names exists.

    Ids compare by identity, so two entities may share a debug name; the name only feeds the name section and
    the `$identifiers` of the text format (where the writer makes it unique).
    """

    __slots__ = ("name",)

    def __init__(self, name: str = "") -> None:
        if not isinstance(name, str):
            raise TypeError(f"{type(self).__name__} name must be a str, got {type(name).__name__}")
        self.name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})@{id(self):x}"


class TypeId(_Id):
    """A type definition (struct, array or function type) declared with `Module.add_type`."""

    __slots__ = ()


class FuncId(_Id):
    """A function, imported or defined."""

    __slots__ = ()


class GlobalId(_Id):
    """A global variable."""

    __slots__ = ()


class LocalId(_Id):
    """A parameter or local of one function."""

    __slots__ = ()


class LabelId(_Id):
    """The label of a block, loop, if or try_table; branches name it and the writers compute the depth."""

    __slots__ = ()


class DataId(_Id):
    """A data segment."""

    __slots__ = ()


class TagId(_Id):
    """An exception tag."""

    __slots__ = ()


class MemoryId(_Id):
    """A linear memory."""

    __slots__ = ()
