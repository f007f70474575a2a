"""The cursor convention of the editor-query tests: `<|>` in a program marks the offset asked about."""
from __future__ import annotations

from scalawasi.compiler.api import analyze

CURSOR = "<|>"


def at_cursor(source: str) -> tuple[str, int]:
    """The program without its cursor mark, and the mark's byte offset."""
    index = source.index(CURSOR)
    text = source.replace(CURSOR, "", 1)
    return text, len(text[:index].encode("utf-8"))


def analyzer(path: str = "/tmp/scalawasi-ide-test.scala"):
    return lambda text, focus=None: analyze(text, path, focus=focus)
