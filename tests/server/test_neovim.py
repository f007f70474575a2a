"""Headless Neovim (Debian's 0.7) drives the server: diagnostics and a hover, read back as JSON."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

LUA = r"""
local file = vim.fn.argv()[1]
local out = vim.env.SCALAWASI_NVIM_OUT
vim.cmd("edit " .. file)
local id = vim.lsp.start_client({ name = "scalawasi", cmd = { vim.env.SCALAWASI_PYTHON, "-m", "scalawasi.server" },
                                  root_dir = vim.fn.getcwd() })
vim.lsp.buf_attach_client(0, id)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local diags = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(diags, { lnum = d.lnum, col = d.col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
end
local client = vim.lsp.get_client_by_id(id)
local resp = client.request_sync("textDocument/hover",
  { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 2, character = 8 } }, 20000, 0)
local hover = resp and resp.result and resp.result.contents and resp.result.contents.value or ""
local f = io.open(out, "w")
f:write(vim.fn.json_encode({ ok = ok, diagnostics = diags, hover = hover }))
f:close()
client.stop()
vim.cmd("qa!")
"""

PROGRAM = """object N {
  def main(args: Array[String]): Unit = {
    val n = 40 + 2L
    println(missing)
  }
}
"""


def test_headless_neovim_reads_diagnostics_and_hover(tmp_path):
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("nvim is not installed (apt-get install -y neovim)")
    source = tmp_path / "n.scala"
    source.write_text(PROGRAM, encoding="utf-8")
    script = tmp_path / "drive.lua"
    script.write_text(LUA, encoding="utf-8")
    out = tmp_path / "out.json"
    env = {"SCALAWASI_NVIM_OUT": str(out), "SCALAWASI_PYTHON": sys.executable, "HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    subprocess.run([nvim, "--headless", "-u", "NONE", "-c", f"luafile {script}", str(source)],
                   env=env, timeout=60, stdin=subprocess.DEVNULL, capture_output=True)
    result = json.loads(out.read_text())
    assert result["ok"]
    assert [(d["lnum"], d["col"], d["code"]) for d in result["diagnostics"]] == [(3, 12, "unresolved-name")]
    assert "Long" in result["hover"]
