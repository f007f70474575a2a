"""The compiler's digest: the hash of its sources, remembered beside the sources' stamps so a build does not re-hash
them on every start, and computed again whenever a stamp moves."""
from __future__ import annotations

import os
import shutil

import pytest

from scalawasi.compiler import digest


@pytest.fixture
def compiler_copy(tmp_path, monkeypatch):
    copy = tmp_path / "compiler"
    shutil.copytree(digest.COMPILER_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(digest, "_known", {})
    return copy


def fresh_process(monkeypatch):
    monkeypatch.setattr(digest, "_known", {})


def test_the_memo_gives_the_content_digest_and_spares_the_hashing(compiler_copy, tmp_path, monkeypatch):
    memo = tmp_path / "memo"
    first = digest.compiler_digest(compiler_copy, memo)
    assert first == digest.content_digest(compiler_copy)
    assert (memo / "compiler-digest").stat().st_mode & 0o777 == 0o600
    fresh_process(monkeypatch)
    monkeypatch.setattr(digest, "content_digest", lambda folder: pytest.fail("hashed although nothing changed"))
    assert digest.compiler_digest(compiler_copy, memo) == first


@pytest.mark.parametrize("change", ["edit", "same-size edit", "new file", "removed file"])
def test_any_change_to_a_source_gives_another_digest(compiler_copy, tmp_path, monkeypatch, change):
    memo = tmp_path / "memo"
    before = digest.compiler_digest(compiler_copy, memo)
    typer = compiler_copy / "semantics" / "typer.py"
    if change == "edit":
        typer.write_bytes(typer.read_bytes() + b"\n")
    elif change == "same-size edit":  # even with the old modification time put back
        info = typer.stat()
        data = bytearray(typer.read_bytes())
        data[-1:] = b" " if data[-1:] != b" " else b"\n"
        typer.write_bytes(bytes(data))
        os.utime(typer, ns=(info.st_atime_ns, info.st_mtime_ns))
    elif change == "new file":
        (compiler_copy / "lowering" / "extra.py").write_text("X = 1\n")
    else:
        (compiler_copy / "prelude" / "runtime.scala").unlink()
    fresh_process(monkeypatch)
    after = digest.compiler_digest(compiler_copy, memo)
    assert after != before
    assert after == digest.content_digest(compiler_copy)


def test_a_memo_others_could_write_is_not_believed(compiler_copy, tmp_path, monkeypatch):
    memo = tmp_path / "memo"
    real = digest.compiler_digest(compiler_copy, memo)
    stamp = (memo / "compiler-digest").read_text().split()[0]
    (memo / "compiler-digest").write_text(f"{stamp} {'0' * 32}\n")
    os.chmod(memo / "compiler-digest", 0o666)
    fresh_process(monkeypatch)
    assert digest.compiler_digest(compiler_copy, memo) == real
