"""The stdio framer keeps finding messages whatever the client sends around them (issue 16)."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from scalawasi.server.transport import MAX_BODY_BYTES, FramingProblem, Framer


def frame(obj, length: int | None = None, headers: bytes | None = None) -> bytes:
    body = json.dumps(obj).encode()
    if headers is not None:
        return headers + body
    return b"Content-Length: %d\r\n\r\n" % (len(body) if length is None else length) + body


def messages(items) -> list:
    return [i for i in items if not isinstance(i, FramingProblem)]


def run(*chunks: bytes, idle: int = 2) -> list:
    framer = Framer()
    out = []
    for chunk in chunks:
        out += framer.feed(chunk)
    for _ in range(idle):
        out += framer.idle()
    return out


A, B, C = ({"jsonrpc": "2.0", "id": i, "method": "m", "params": {"n": i}} for i in (1, 2, 3))


def test_well_framed_messages_in_any_chunking():
    stream = frame(A) + frame(B) + b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + frame(C)
    for size in (1, 2, 7, 64, len(stream)):
        framer = Framer()
        out = []
        for i in range(0, len(stream), size):
            out += framer.feed(stream[i:i + size])
        assert out == [A, B, C] and not framer.pending


def test_invalid_json_is_one_problem_and_the_next_message_is_read():
    out = run(b"Content-Length: 9\r\n\r\n{not json" + frame(B))
    assert len(out) == 2 and isinstance(out[0], FramingProblem) and out[1] == B


def test_a_header_block_without_content_length_takes_the_json_that_follows():
    assert run(frame(A, headers=b"Content-Type: x\r\n\r\n") + frame(B)) == [A, B]


def test_a_content_length_larger_than_the_body_ends_at_the_next_header():
    assert run(frame(A, length=500) + frame(B), idle=0) == [A, B]


def test_a_content_length_larger_than_the_body_with_nothing_after_is_taken_when_quiet():
    framer = Framer()
    assert framer.feed(frame(A, length=500)) == []
    assert framer.idle() == [A]


def test_a_content_length_smaller_than_the_body_is_a_problem_then_resynchronised():
    out = run(frame(A, length=10) + frame(B))
    assert isinstance(out[0], FramingProblem) and messages(out) == [B]


def test_garbage_between_messages_is_skipped():
    out = run(frame(A) + b"\x00\xff garbage \r\n\r\n more" + frame(B))
    assert messages(out) == [A, B] and any(isinstance(i, FramingProblem) for i in out)


def test_an_oversized_message_is_skipped_unread():
    framer = Framer()
    out = framer.feed(b"Content-Length: %d\r\n\r\n" % (MAX_BODY_BYTES + 10) + b"x" * 1000)
    assert len(out) == 1 and isinstance(out[0], FramingProblem)
    assert framer.feed(b"y" * (MAX_BODY_BYTES + 10 - 1000)) == []
    assert framer.feed(frame(B)) == [B]


def test_a_five_megabyte_message_in_small_chunks():
    big = {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"text": "x" * (5 * 1024 * 1024)}}
    stream = frame(big)
    framer = Framer()
    out = []
    for i in range(0, len(stream), 65536):
        out += framer.feed(stream[i:i + 65536])
    assert out == [big]


def test_a_length_that_claims_the_next_messages_loses_neither():
    """Found by the property below: a stray header whose length covers both following messages and more."""
    out = run(b"Content-Length: 123\r\n\r\n" + frame(A) + frame(B))
    assert messages(out) == [A, B]


FRAGMENTS = [b"Content-Length: ", b"Content-Length:", b"\r\n", b"\r\n\r\n", b"{", b"}", b"[", b"]", b"12", b"3",
             b"\"x\"", b":", b",", b" ", b"\xff", b"\x00", b"null", b"Content-Type: a\r\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25) | st.binary(max_size=200), st.integers(1, 64))
def test_after_any_garbage_the_next_message_is_found(garbage, chunk):
    """Whatever precedes them (within the size cap), well-framed messages are read again, in any chunking (the
    first may be lost when the garbage claims its bytes as a body)."""
    garbage = b"".join(garbage) if isinstance(garbage, list) else garbage
    stream = garbage + frame(A) + frame(B)
    framer = Framer()
    out = []
    for i in range(0, len(stream), chunk):
        out += framer.feed(stream[i:i + chunk])
    for _ in range(4):
        out += framer.idle()
    assert messages(out)[-1:] == [B]
