"""The server survives malformed LSP traffic and keeps answering (issue 16), driven over raw stdio."""
from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time

import pytest

PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND, INVALID_PARAMS = -32700, -32600, -32601, -32602
ANSWER_SECONDS = 20.0  # every request is answered within this (a loaded machine; typically milliseconds)
DOC = "file:///tmp/scalawasi-malformed/A.scala"
PROGRAM = "object A {\n  def main(args: Array[String]): Unit = {\n    val x: Int = 1\n    println(x)\n  }\n}\n"


class RawClient:
    """Writes bytes to the server's stdin as they are given; reads its framed answers on a thread."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "scalawasi.server"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.incoming: queue.Queue = queue.Queue()
        self.notifications: list[dict] = []
        self.responses: dict = {}  # answers that arrived while another was awaited
        threading.Thread(target=self._read, daemon=True).start()
        self.next_id = 1000

    def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line == b"\r\n":
                    break
            self.incoming.put(json.loads(stream.read(length)))

    def send_bytes(self, data: bytes) -> None:
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message: dict, length: int | None = None, header: bytes | None = None) -> None:
        body = json.dumps(message).encode()
        head = header if header is not None else b"Content-Length: %d\r\n\r\n" % (len(body) if length is None
                                                                                   else length)
        self.send_bytes(head + body)

    def answer(self, msg_id, timeout: float = ANSWER_SECONDS) -> dict:
        deadline = time.monotonic() + timeout
        while msg_id not in self.responses:
            try:
                message = self.incoming.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no answer to request {msg_id!r} within {timeout} s") from None
            self._take(message)
        return self.responses.pop(msg_id)

    def _take(self, message: dict) -> None:
        if "method" not in message:
            assert "id" in message, f"a response without an id: {message}"
            self.responses[message["id"]] = message
            return
        self.notifications.append(message)
        if "id" in message:  # a request from the server (configuration, progress): answer it
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})

    def request(self, method: str, params, **framing) -> dict:
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params}, **framing)
        return self.answer(self.next_id)

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def alive(self) -> None:
        """The server still answers a well-formed request."""
        reply = self.request("textDocument/documentSymbol", {"textDocument": {"uri": DOC}})
        assert "result" in reply, reply

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = ANSWER_SECONDS) -> list:
        """The diagnostics published for uri (for that version of it, when given)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for note in self.notifications:
                params = note.get("params") or {}
                if (note["method"] == "textDocument/publishDiagnostics" and params.get("uri") == uri
                        and (version is None or params.get("version") == version)):
                    self.notifications.remove(note)
                    return params["diagnostics"]
            try:
                self._take(self.incoming.get(timeout=0.1))
            except queue.Empty:
                continue
        raise AssertionError(f"no diagnostics for {uri} (version {version}) within {timeout} s")

    def open(self, uri: str, text: str, version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "scala",
                                                              "version": version, "text": text}})

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


@pytest.fixture(scope="module")
def server():
    client = RawClient()
    reply = client.request("initialize", {"processId": None, "capabilities": {}, "rootUri": None})
    assert "result" in reply
    client.notify("initialized", {})
    client.open(DOC, PROGRAM)
    assert client.diagnostics(DOC, version=1) == []
    yield client
    client.close()


def _error(reply: dict) -> int | None:
    return reply.get("error", {}).get("code")


def test_invalid_json_is_answered_with_a_parse_error(server):
    server.send_bytes(b"Content-Length: 9\r\n\r\n{not json")
    assert _error(server.answer(None)) == PARSE_ERROR
    server.alive()


def test_a_message_that_is_not_json_rpc_is_an_invalid_request(server):
    server.send({"id": 7, "method": "textDocument/hover"})
    assert _error(server.answer(7)) == INVALID_REQUEST
    server.send_bytes(b"Content-Length: 2\r\n\r\n[]")
    assert _error(server.answer(None)) == INVALID_REQUEST
    server.alive()


def test_an_unknown_method_is_method_not_found(server):
    assert _error(server.request("scalawasi/noSuchThing", {})) == METHOD_NOT_FOUND
    server.notify("$/noSuchNotification", {"x": 1})
    server.alive()


@pytest.mark.parametrize("params", [
    [],
    {"textDocument": {"uri": DOC}, "position": {"line": -1, "character": 0}},
    {"textDocument": {"uri": DOC}, "position": {"line": "one", "character": 0}},
    {"textDocument": {"uri": 5}, "position": {"line": 0, "character": 0}},
    {"position": {"line": 0, "character": 0}},
    "hover",
], ids=["list", "negative-line", "string-line", "number-uri", "no-document", "string"])
def test_params_that_do_not_parse_are_invalid_params(server, params):
    assert _error(server.request("textDocument/hover", params)) == INVALID_PARAMS
    server.alive()


def test_commands_with_wrong_arguments_are_invalid_params(server):
    for arguments in ([], [5], [{"uri": DOC}]):
        reply = server.request("workspace/executeCommand", {"command": "scalawasi.runMain", "arguments": arguments})
        assert _error(reply) == INVALID_PARAMS, arguments
    assert _error(server.request("scalawasi/loweredWasm", {"textDocument": 3})) == INVALID_PARAMS


