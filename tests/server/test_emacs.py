"""Headless Emacs (Debian's 28 with elpa-eglot) loads the eglot set-up of docs/editors.md word for word and shows
the server's diagnostics through Flymake."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EDITORS_DOC = Path(__file__).resolve().parents[2] / "docs" / "editors.md"
DEBIAN_ELPA = Path("/usr/share/emacs/site-lisp/elpa")

# A normal start activates the installed packages (package-initialize); the user then types M-x eglot.
DRIVER = r"""
(package-initialize)
(load (getenv "SCALAWASI_EMACS_CONFIG"))
(find-file (getenv "SCALAWASI_FILE"))
(call-interactively (function eglot))
(let ((deadline (+ (float-time) 60)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.1)))
(let* ((mode (symbol-name major-mode))
       (diagnostics (mapcar (lambda (d)
                              (list (cons 'line (line-number-at-pos (flymake-diagnostic-beg d)))
                                    (cons 'text (flymake-diagnostic-text d))))
                            (flymake-diagnostics))))
  (with-temp-file (getenv "SCALAWASI_EMACS_OUT")
    (insert (json-encode (list (cons 'mode mode) (cons 'diagnostics diagnostics))))))
(kill-emacs 0)
"""

PROGRAM = """object N {
  def main(args: Array[String]): Unit = {
    val n = 40 + 2L
    println(missing)
  }
}
"""


def documented_config() -> str:
    text = EDITORS_DOC.read_text(encoding="utf-8")
    section = text[text.index("## Emacs"):]
    blocks = re.findall(r"```elisp\n(.*?)```", section, re.S)
    assert len(blocks) == 1, "the Emacs section shows one configuration"
    return blocks[0]


def test_the_documented_eglot_setup_shows_diagnostics(tmp_path):
    emacs = shutil.which("emacs")
    if emacs is None or not list(DEBIAN_ELPA.glob("eglot-*")) or not list(DEBIAN_ELPA.glob("scala-mode-*")):
        pytest.skip("Emacs with eglot and scala-mode is not installed (apt-get install emacs-nox elpa-eglot "
                    "elpa-scala-mode)")
    scalawasi = Path(sys.executable).parent / "scalawasi"
    workspace = tmp_path / "project"
    (workspace / ".git").mkdir(parents=True)
    source = workspace / "n.scala"
    source.write_text(PROGRAM, encoding="utf-8")
    config = tmp_path / "init.el"
    config.write_text(documented_config(), encoding="utf-8")
    driver = tmp_path / "drive.el"
    driver.write_text(DRIVER, encoding="utf-8")
    out = tmp_path / "out.json"
    env = {"SCALAWASI_EMACS_OUT": str(out), "SCALAWASI_EMACS_CONFIG": str(config), "SCALAWASI_FILE": str(source),
           "HOME": str(tmp_path), "PATH": f"{scalawasi.parent}:/usr/bin:/bin"}
    subprocess.run([emacs, "--batch", "-l", str(driver)], cwd=tmp_path, env=env, timeout=120,
                   stdin=subprocess.DEVNULL, capture_output=True)
    result = json.loads(out.read_text())
    assert result["mode"] == "scala-mode"
    assert result["diagnostics"] == [{"line": 4, "text": "scalawasi [unresolved-name]: not found: value `missing`"}]
