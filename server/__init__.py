"""The scalawasi language server (pygls): `scalawasi lsp` and `python -m scalawasi.server` speak LSP on stdio."""
from __future__ import annotations

import logging
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in argv):
        print("usage: scalawasi lsp [--stdio]\n\nStart the scalawasi language server on stdin/stdout.")
        return 0
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="scalawasi-lsp: %(levelname)s %(message)s")
    from .server import server
    from .transport import start_io

    # Collections run on the analysis worker, between analyses (scheduler.GarbageCollector), not in a handler.
    import gc

    gc.disable()
    try:
        start_io(server)
    finally:
        server.runner.close()
    return 0
