"""The VS Code extension's own checks (type check, vitest unit and grammar tests, vsce package), run from pytest.

`npm ci` runs only when vscode-ext/node_modules is missing or older than package-lock.json; everything after it works
offline. Skipped only when npm is not on PATH.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

EXT = Path(__file__).resolve().parent.parent / "vscode-ext"
NPM = shutil.which("npm")
NPX = shutil.which("npx")

pytestmark = pytest.mark.skipif(NPM is None or NPX is None, reason="npm is not on PATH")


def _run(cmd: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CI": "1", "NO_COLOR": "1", "FORCE_COLOR": "0", "npm_config_fund": "false",
           "npm_config_audit": "false", "npm_config_update_notifier": "false",
           # test/realClient.test.ts drives the real language client against a pygls server with this interpreter
           "SCALAWASI_TEST_PYTHON": sys.executable}
    return subprocess.run(cmd, cwd=EXT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=timeout)


def _check(proc: subprocess.CompletedProcess[str], what: str) -> None:
    if proc.returncode != 0:
        pytest.fail(f"{what} failed with exit status {proc.returncode}\n--- stdout ---\n{proc.stdout}\n"
                    f"--- stderr ---\n{proc.stderr}", pytrace=False)


@pytest.fixture(scope="module")
def installed() -> None:
    """`npm ci` when node_modules is missing or older than the lockfile (npm ci rewrites node_modules as a whole)."""
    modules = EXT / "node_modules"
    lock = EXT / "package-lock.json"
    marker = modules / ".package-lock.json"  # written by npm on every install
    stamp = marker if marker.exists() else modules
    if not modules.is_dir() or stamp.stat().st_mtime < lock.stat().st_mtime:
        _check(_run([NPM, "ci", "--no-audit", "--no-fund"], timeout=900), "npm ci")


def test_vscode_extension_npm_test(installed: None) -> None:
    """Type check of sources and tests, then the vitest suite (mocked vscode module, real language client against a
    stand-in pygls server, WAT grammar)."""
    proc = _run([NPM, "test"], timeout=600)
    _check(proc, "npm test (vscode-ext)")
    assert "passed" in proc.stdout


def test_vscode_extension_packages(installed: None, tmp_path: Path) -> None:
    out = tmp_path / "scalawasi.vsix"
    proc = _run([NPX, "--no", "@vscode/vsce", "package", "--allow-missing-repository", "--skip-license",
                 "--out", str(out)], timeout=600)
    _check(proc, "vsce package (vscode-ext)")
    assert out.is_file()
    with zipfile.ZipFile(out) as vsix:
        names = set(vsix.namelist())
        assert "extension/package.json" in names
        assert "extension/out/extension.js" in names
        assert "extension/syntaxes/wat.tmLanguage.json" in names
        assert "extension/syntaxes/scala.tmLanguage.json" in names
        assert "extension/language-configuration-scala.json" in names
        assert "extension/node_modules/vscode-languageclient/package.json" in names
        assert not any(n.startswith("extension/src/") or n.startswith("extension/test/") for n in names)
