"""`scalawasi build` writes its outputs atomically: a build that dies midway leaves the previous module whole."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from scalawasi.compiler.cli import main

HELLO = Path(__file__).resolve().parents[1] / "examples" / "hello.scala"


@pytest.fixture
def built(tmp_path) -> tuple[Path, Path, bytes]:
    source = tmp_path / "hello.scala"
    shutil.copy(HELLO, source)
    assert main(["build", str(source)]) == 0
    output = tmp_path / "hello.wasm"
    return source, output, output.read_bytes()


def test_a_build_killed_while_writing_leaves_the_previous_module_whole(built, monkeypatch, capsys):
    source, output, good = built
    source.write_text(source.read_text().replace("Hello from WASI!", "a different program"))
    written = []

    def die_after_half(fd: int) -> None:  # the process dies after part of the new module reached the disk
        written.append(os.fstat(fd).st_size)
        os.ftruncate(fd, os.fstat(fd).st_size // 2)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", die_after_half)
    assert main(["build", str(source)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert written and written[0] > 0, "the new module was being written somewhere else"
    assert output.read_bytes() == good, "the previous module was damaged by an interrupted build"
    assert sorted(p.name for p in source.parent.iterdir()) == ["hello.scala", "hello.wasm"]  # no temporary left


def test_a_build_replaces_the_output_by_rename_and_keeps_its_mode(built):
    source, output, good = built
    os.chmod(output, 0o640)
    inode = output.stat().st_ino
    source.write_text(source.read_text().replace("Hello from WASI!", "a different program"))
    assert main(["build", str(source)]) == 0
    assert output.read_bytes() != good
    assert output.stat().st_ino != inode, "the module was rewritten in place, not renamed over"
    assert output.stat().st_mode & 0o777 == 0o640


def test_a_new_output_gets_the_usual_mode(built):
    _, output, _ = built
    umask = os.umask(0)
    os.umask(umask)
    assert output.stat().st_mode & 0o777 == 0o666 & ~umask
