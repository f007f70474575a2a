"""Kept for the server's older imports: the syntax walk now lives with the editor queries in `compiler/ide`."""
from scalawasi.compiler.ide.syntax_walk import chain_at, children, contains, walk  # noqa: F401
