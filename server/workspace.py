"""The workspace as programs: which Scala files under the workspace folders belong together, and their texts.

Each workspace folder that is a project is one program: a folder with a configuration (`scalawasi.toml`, or
`[tool.scalawasi]` in pyproject.toml) has its configured source roots, one with an sbt layout has `src/main/scala`.
In any other folder (a loose folder), and outside every workspace folder, each file is a program of its own, as a
folder of separate programs (examples, exercises, a test corpus) needs, unless it uses an object, class or trait that
a file of the same folder without a `main` defines: then they are one program (`loose_groups`), so a `b.scala`
calling `Buffers` of `a.scala` works as a new user expects. `scalawasi init` makes a folder one project.

The index follows the disk through `workspace/didChangeWatchedFiles`; open documents' texts come from the editor,
the others from the disk (read once per modification time).
"""
from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from scalawasi.compiler.project import ProjectError, find_project
from scalawasi.compiler.units import SKIPPED_FOLDERS

@dataclass(eq=False)
class WorkspaceProject:
    """One program of the workspace: its source roots and the Scala files under them."""

    folder: Path
    roots: tuple[Path, ...]
    main: str | None = None
    files: set[str] = field(default_factory=set)  # absolute paths

    def covers(self, path: str) -> bool:
        return any(_is_within(path, root) for root in self.roots)

    def ordered(self, first: str | None = None) -> list[str]:
        """The project's files in a stable order, `first` (the file being analysed) at the front."""
        rest = sorted(p for p in self.files if p != first)
        return ([first] if first is not None else []) + rest


def _is_within(path: str, root: Path) -> bool:
    try:
        Path(path).relative_to(root)
        return True
    except ValueError:
        return False


def _scala_files_under(roots: tuple[Path, ...]) -> set[str]:
    found: set[str] = set()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS]
            found.update(os.path.join(folder, f) for f in files if f.endswith(".scala"))
    return found


class WorkspaceIndex:
    """The projects of the workspace folders and the texts of their files (thread-safe: the analyses read it from
    the compile threads while the event loop updates it)."""

    def __init__(self) -> None:
        self.projects: list[WorkspaceProject] = []
        self.problems: list[str] = []
        self._disk: dict[str, tuple[int, str]] = {}  # path -> (mtime_ns, text)
        self._lock = threading.Lock()
        self.open_texts: Callable[[], dict[str, str]] = dict  # path -> the editor's text of each open file
        self._loose: dict[frozenset[str], WorkspaceProject] = {}  # the programs of loose folders, kept by files
        self._names: dict[str, tuple[str, _Names]] = {}  # path -> (text, what it defines and uses)

    def load(self, folders: list[str]) -> None:
        projects = []
        for raw in folders:
            folder = Path(raw).resolve()
            if not folder.is_dir():
                continue
            project = self._project_for(folder)
            if project is not None:
                projects.append(project)
        with self._lock:
            self.projects = projects

    def _project_for(self, folder: Path) -> WorkspaceProject | None:
        try:
            configured = find_project(folder)
        except ProjectError as e:
            self.problems.append(str(e))
            configured = None
        if configured is not None and _is_within(str(configured.root), folder):
            roots = tuple(r.resolve() for r in configured.source_roots)
            return WorkspaceProject(folder, roots, configured.main, _scala_files_under(roots))
        sbt = folder / "src" / "main" / "scala"
        if not sbt.is_dir():
            return None  # loose files: each its own program
        return WorkspaceProject(folder, (sbt,), None, _scala_files_under((sbt,)))

    def project_of(self, path: str) -> WorkspaceProject | None:
        """The project a file belongs to (the innermost folder's), else the program of its loose folder it is part
        of, or None for a file that stands alone."""
        with self._lock:
            candidates = [p for p in self.projects if path in p.files or p.covers(path)]
        found = max(candidates, key=lambda p: len(str(p.folder)), default=None)
        return found if found is not None else self._loose_program(path)

    def _loose_program(self, path: str) -> WorkspaceProject | None:
        """The file and the files of its folder it is one program with (`loose_groups`), or None when it stands
        alone. The same files give the same object, which the server compares by identity."""
        folder = os.path.dirname(path)
        try:
            with os.scandir(folder) as it:
                siblings = [e.path for e in it if e.name.endswith(".scala") and e.is_file(follow_symlinks=False)
                            and e.stat(follow_symlinks=False).st_size <= MAX_LOOSE_FILE_BYTES]
        except OSError:
            return None
        if path not in siblings:
            siblings.append(path)  # open in the editor, not on disk (yet)
        if len(siblings) < 2 or len(siblings) > LOOSE_FOLDER_FILES:
            return None
        open_texts = self.open_texts()
        names: dict[str, _Names] = {}
        for sibling in siblings:
            text = open_texts.get(sibling)
            if text is None:
                text = self._read(sibling)
            if text is not None:
                names[sibling] = self._names_of(sibling, text)
        group = next((g for g in loose_groups(names) if path in g), None)
        if group is None or len(group) < 2:
            return None
        key = frozenset(group)
        with self._lock:
            project = self._loose.get(key)
            if project is None:
                project = self._loose[key] = WorkspaceProject(Path(folder), (), None, set(group))
        return project

    def _names_of(self, path: str, text: str) -> "_Names":
        with self._lock:
            kept = self._names.get(path)
        if kept is not None and kept[0] == text:
            return kept[1]
        found = _names_in(text)
        with self._lock:
            self._names[path] = (text, found)
        return found

    def file_created(self, path: str) -> WorkspaceProject | None:
        project = self.project_of(path)
        if project is not None and project.roots and path.endswith(".scala"):
            with self._lock:
                project.files.add(path)
                self._disk.pop(path, None)
        return project

    def file_changed(self, path: str) -> WorkspaceProject | None:
        with self._lock:
            self._disk.pop(path, None)
        return self.project_of(path)

    def file_deleted(self, path: str) -> WorkspaceProject | None:
        project = self.project_of(path)
        with self._lock:
            self._disk.pop(path, None)
            if project is not None and project.roots:  # (a loose folder's program is found afresh each time)
                project.files.discard(path)
                for gone in [p for p in project.files if _is_within(p, Path(path))]:  # a deleted folder
                    project.files.discard(gone)
        return project

    def texts(self, project: WorkspaceProject, open_texts: dict[str, str], first: str | None = None,
              first_text: str | None = None) -> dict[str, str]:
        """path -> text of every file of the project (first one first): the editor's text for open documents,
        the disk's for the others; files that cannot be read are left out."""
        with self._lock:
            paths = project.ordered(first)
        texts: dict[str, str] = {}
        for path in paths:
            if path == first and first_text is not None:
                texts[path] = first_text
            elif path in open_texts:
                texts[path] = open_texts[path]
            else:
                text = self._read(path)
                if text is not None:
                    texts[path] = text
        return texts

    def _read(self, path: str) -> str | None:
        try:
            mtime = os.stat(path).st_mtime_ns
        except OSError:
            return None
        with self._lock:
            cached = self._disk.get(path)
        if cached is not None and cached[0] == mtime:
            return cached[1]
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        with self._lock:
            self._disk[path] = (mtime, text)
        return text


