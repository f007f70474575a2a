"""The language server against hostile editors and programs (issue 16): bad settings, runs that fight back."""
from __future__ import annotations

import asyncio
import time

from lsprotocol import types

from hostile_programs import SLEEP
from lsp_helpers import open_doc, position_of, run_main, start

HELLO = "object Hello {\n  def main(args: Array[String]): Unit = println(args.length)\n}\n"


async def test_bad_settings_are_reported_and_runs_still_work(bare):
    await start(bare, "visual-studio-code", {"scalawasi": {"run": {"args": 5, "memoryLimitMiB": 1e300}}})
    uri, _ = await open_doc(bare, HELLO)
    result = await run_main(bare, uri)
    assert (result["stdout"], result["exitCode"]) == ("0\n", 0)  # args and memory limit at their defaults
    [shown] = [m for m in bare.messages if "settings ignored" in m.message]
    assert shown.type == types.MessageType.Warning
    assert "run.args must be a list of strings, not 5" in shown.message
    assert "run.memoryLimitMiB must be greater than 0 and at most 65536, not 1e+300" in shown.message


async def test_a_run_asleep_in_a_host_call_stops_at_the_time_limit_while_hovers_are_answered(bare):
    await start(bare, "visual-studio-code", {"scalawasi": {"run": {"timeLimitSeconds": 2}}})
    uri, _ = await open_doc(bare, SLEEP)
    started = time.perf_counter()
    run = asyncio.ensure_future(run_main(bare, uri))
    await asyncio.sleep(0.5)
    hover = await asyncio.wait_for(bare.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), position_of(SLEEP, "sub.setLong(0"))), 5)
    assert hover is not None and not run.done()
    result = await run
    assert result["timedOut"] is True and result["stdout"] == "sleeping\n"
    assert "time limit exceeded" in result["stderr"]
    assert time.perf_counter() - started < 2 + 15, "a 2 s time limit let a 600 s poll_oneoff sleep run on"
