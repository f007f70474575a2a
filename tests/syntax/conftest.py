"""Helpers for the syntax tests: parse a snippet, pull out the piece under test, render trees compactly."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `import syntax_helpers` / `import generate`
