"""Generator of a project of many files: the units of gen_program.py spread over packages, one file each few units.

`generate_project(folder, files=50, lines=20_000)` writes `folder/scalawasi.toml` and `files` Scala files under
`folder/src/main/scala/proj/mN/` (package `proj.mN`), plus `proj/Main.scala`, whose main imports every package
and calls into every unit, so nothing is dead code. Returns the list of files written.
"""
from __future__ import annotations

from pathlib import Path

from gen_program import _array_unit, _class_unit, _math_unit, _print_unit, _text_unit

_UNITS = (_class_unit, _math_unit, _text_unit, _array_unit, _print_unit)


def generate_project(folder: Path, files: int = 50, lines: int = 20_000) -> list[Path]:
    folder = Path(folder)
    root = folder / "src" / "main" / "scala" / "proj"
    per_file = max(1, lines // (files - 1))  # the last file is Main
    written: list[Path] = []
    calls: list[str] = []
    k = 0
    for n in range(files - 1):
        package = f"m{n}"
        parts = [f"package proj.{package}\n\n"]
        count = 2
        while count < per_file:
            text, unit_calls = _UNITS[k % len(_UNITS)](k)
            parts.append(text)
            calls += unit_calls
            count += text.count("\n")
            k += 1
        path = root / package / f"Unit{n}.scala"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(parts), encoding="utf-8")
        written.append(path)
    imports = "".join(f"import proj.m{n}._\n" for n in range(files - 1))
    main = root / "Main.scala"
    main.write_text(f"package proj\n\n{imports}\nobject Main {{\n  def main(args: Array[String]): Unit = {{\n"
                    + "\n".join(calls) + "\n  }\n}\n", encoding="utf-8")
    written.append(main)
    (folder / "scalawasi.toml").write_text('main = "proj.Main"\n', encoding="utf-8")
    return written
