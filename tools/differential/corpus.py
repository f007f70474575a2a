"""The stored corpus in tests/differential: programs with the JVM's outputs, replayed by the normal test command.

`gen_SEED.scala` are generated programs kept as a sample of the generator; `mismatch_SEED.scala` are reduced
programs on which scalawasi once disagreed with the JVM. Beside each: `.out` (stdout), `.err` (stderr without stack
frames, when not empty), `.exit` (when not 0), and for a mismatch not fixed yet `.xfail` saying what differs.
"""
from __future__ import annotations

import os
from pathlib import Path

from .jvm import Outcome

CORPUS = Path(os.environ.get("SCALAWASI_DIFFERENTIAL_CORPUS")
              or Path(__file__).resolve().parent.parent.parent / "tests" / "differential")


def store(name: str, text: str, jvm: Outcome, xfail: str | None = None, folder: Path = CORPUS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.scala"
    source.write_text(text, encoding="utf-8")
    source.with_suffix(".out").write_bytes(jvm.stdout)
    for ext, content in ((".err", jvm.stderr), (".exit", b"" if jvm.exit_code == 0 else f"{jvm.exit_code}\n".encode()),
                         (".xfail", (xfail or "").encode())):
        path = source.with_suffix(ext)
        if content:
            path.write_bytes(content)
        elif path.exists():
            path.unlink()
    return source


def load(source: Path) -> Outcome:
    def optional(ext: str) -> bytes:
        path = source.with_suffix(ext)
        return path.read_bytes() if path.exists() else b""

    exit_text = optional(".exit").strip()
    return Outcome(source.with_suffix(".out").read_bytes(), optional(".err"), int(exit_text) if exit_text else 0)


def describe(jvm: Outcome, ours: Outcome) -> str:
    """Where two outcomes part: the first differing line of each stream that differs."""
    parts = []
    for label, a, b in (("stdout", jvm.stdout, ours.stdout), ("stderr", jvm.stderr, ours.stderr)):
        if a != b:
            la, lb = a.splitlines(), b.splitlines()
            i = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
            want = la[i].decode("utf-8", "replace") if i < len(la) else "<end>"
            got = lb[i].decode("utf-8", "replace") if i < len(lb) else "<end>"
            parts.append(f"{label} line {i + 1}: JVM {want!r}, scalawasi {got!r}")
    if jvm.exit_code != ours.exit_code:
        parts.append(f"exit status: JVM {jvm.exit_code}, scalawasi {ours.exit_code}")
    return "; ".join(parts)
