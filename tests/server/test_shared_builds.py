"""A build the server shares between waiters (hovers, the warm build): when every waiter gave up and the build
then ends in an exception, nothing is logged as an unretrieved future."""
from __future__ import annotations

import asyncio
import gc
import threading
from concurrent.futures import ThreadPoolExecutor

from scalawasi.compiler.api import Abandoned
from scalawasi.server.server import shared_future


def test_a_build_abandoned_after_its_only_waiter_was_cancelled_logs_nothing():
    async def scenario() -> list[dict]:
        loop = asyncio.get_running_loop()
        reported: list[dict] = []
        loop.set_exception_handler(lambda _loop, context: reported.append(context))
        cancelled = threading.Event()

        def work():
            cancelled.wait(5)
            raise Abandoned()  # the text changed while it was built

        with ThreadPoolExecutor(max_workers=1) as pool:
            future = shared_future(loop.run_in_executor(pool, work))
            waiter = asyncio.ensure_future(asyncio.shield(future))  # as `built` awaits it
            await asyncio.sleep(0)
            waiter.cancel()  # the warm build's task, cancelled by the next keystroke
            await asyncio.sleep(0)
            cancelled.set()
            while not future.done():
                await asyncio.sleep(0.01)
        del future, waiter
        gc.collect()  # an unretrieved exception is reported when its future is freed
        await asyncio.sleep(0)
        return reported

    assert asyncio.run(scenario()) == []
