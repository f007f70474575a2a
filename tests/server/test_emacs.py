"""Headless Emacs (Debian's 28 with elpa-eglot) loads the eglot set-up of docs/editors.md word for word and shows
the server's diagnostics through Flymake."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from lsp_helpers import documented_snippet, editor_setup

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


def test_the_documented_eglot_setup_shows_diagnostics(tmp_path):
    emacs = shutil.which("emacs")
    if emacs is None or not list(DEBIAN_ELPA.glob("eglot-*")) or not list(DEBIAN_ELPA.glob("scala-mode-*")):
        pytest.skip("Emacs with eglot and scala-mode is not installed (apt-get install emacs-nox elpa-eglot "
                    "elpa-scala-mode)")
    setup = editor_setup(tmp_path, {"n.scala": PROGRAM}, ("init.el", documented_snippet("Emacs", "elisp")),
                         ("drive.el", DRIVER))
    env = setup.env(SCALAWASI_EMACS_OUT=str(setup.out), SCALAWASI_EMACS_CONFIG=str(setup.config),
                    SCALAWASI_FILE=str(setup.files["n.scala"]))
    subprocess.run([emacs, "--batch", "-l", str(setup.driver)], cwd=tmp_path, env=env, timeout=120,
                   stdin=subprocess.DEVNULL, capture_output=True)
    result = json.loads(setup.out.read_text())
    assert result["mode"] == "scala-mode"
    assert result["diagnostics"] == [{"line": 4, "text": "scalawasi [unresolved-name]: not found: value `missing`"}]
