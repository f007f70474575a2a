"""A project: the files, main object and build options of `[tool.scalawasi]` (pyproject.toml) or scalawasi.toml.

The nearest folder at or above the start that holds a `scalawasi.toml`, or a `pyproject.toml` with a
`[tool.scalawasi]` table, is the project root. Keys (the same in both files; scalawasi.toml has them at the top):
  sources   = ["src/main/scala"]   source roots, relative to the root (default: src/main/scala if it exists, else .)
  main      = "app.Main"           the object whose main the module starts (full or simple name)
  output    = "target/app.wasm"    where `build` writes the module (default: target/<root folder name>.wasm)
  unchecked = false                drop the MemorySegment bounds checks
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .units import SourceError, scala_files

CONFIG_FILE = "scalawasi.toml"
DEFAULT_SOURCE_ROOTS = ("src/main/scala", ".")
KNOWN_KEYS = frozenset({"sources", "main", "output", "unchecked", "checks"})


class ProjectError(Exception):
    """A project configuration that cannot be used as written."""


@dataclass(frozen=True)
class Project:
    root: Path
    config: Path  # the pyproject.toml or scalawasi.toml it came from
    source_roots: tuple[Path, ...]
    main: str | None = None
    output: Path | None = None
    unchecked: bool = False

    @property
    def name(self) -> str:
        return self.root.name or "main"

    @property
    def default_output(self) -> Path:
        return self.output or self.root / "target" / f"{self.name}.wasm"

    def files(self) -> list[str]:
        """Every `*.scala` under the source roots, in a stable order."""
        roots = [str(r) for r in self.source_roots if r.exists()]
        if not roots:
            raise ProjectError(f"{self.config}: no source folder exists (looked for "
                               f"{', '.join(str(r) for r in self.source_roots)})")
        try:
            return scala_files(roots)
        except SourceError as e:
            raise ProjectError(str(e)) from None


def find_project(start: str | Path) -> Project | None:
    """The project whose root is the nearest folder at or above start with a configuration, or None."""
    here = Path(start).resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        own = folder / CONFIG_FILE
        if own.is_file():
            return _project(folder, own, _read_toml(own))
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read_toml(pyproject).get("tool", {}).get("scalawasi")
            if isinstance(table, dict):
                return _project(folder, pyproject, table)
    return None


def _read_toml(path: Path) -> dict:
    """The file's settings, when no other user can have written it: a configuration in a shared folder such as /tmp
    chooses the sources compiled and where the module is written, for anyone building below it."""
    import tomllib  # only when there is a configuration: it costs a small build a tenth of its start-up

    from .checks import UntrustedConfig, trusted_text

    try:
        return tomllib.loads(trusted_text(path))
    except UntrustedConfig as e:
        raise ProjectError(f"{path}: not used: {e}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ProjectError(f"{path}: cannot read it: {e}") from None


def _project(root: Path, config: Path, table: dict) -> Project:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ProjectError(f"{config}: unknown setting{'s' if len(unknown) > 1 else ''} "
                           f"{', '.join(unknown)} (known: {', '.join(sorted(KNOWN_KEYS))})")
    sources = table.get("sources")
    if sources is None:
        default = root / DEFAULT_SOURCE_ROOTS[0]
        roots = (default,) if default.is_dir() else (root,)
    elif isinstance(sources, list) and sources and all(isinstance(s, str) for s in sources):
        roots = tuple(root / s for s in sources)
    else:
        raise ProjectError(f"{config}: `sources` must be a list of folder names")
    main = table.get("main")
    if main is not None and not isinstance(main, str):
        raise ProjectError(f"{config}: `main` must be a string (an object's name)")
    output = table.get("output")
    if output is not None and not isinstance(output, str):
        raise ProjectError(f"{config}: `output` must be a string (a file name)")
    unchecked = table.get("unchecked", False)
    if not isinstance(unchecked, bool):
        raise ProjectError(f"{config}: `unchecked` must be true or false")
    return Project(root, config, roots, main, root / output if output else None, unchecked)


STARTER_MAIN = """package app

import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { allocator =>
      val squares = allocator.allocate(4 * 10)
      for (i <- 0 until 10) squares.setInt(4 * i, i * i)
      var sum = 0
      for (i <- 0 until 10) sum += squares.getInt(4 * i)
      println(s"Hello from WASI! The first ten squares add up to $sum")
    }
  }
}
"""

STARTER_CONFIG = """sources = ["src/main/scala"]
main = "app.Main"
"""

STARTER_GITIGNORE = """.scalawasi/
target/
*.wasm
"""


def init_project(folder: str | Path) -> list[Path]:
    """Write a starter project into folder (created when missing): a Main.scala, the configuration (a
    `[tool.scalawasi]` table added to an existing pyproject.toml, else a scalawasi.toml) and a .gitignore.
    Never overwrites: refuses when the sources or the configuration already exist. Returns the files written."""
    root = Path(folder)
    main_file = root / "src" / "main" / "scala" / "Main.scala"
    if main_file.exists():
        raise ProjectError(f"{main_file}: already exists; not overwriting it")
    pyproject = root / "pyproject.toml"
    if (root / CONFIG_FILE).exists():
        raise ProjectError(f"{root / CONFIG_FILE}: already exists; this folder is a project already")
    if pyproject.is_file() and isinstance(_read_toml(pyproject).get("tool", {}).get("scalawasi"), dict):
        raise ProjectError(f"{pyproject}: already has a [tool.scalawasi] table; this folder is a project already")
    written = []
    main_file.parent.mkdir(parents=True, exist_ok=True)
    main_file.write_text(STARTER_MAIN, encoding="utf-8")
    written.append(main_file)
    if pyproject.is_file():
        text = pyproject.read_text(encoding="utf-8")
        separator = "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
        pyproject.write_text(text + separator + "[tool.scalawasi]\n" + STARTER_CONFIG, encoding="utf-8")
        written.append(pyproject)
    else:
        (root / CONFIG_FILE).write_text(STARTER_CONFIG, encoding="utf-8")
        written.append(root / CONFIG_FILE)
    gitignore = root / ".gitignore"
    existing = gitignore.read_text(encoding="utf-8") if gitignore.is_file() else ""
    missing = [line for line in STARTER_GITIGNORE.splitlines() if line not in existing.splitlines()]
    if missing:
        prefix = existing if not existing or existing.endswith("\n") else existing + "\n"
        gitignore.write_text(prefix + "\n".join(missing) + "\n", encoding="utf-8")
        written.append(gitignore)
    return written
