"""pytest-lsp fixtures: the real server process, driven under the VS Code and Neovim capability profiles."""
from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from lsp_helpers import SERVER_COMMAND, SERVER_ENV, start

PROFILES = ["visual-studio-code", "neovim@v0.7.0"]  # Debian ships Neovim 0.7 (push diagnostics only)
@pytest_lsp.fixture(params=PROFILES, config=ClientServerConfig(server_command=SERVER_COMMAND, server_env=SERVER_ENV))
async def client(request, lsp_client: LanguageClient):
    await start(lsp_client, request.param)
    yield lsp_client
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND, server_env=SERVER_ENV))
async def vscode(lsp_client: LanguageClient):
    """One profile is enough for the slow end-to-end runs."""
    await start(lsp_client, "visual-studio-code")
    yield lsp_client
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND, server_env=SERVER_ENV))
async def bare(lsp_client: LanguageClient):
    """Not yet initialized: the test chooses the capabilities and options."""
    yield lsp_client
    await lsp_client.shutdown_session()