def test_positions_out_of_range_are_clamped(server):
    for line, character in ((0, 10_000), (10_000, 0), (2**31 - 1, 2**31 - 1)):
        reply = server.request("textDocument/hover", {"textDocument": {"uri": DOC},
                                                      "position": {"line": line, "character": character}})
        assert "result" in reply, (line, character, reply)
        reply = server.request("textDocument/definition", {"textDocument": {"uri": DOC},
                                                           "position": {"line": line, "character": character}})
        assert "result" in reply


def test_a_header_block_without_content_length_leaves_the_server_answering(server):
    server.send({"jsonrpc": "2.0", "id": 71, "method": "scalawasi/noSuchThing", "params": {}},
                header=b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n")
    assert _error(server.answer(71)) == METHOD_NOT_FOUND
    server.alive()


def test_a_content_length_larger_than_the_body_leaves_the_server_answering(server):
    server.send({"jsonrpc": "2.0", "id": 72, "method": "scalawasi/noSuchThing", "params": {}}, length=4000)
    server.alive()
    assert _error(server.answer(72)) == METHOD_NOT_FOUND
    # ... also when nothing follows it for a while
    server.send({"jsonrpc": "2.0", "id": 73, "method": "scalawasi/noSuchThing", "params": {}}, length=4000)
    assert _error(server.answer(73)) == METHOD_NOT_FOUND
    server.alive()


@pytest.mark.parametrize("path", ["/dev/stdin", "/proc/self/fd/0", "/dev/zero", "/tmp/scalawasi-no-such-file.scala"])
def test_requests_for_unopened_documents_that_are_not_regular_files_are_refused(server, path):
    started = time.monotonic()
    reply = server.request("textDocument/hover", {"textDocument": {"uri": "file://" + path},
                                                  "position": {"line": 0, "character": 0}})
    assert _error(reply) == INVALID_PARAMS and time.monotonic() - started < ANSWER_SECONDS
    server.alive()


def test_fifty_rapid_open_close_cycles(server):
    uri = "file:///tmp/scalawasi-malformed/Cycle.scala"
    for i in range(50):
        server.open(uri, PROGRAM.replace("val x: Int = 1", f"val x: Int = {i}"), version=i)
        server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    server.open(uri, PROGRAM.replace("val x: Int = 1", "val x: Int = nope"), version=99)
    assert [d["code"] for d in server.diagnostics(uri, version=99)] == ["unresolved-name"]
    server.alive()


def test_a_five_megabyte_did_open(server):
    uri = "file:///tmp/scalawasi-malformed/Big.scala"
    text = PROGRAM.replace("val x: Int = 1", "val x: Int = nope") + "// " + "x" * (5 * 1024 * 1024) + "\n"
    server.open(uri, text)
    assert [d["code"] for d in server.diagnostics(uri, version=1, timeout=60)] == ["unresolved-name"]
    reply = server.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": {"line": 3, "character": 12}})
    assert "result" in reply
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    server.alive()


def test_incremental_edits_after_a_form_feed_and_in_a_cr_only_document(server):
    """LSP breaks lines only at \\n, \\r\\n and \\r: the edit and the diagnostic are on the lines the editor shows."""
    for name, newline, comment in (("Ff", "\n", "// a\fb\u2028c\x85d"), ("Cr", "\r", "// plain")):
        uri = f"file:///tmp/scalawasi-malformed/{name}.scala"
        lines = [comment, "object A {", "  def main(args: Array[String]): Unit = {", "    val x: Int = 1", "  }", "}", ""]
        server.open(uri, newline.join(lines))
        assert server.diagnostics(uri, version=1) == []
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 3, "character": 17}, "end": {"line": 3, "character": 18}}, "text": "nope"}]})
        [diag] = server.diagnostics(uri, version=2)
        assert diag["code"] == "unresolved-name"
        assert diag["range"] == {"start": {"line": 3, "character": 17}, "end": {"line": 3, "character": 21}}, name


def test_notifications_with_wrong_params_and_for_unopened_documents(server):
    server.notify("textDocument/didOpen", [])
    server.notify("textDocument/didOpen", {"textDocument": {"uri": 5}})
    server.notify("textDocument/didChange", {"textDocument": {"uri": "file:///tmp/never-opened.scala", "version": 2},
                                             "contentChanges": [{"text": "object A"}]})
    server.notify("textDocument/didClose", {"textDocument": {"uri": "file:///tmp/never-opened-either.scala"}})
    server.send({"jsonrpc": "2.0", "id": "no-such-request", "result": 1})  # a response to nothing
    server.alive()
    reply = server.request("textDocument/hover", {"textDocument": {"uri": "file:///tmp/never-opened.scala"},
                                                  "position": {"line": 0, "character": 0}})
    assert _error(reply) == INVALID_PARAMS  # still unopened, and no such file
