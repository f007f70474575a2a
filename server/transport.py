"""The server's stdio transport: LSP's Content-Length framing, kept answering whatever a client sends.

pygls's reader trusts its input: a header block without Content-Length, or a Content-Length larger than the body,
desynchronised it for good (alive, answering nothing); invalid JSON and requests whose params do not parse were
dropped without an answer. Here the framer resynchronises on the next header, takes the JSON value that follows a
header block without a length (or that a too-large length overran), and every request gets an answer: a parse
error (id null) for a body that is not JSON, InvalidParams for params that do not fit the method.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sys
import threading
from dataclasses import dataclass
from typing import Any, BinaryIO

from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams, JsonRpcInvalidRequest, JsonRpcParseError
from pygls.io_ import StdoutWriter

log = logging.getLogger("scalawasi.server")

MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 256 * 1024 * 1024  # a larger message is skipped unread (and answered with a parse error)
IDLE_SECONDS = 0.25  # a quiet moment after which a complete JSON value is taken whatever its header said
READ_CHUNK = 1 << 16
MARKER = b"Content-Length:"  # what resynchronisation looks for
_CONTENT_LENGTH = re.compile(rb"(?im)^content-length[ \t]*:[ \t]*(\d+)[ \t]*$")
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:[^\r\n]*")
_INCOMPLETE = object()


@dataclass(frozen=True)
class FramingProblem:
    """Bytes that were not a message; answered with a parse error and logged."""

    message: str


class Framer:
    """Splits the byte stream from the client into messages (parsed JSON values) and framing problems."""

    def __init__(self) -> None:
        self.buf = bytearray()
        self.skipping = 0  # bytes of an oversized body still to drop

    @property
    def pending(self) -> bool:
        return bool(self.buf)

    def feed(self, data: bytes) -> list:
        if self.skipping:
            dropped = min(self.skipping, len(data))
            self.skipping -= dropped
            data = data[dropped:]
        self.buf += data
        return self._drain(idle=False)

    def idle(self) -> list:
        """Called when no bytes came for IDLE_SECONDS: a body that is complete JSON is not waited on further."""
        return self._drain(idle=True)

    def _drain(self, idle: bool) -> list:
        items = []
        while self.buf and not self.skipping:
            item = self._next(idle)
            if item is _INCOMPLETE:
                break
            items.append(item)
        return items

    def _next(self, idle: bool) -> Any:
        buf = self.buf
        lead = 0
        while lead < len(buf) and buf[lead] in b" \t\r\n":
            lead += 1
        if lead:
            del buf[:lead]
            if not buf:
                return _INCOMPLETE
        end = buf.find(b"\r\n\r\n")
        if end < 0:
            if len(buf) > MAX_HEADER_BYTES or (idle and not _HEADER_LINE.match(buf)):
                return self._resync(1, "bytes that are not a message header")
            return _INCOMPLETE
        lines = bytes(buf[:end]).split(b"\r\n")
        if not all(_HEADER_LINE.fullmatch(line) for line in lines):
            return self._resync(1, "bytes that are not a message header")
        body_start = end + 4
        length = _CONTENT_LENGTH.search(bytes(buf[:end]))
        if length is None:
            return self._unframed(body_start, idle)
        size = int(length[1])
        if size > MAX_BODY_BYTES:
            del buf[:body_start]
            dropped = min(size, len(buf))
            del buf[:dropped]
            self.skipping = size - dropped
            return FramingProblem(f"a message of {size} bytes, more than the {MAX_BODY_BYTES} accepted")
        if len(buf) - body_start >= size:
            value = _loads(buf[body_start:body_start + size])
            if value is not _INCOMPLETE:
                del buf[:body_start + size]
                return value
            overrun = self._overrun(body_start, body_start + size)
            if overrun is not _INCOMPLETE:
                return overrun
            if buf.find(MARKER, body_start, body_start + size) >= 0:
                # A length that claims the next messages' bytes: resynchronise on the first header inside the
                # claimed body, so those messages are read rather than cut in half.
                return self._resync(body_start, "a message body that is not JSON")
            del buf[:body_start + size]
            return FramingProblem("a message body that is not JSON")
        overrun = self._overrun(body_start, len(buf))
        if overrun is not _INCOMPLETE:
            return overrun
        if idle:
            value = _loads(buf[body_start:])
            if value is not _INCOMPLETE:  # Content-Length larger than the body, and nothing came after it
                del buf[:]
                return value
            if buf.find(MARKER, body_start) >= 0:  # a broken body, then another message: go on from there
                return self._resync(body_start, "a message body that is not JSON")
        return _INCOMPLETE

    def _overrun(self, body_start: int, end: int) -> Any:
        """A Content-Length larger than the body runs into the next header: the body is the JSON before it."""
        at = self.buf.find(MARKER, body_start, end)
        while at >= 0:
            value = _loads(self.buf[body_start:at])
            if value is not _INCOMPLETE:
                del self.buf[:at]
                return value
            at = self.buf.find(MARKER, at + 1, end)
        return _INCOMPLETE

    def _unframed(self, body_start: int, idle: bool) -> Any:
        """A header block without Content-Length: the message is the JSON value that follows it."""
        text = bytes(self.buf[body_start:]).decode("utf-8", errors="surrogateescape")
        stripped = text.lstrip()
        try:
            value, used = json.JSONDecoder().raw_decode(stripped)
        except ValueError:
            if MARKER in self.buf[body_start:] or idle:
                return self._resync(body_start, "a header block without Content-Length and no JSON after it")
            return _INCOMPLETE
        consumed = len((text[: len(text) - len(stripped)] + stripped[:used]).encode("utf-8", "surrogateescape"))
        del self.buf[:body_start + consumed]
        return value

    def _resync(self, start: int, what: str) -> FramingProblem:
        """Drops bytes up to the next header (or all of them, but a possible start of one)."""
        at = self.buf.find(MARKER, start)
        if at < 0:
            at = max(start, len(self.buf) - len(MARKER))
        del self.buf[:at]
        return FramingProblem(what)


def _loads(data) -> Any:
    try:
        return json.loads(bytes(data))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _INCOMPLETE


def dispatch(protocol, item: Any) -> None:
    """Hands one message to pygls, answering what pygls would have dropped."""
    if isinstance(item, FramingProblem):
        log.warning("malformed message: %s", item.message)
        _answer_error(protocol, None, JsonRpcParseError(f"{JsonRpcParseError.MESSAGE}: {item.message}"))
        return
    if not isinstance(item, dict) or item.get("jsonrpc") != "2.0":
        log.warning("not a JSON-RPC 2.0 message: %.200r", item)
        msg_id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), (int, str)) else None
        _answer_error(protocol, msg_id, JsonRpcInvalidRequest())
        return
    if "method" in item and "params" not in item:
        item = {**item, "params": None}  # JSON-RPC lets a request leave params out; pygls's types want the field
    try:
        message = protocol.structure_message(item)
    except Exception as e:  # noqa: BLE001 - whatever cattrs raised, the params did not fit the method
        msg_id = item.get("id")
        if "method" in item and isinstance(msg_id, (int, str)):
            detail = str(e.__cause__ or e).splitlines()[0] if str(e.__cause__ or e) else type(e).__name__
            _answer_error(protocol, msg_id, JsonRpcInvalidParams(
                f"{JsonRpcInvalidParams.MESSAGE} for {item['method']}: {detail}"))
        else:
            log.warning("cannot read a %s message: %s", item.get("method", "response"), e)
        return
    try:
        protocol.handle_message(message)
    except Exception:  # noqa: BLE001 - one bad message must not end the server
        log.exception("failed to handle a %s message", item.get("method", "response"))


def _answer_error(protocol, msg_id: Any, error: JsonRpcException) -> None:
    # As a plain dict: pygls's response type leaves out an id of None, and JSON-RPC wants "id": null there.
    protocol._send_data({"jsonrpc": "2.0", "id": msg_id, "error": {"code": error.code, "message": error.message}})


async def serve(server, stdin: BinaryIO, stdout: BinaryIO) -> None:
    """Reads messages from stdin until it closes (or the server stops), answering on stdout."""
    loop = asyncio.get_running_loop()
    chunks: asyncio.Queue[bytes] = asyncio.Queue()
    fd = stdin.fileno()

    def read() -> None:  # a daemon thread: a read blocked at exit does not hold the process
        while True:
            try:
                data = os.read(fd, READ_CHUNK)
            except OSError:
                data = b""
            try:
                loop.call_soon_threadsafe(chunks.put_nowait, data)
            except RuntimeError:  # the loop has ended (the server is exiting)
                return
            if not data:
                return

    threading.Thread(target=read, name="scalawasi-lsp-stdin", daemon=True).start()
    server.protocol.set_writer(StdoutWriter(stdout))
    framer = Framer()
    while not server._stop_event.is_set():
        try:
            data = await asyncio.wait_for(chunks.get(), IDLE_SECONDS if framer.pending else None)
        except asyncio.TimeoutError:
            items = framer.idle()
        else:
            if not data:
                break
            items = framer.feed(data)
        for item in items:
            dispatch(server.protocol, item)


def start_io(server, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
    """pygls's start_io with this transport."""
    server._stop_event = threading.Event()
    try:
        asyncio.run(serve(server, stdin or sys.stdin.buffer, stdout or sys.stdout.buffer))
    except BrokenPipeError:
        log.error("the connection to the client is lost; shutting down")
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()