# ---------------------------------------------------------------------------------------------- loose folders

# What a loose file defines and uses, read from its text with comments and literals blanked out: enough to see that
# one file names another's object or class (a full parse of every file of the folder on every request is not).
_NOISE = re.compile(r'//[^\n]*|/\*.*?\*/|"""(?:.|\n)*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])\'', re.S)
_DEFINITION = re.compile(r"\b(?:object|class|trait)\s+([A-Za-z_$][A-Za-z0-9_$]*)")
_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_MAIN = re.compile(r"\bdef\s+main\s*\(")
LOOSE_FOLDER_FILES = 512  # a bigger folder of loose files is not searched for the files one of them uses
MAX_LOOSE_FILE_BYTES = 16 * 1024 * 1024  # as for unopened documents (documents.py): larger files are not read


@dataclass(frozen=True)
class _Names:
    defined: frozenset[str]
    used: frozenset[str]
    has_main: bool


def _names_in(text: str) -> _Names:
    code = _NOISE.sub(" ", text)
    defined = frozenset(_DEFINITION.findall(code))
    return _Names(defined, frozenset(_IDENTIFIER.findall(code)) - defined, bool(_MAIN.search(code)))


def loose_groups(names: dict[str, _Names]) -> list[set[str]]:
    """The programs of a loose folder: a file that uses an object, class or trait defined by a file without a
    `main` (a library file) is one program with it, transitively; every other file stands alone. So `b.scala`
    calling `Buffers` of `a.scala` is one program of two files, and two programs of one file each, each with its
    own `main`, stay apart even when their objects have the same names."""
    parent = {path: path for path in names}

    def root(path: str) -> str:
        while parent[path] != path:
            parent[path] = parent[parent[path]]
            path = parent[path]
        return path

    definers: dict[str, list[str]] = {}
    for path, found in names.items():
        if not found.has_main:
            for name in found.defined:
                definers.setdefault(name, []).append(path)
    for path, found in names.items():
        for name in found.used:
            for other in definers.get(name, ()):
                if other != path:
                    parent[root(path)] = root(other)
    groups: dict[str, set[str]] = {}
    for path in names:
        groups.setdefault(root(path), set()).add(path)
    return list(groups.values())


# ---------------------------------------------------------------------------------------------- compiler glue


def document_analysis(program, path: str):
    """The Analysis of one file (the program's first, so its spans are the file's own offsets) out of the program's:
    its own diagnostics with same-file paths cleared, the whole program's model, and the files to map other spans."""
    from dataclasses import replace

    from scalawasi.compiler.api import Analysis

    def own(d):
        related = tuple(replace(r, path=None) if r.path == path else r for r in d.related)
        return replace(d, path=None, related=related)

    mine = [own(d) for d in program.diagnostics if d.path == path]
    unit = program.units[0] if program.units else None
    if not getattr(program, "complete", True):  # (bodies left untyped: typed when the model is read, for both)
        from scalawasi.compiler.semantics.retype import LazilyTypedAnalysis

        return LazilyTypedAnalysis(program.files.sources[0], mine, unit, program.model_as_is, program.program_as_is,
                                   files=program.files, program_diagnostics=program.diagnostics,
                                   units=program.units, shared=program)
    return Analysis(program.files.sources[0], mine, unit, program.model, program.program, files=program.files,
                    program_diagnostics=program.diagnostics, units=program.units)


def locate(files, span):
    """(path, SourceText, local span) of a program span, or None outside the program's files."""
    if files is None or span is None or span.start < 0:
        return None
    source, local = files.local(span)
    if local.end > len(source.data):
        return None
    return source.path, source, local
