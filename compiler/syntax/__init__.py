"""Syntax: tree-sitter-scala parses, `parser` converts its tree into the project's own AST (`ast`) with spans."""
