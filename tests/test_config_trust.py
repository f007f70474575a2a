"""A pyproject.toml another user could have written (in a shared folder such as /tmp) does not switch checks off."""
from __future__ import annotations

import os

import pytest

from scalawasi.compiler import checks
from scalawasi.compiler.cli import main

OTHER_UID = 4242
NESTED = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object N {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { outer =>
      val a = outer.allocate(8)
      withMemoryAllocator { inner =>
        val b = inner.allocate(8)
        b.setInt(0, 1)
      }
      a.setInt(0, 2)
    }
  }
}
"""


@pytest.fixture
def planted(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.scalawasi.checks]\nnested-allocator = "off"\n')
    os.chmod(tmp_path / "pyproject.toml", 0o644)
    source = tmp_path / "N.scala"
    source.write_text(NESTED)
    checks._config_for_folder.cache_clear()
    yield tmp_path / "pyproject.toml", source
    checks._config_for_folder.cache_clear()


def _config(source):
    checks._config_for_folder.cache_clear()
    return checks.load_config(str(source))


def test_the_users_own_pyproject_applies(planted):
    _, source = planted
    assert _config(source).severities == (("nested-allocator", None),)


@pytest.mark.skipif(os.geteuid() != 0, reason="playing another user needs chown (root)")
def test_a_pyproject_owned_by_another_user_is_ignored_and_said(planted, capsys):
    pyproject, source = planted
    os.chown(pyproject, OTHER_UID, -1)
    config = _config(source)
    assert config.severities == () and config.problems == (f"owned by uid {OTHER_UID}, another user",)
    checks._config_for_folder.cache_clear()
    main(["check", str(source)])
    err = capsys.readouterr().err
    assert f"{pyproject}: warning: [tool.scalawasi.checks]: owned by uid {OTHER_UID}" in err
    assert "warning[nested-allocator]" in err, "the planted file switched the check off"


def test_a_pyproject_others_can_write_is_ignored(planted):
    pyproject, source = planted
    os.chmod(pyproject, 0o666)
    config = _config(source)
    assert config.severities == () and config.problems == ("mode 0666, other users can write it",)
