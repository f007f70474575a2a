"""Headless Neovim (Debian's 0.7) runs the set-up of docs/editors.md word for word: it attaches, one server serves
the workspace's buffers, diagnostics, a hover, semantic tokens and completion arrive, and :ScalawasiRun shows the
program's output."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from lsp_helpers import documented_snippet, editor_setup

# The driver: filetype detection is on in every normal Neovim start (not with -u NONE, which the test needs to
# ignore the machine's own configuration), then the documented configuration, then what a user would do.
DRIVER = r"""
vim.cmd("filetype on")
dofile(vim.env.SCALAWASI_NVIM_CONFIG)
local out = vim.env.SCALAWASI_NVIM_OUT
local result = {}

local function has_diagnostics(buf) return function() return #vim.diagnostic.get(buf) > 0 end end

vim.cmd("edit " .. vim.env.SCALAWASI_FILE_A)
local a = vim.api.nvim_get_current_buf()
result.ok = vim.wait(30000, has_diagnostics(a), 50)
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(a)) do
  table.insert(result.diagnostics, { lnum = d.lnum, col = d.col,
    code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
end
local clients = vim.lsp.buf_get_clients(a)
local client
for _, c in pairs(clients) do client = c end
local resp = client.request_sync("textDocument/hover",
  { textDocument = { uri = vim.uri_from_bufnr(a) }, position = { line = 2, character = 8 } }, 20000, a)
result.hover = resp and resp.result and resp.result.contents and resp.result.contents.value or ""

vim.cmd("edit " .. vim.env.SCALAWASI_FILE_B)
local b = vim.api.nvim_get_current_buf()
result.ok_b = vim.wait(30000, has_diagnostics(b), 50)
result.clients = #vim.lsp.get_active_clients()
result.same_client = vim.lsp.buf_is_attached(a, client.id) and vim.lsp.buf_is_attached(b, client.id)
local provider = client.server_capabilities.semanticTokensProvider
result.legend = provider and provider.legend or {}
local tokens = client.request_sync("textDocument/semanticTokens/full",
  { textDocument = { uri = vim.uri_from_bufnr(b) } }, 20000, b)
result.tokens = tokens and tokens.result and tokens.result.data or {}

-- completion of a segment's members, where `setInt` is written (the server replaces the word from its start)
local line = vim.api.nvim_buf_get_lines(b, 7, 8, false)[1]
local comp = client.request_sync("textDocument/completion", { textDocument = { uri = vim.uri_from_bufnr(b) },
  position = { line = 7, character = string.find(line, "setInt", 1, true) - 1 } }, 20000, b)
result.completion = {}
for _, item in ipairs(comp and comp.result and (comp.result.items or comp.result) or {}) do
  table.insert(result.completion, item.label)
end

vim.cmd("ScalawasiRun")
local function shown()
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.bo[buf].buftype == "nofile" then
      local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
      if #lines > 1 then return lines end
    end
  end
end
vim.wait(60000, function() return shown() ~= nil end, 50)
result.run = shown() or {}

local f = io.open(out, "w")
f:write(vim.fn.json_encode(result))
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

HELLO = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Hello {
  def main(args: Array[String]): Unit = {
    println("Hello from WASI!")
    println(1.5f)
    withMemoryAllocator { a => a.allocate(8).setInt(2, 1) }
  }
}
"""


def test_the_documented_neovim_setup_attaches_shares_a_server_and_shows_runs(tmp_path):
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("nvim is not installed (apt-get install -y neovim)")
    setup = editor_setup(tmp_path, {"n.scala": PROGRAM, "src/Hello.scala": HELLO},
                         ("init.lua", documented_snippet("Neovim", "lua")), ("drive.lua", DRIVER))
    env = setup.env(SCALAWASI_NVIM_OUT=str(setup.out), SCALAWASI_NVIM_CONFIG=str(setup.config),
                    SCALAWASI_FILE_A=str(setup.files["n.scala"]), SCALAWASI_FILE_B=str(setup.files["src/Hello.scala"]),
                    XDG_STATE_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path))
    subprocess.run([nvim, "--headless", "-u", "NONE", "-c", f"luafile {setup.driver}"], cwd=tmp_path,
                   env=env, timeout=150, stdin=subprocess.DEVNULL, capture_output=True)
    result = json.loads(setup.out.read_text())
    assert result["ok"]
    assert [(d["lnum"], d["col"], d["code"]) for d in result["diagnostics"]] == [(3, 12, "unresolved-name")]
    assert "Long" in result["hover"]
    assert result["ok_b"]  # the second buffer's diagnostics (a misaligned-access warning) came too
    assert result["clients"] == 1 and result["same_client"], result  # one server for the workspace
    _check_semantic_tokens(result["legend"], result["tokens"])
    assert {"setInt", "getLong", "size"} <= set(result["completion"]), result["completion"]
    assert result["run"][:2] == ["Hello from WASI!", "1.5"], result["run"]
    assert re.fullmatch(r"-- exit status 0 in \d+ ms", result["run"][-1]), result["run"]


def _check_semantic_tokens(legend: dict, data: list[int]) -> None:
    """Neovim 0.7 does not colour by semantic tokens itself, but a request for them gets them: the intrinsic call on
    line 7 of HELLO comes back as a function with the `intrinsic` modifier."""
    assert legend and data, "semantic tokens arrive"
    line = col = 0
    found = {}
    for i in range(0, len(data), 5):
        d_line, d_col, length, kind, bits = data[i:i + 5]
        line, col = line + d_line, (col + d_col if d_line == 0 else d_col)
        mods = {m for j, m in enumerate(legend["tokenModifiers"]) if bits & (1 << j)}
        found[(line, col)] = (length, legend["tokenTypes"][kind], mods)
    length, kind, mods = found[(7, 4)]
    assert (length, kind) == (len("withMemoryAllocator"), "function") and "intrinsic" in mods
    assert found[(3, 0)] == (len("object"), "keyword", set())
