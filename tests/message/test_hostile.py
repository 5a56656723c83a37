"""Hostile input, generated here: every case must give a ScanResult (a verdict or an error),
never raise, and finish within the engine's own per-message deadline. Broken limits must show
up as MIME_LIMIT_EXCEEDED, broken encodings as MIME_MALFORMED.

The one timing assertion is the engine's deadline (``Limits.deadline_seconds``, 2 s), measured
with time.monotonic around the scan; no margin is added, the engine is made fast enough.
"""

from __future__ import annotations

import base64
import random
import time
from collections.abc import Callable

import pytest

from mailwarden.config import Limits
from mailwarden.message.parse import Message
from mailwarden.result import ScanResult
from tests.helpers import finding_ids, offline_engine

DEADLINE = Limits().deadline_seconds
HEAD = b"From: Alice <alice@example.org>\r\nTo: bob@example.net\r\nSubject: test\r\n"


def nested_multipart(depth: int, leaf: bytes = b"deep text\r\n") -> bytes:
    out = [HEAD, b"MIME-Version: 1.0\r\n"]
    for level in range(depth):
        out.append(
            b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
        )
    out.append(b"Content-Type: text/plain\r\n\r\n" + leaf)
    for level in reversed(range(depth)):
        out.append(b"\r\n--b%d--\r\n" % level)
    return b"".join(out)


def nested_rfc822(depth: int) -> bytes:
    layer = b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n"
    return HEAD + layer * depth + b"\r\ninnermost\r\n"


def many_parts(count: int) -> bytes:
    out = [HEAD, b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n']
    for i in range(count):
        out.append(b"--x\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i)
    out.append(b"--x--\r\n")
    return b"".join(out)


def single_part(body: bytes, content_type: bytes = b"text/plain", cte: bytes = b"") -> bytes:
    head = HEAD + b"MIME-Version: 1.0\r\nContent-Type: " + content_type + b"\r\n"
    if cte:
        head += b"Content-Transfer-Encoding: " + cte + b"\r\n"
    return head + b"\r\n" + body


def random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


# (case id, builder, finding ids that must be raised)
CASES: list[tuple[str, Callable[[], bytes], set[str]]] = [
    ("nesting-100", lambda: nested_multipart(100), {"MIME_LIMIT_EXCEEDED"}),
    ("nesting-5000", lambda: nested_multipart(5000), {"MIME_LIMIT_EXCEEDED"}),
    (
        "nesting-900-many-lines",  # quadratic in the standard feed parser
        lambda: nested_multipart(900, b"x\r\n" * 200_000),
        {"MIME_LIMIT_EXCEEDED"},
    ),
    ("rfc822-nesting-5000", lambda: nested_rfc822(5000), {"MIME_LIMIT_EXCEEDED"}),
    ("parts-5000", lambda: many_parts(5000), {"MIME_LIMIT_EXCEEDED"}),
    (
        "empty-parts-2M",
        lambda: HEAD + b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n'
        + b"--x\n" * 2_000_000,
        {"MIME_LIMIT_EXCEEDED"},
    ),
    (
        "header-line-1MB",
        lambda: HEAD + b"X-Long: " + b"A" * (1024 * 1024 + 10) + b"\r\n\r\nbody\r\n",
        {"MIME_LIMIT_EXCEEDED"},
    ),
    (
        "header-fields-3M",
        lambda: HEAD + b"X-A: 1\r\n" * 3_000_000 + b"\r\nbody\r\n",
        {"MIME_LIMIT_EXCEEDED"},
    ),
    (
        "message-30MB",
        lambda: HEAD + b"\r\n" + (b"x" * 998 + b"\r\n") * (30 * 1024),
        {"MIME_LIMIT_EXCEEDED"},
    ),
    ("lines-8M", lambda: single_part(b"x\r\n" * 8_000_000), set()),
    ("charset-unknown", lambda: single_part(b"caf\xe9", b'text/plain; charset="x-unknown"'),
     {"MIME_MALFORMED"}),
    (
        "utf8-declared-latin1-bytes",
        lambda: single_part("Grüße, café".encode("latin-1"), b'text/plain; charset="utf-8"'),
        {"MIME_MALFORMED"},
    ),
    ("utf7", lambda: single_part(b"Hi Mom -+Jjo--!", b"text/plain; charset=utf-7"), set()),
    ("utf7-broken", lambda: single_part(b"+AGEAYgBj+\xff+", b"text/plain; charset=utf-7"), set()),
    ("charset-punycode", lambda: single_part(b"abc-" * 2_000_000, b"text/plain; charset=punycode"),
     {"MIME_MALFORMED"}),
    ("charset-base64-codec", lambda: single_part(b"aGk=", b"text/plain; charset=base64"),
     {"MIME_MALFORMED"}),
    (
        "base64-truncated",
        lambda: single_part(base64.b64encode(b"hello world!!")[:-3], cte=b"base64"),
        {"MIME_MALFORMED"},
    ),
    (
        "base64-invalid-chars",
        lambda: single_part(b"aGVs!!bG8g*d29y~bGQ=", cte=b"base64"),
        {"MIME_MALFORMED"},
    ),
    ("base64-20MB-junk", lambda: single_part(b"!@#$%^&*()" * 2_000_000, cte=b"base64"),
     {"MIME_MALFORMED"}),
    ("qp-truncated", lambda: single_part(b"caf=C3=A9 and more =E", cte=b"quoted-printable"),
     {"MIME_MALFORMED"}),
    ("qp-invalid-escape", lambda: single_part(b"100=ZZ sure=\r\nx", cte=b"quoted-printable"),
     {"MIME_MALFORMED"}),
    ("qp-12MB", lambda: single_part(b"=41=\r\n" * 2_000_000, cte=b"quoted-printable"), set()),
    ("nul-in-headers", lambda: b"From: a\x00b@example.org\r\nSubject: x\x00y\r\n\r\nhi",
     {"MIME_MALFORMED"}),
    ("nul-in-body", lambda: single_part(b"hello\x00world" * 1000), {"MIME_MALFORMED"}),
    ("random-64KB", lambda: random_bytes(65536, 1), set()),
    ("random-1MB", lambda: random_bytes(1 << 20, 2), set()),
    ("empty", lambda: b"", set()),
    ("only-headers", lambda: HEAD, set()),
    ("only-headers-no-newline", lambda: b"From: a@example.org", set()),
    ("no-headers", lambda: b"Just some text\nwith lines and http://example.com/x\n",
     {"MIME_MALFORMED"}),
    ("only-newlines", lambda: b"\n" * 1_000_000, set()),
    (
        "bare-lf",
        lambda: (
            b'From: a@example.org\nContent-Type: multipart/alternative; boundary="q"\n\n'
            b"--q\nContent-Type: text/plain\n\nplain words\n--q--\n"
        ),
        set(),
    ),
    (
        "bare-cr",
        lambda: (
            b'From: a@example.org\rContent-Type: multipart/alternative; boundary="q"\r\r'
            b"--q\rContent-Type: text/plain\r\rplain words\r--q--\r"
        ),
        set(),
    ),
    (
        "rfc2047-broken",
        lambda: (
            b"From: =?utf-8?B?!!!?= <a@example.org>\r\n"
            b"Subject: =?x-unknown?Q?caf=E9?= =?utf-8?q?unterminated =?utf-8?B?w6k?=\r\n"
            b"Subject: =?punycode?q?" + b"a-" * 7000 + b"?=\r\n\r\nbody"
        ),
        set(),
    ),
    ("address-parens-20000", lambda: b"From: " + b"(" * 20000 + b"\r\n\r\nhi", set()),
    ("address-junk", lambda: b"From: <<<@@@>>> \"\"\" ,,, @ <a@>\r\nReply-To: ;;;\r\n\r\nx", set()),
    ("address-8000", lambda: b"From: " + b"a@b.example," * 8000 + b"\r\n\r\nx", set()),
    (
        "received-10000",
        lambda: b"".join(
            b"Received: from h%d.example.net by mx.example.org; Mon, 5 Jan 2026 09:00:00 +0000\r\n"
            % i
            for i in range(10_000)
        )
        + HEAD
        + b"\r\nhello\r\n",
        set(),
    ),
    (
        "dkim-signatures-2000",
        lambda: (
            b"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=s1;"
            b" h=from:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b="
            + b"A" * 344 + b"\r\n"
        ) * 2000 + HEAD + b"\r\nbody",
        set(),
    ),
    (
        "arc-sets-1000",
        lambda: b"".join(
            b"ARC-Seal: i=%d; a=rsa-sha256; cv=pass; d=example.org; s=s1; b=AAAA\r\n"
            b"ARC-Authentication-Results: i=%d; mx.example.org; spf=pass\r\n" % (i, i)
            for i in range(1, 1000)
        ) + HEAD + b"\r\nbody",
        set(),
    ),
    (
        "links-200k-html",
        lambda: single_part(
            b"".join(b'<a href="http://l%d.example.com/x">l</a>\n' % i for i in range(200_000)),
            b"text/html",
        ),
        set(),
    ),
    (
        "links-200k-text",
        lambda: single_part(b"".join(b"http://l%d.example.com/x\n" % i for i in range(200_000))),
        set(),
    ),
    ("html-divs-200k", lambda: single_part(b"<div>" * 200_000 + b"text", b"text/html"), set()),
    (
        "html-spans-then-divs",
        lambda: single_part(b"<b>" * 20_000 + b"<div>x</div>" * 20_000, b"text/html"),
        set(),
    ),
    ("unterminated-boundary", lambda: (
        HEAD + b'Content-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\n'
        b"Content-Type: text/plain\r\n\r\nno closing delimiter\r\n"
    ), {"MIME_MALFORMED"}),
    ("multipart-no-boundary", lambda: single_part(b"--x\r\n\r\nhi", b"multipart/mixed"),
     {"MIME_MALFORMED"}),
]


@pytest.fixture(scope="module", autouse=True)
def warm_engine() -> None:
    offline_engine().scan(b"From: a@example.org\r\n\r\nwarm up")  # build once, outside timing


@pytest.mark.parametrize("build,expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_scan_survives_hostile_input(build: Callable[[], bytes], expected: set[str]) -> None:
    raw = build()
    start = time.monotonic()
    result = offline_engine().scan(raw)
    elapsed = time.monotonic() - start
    assert isinstance(result, ScanResult)
    assert result.error is None or isinstance(result.error, str)
    assert elapsed < DEADLINE, f"scan took {elapsed:.2f} s"
    assert "ENGINE_DEADLINE" not in finding_ids(result)
    assert "ENGINE_DETECTOR_ERROR" not in finding_ids(result), result.findings
    missing = expected - finding_ids(result)
    assert not missing, f"expected {sorted(missing)}, got {sorted(finding_ids(result))}"


def touch_everything(msg: Message) -> None:
    """Every public attribute a detector may read."""
    _ = (msg.headers, msg.raw_headers, msg.from_addresses, msg.from_address, msg.from_domain)
    _ = (msg.reply_to, msg.return_path, msg.subject, msg.header("x"), msg.header_all("From"))
    for part in msg.parts:
        _ = (part.content_type, part.filename, part.is_attachment, part.payload, part.text)
    _ = (msg.text_plain, msg.html, msg.parsed_html, msg.html_text, msg.body_text, msg.links)
    _ = msg.defects


@pytest.mark.parametrize("build", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_every_attribute_survives_hostile_input(build: Callable[[], bytes]) -> None:
    raw = build()
    start = time.monotonic()
    touch_everything(Message(raw))
    assert time.monotonic() - start < DEADLINE


# -- what the parser must still get right on odd input ---------------------------------------


def test_deep_nesting_keeps_shallow_siblings() -> None:
    """A nesting bomb in the first part must not hide the body that follows it."""
    bomb = nested_multipart(3000).split(b"\r\n\r\n", 1)[1]
    raw = (
        HEAD + b'Content-Type: multipart/mixed; boundary="outer"\r\n\r\n--outer\r\n'
        b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n' + bomb
        + b"\r\n--outer\r\nContent-Type: text/plain\r\n\r\nvisible after the bomb\r\n--outer--\r\n"
    )
    msg = Message(raw)
    assert "visible after the bomb" in msg.text_plain
    assert any(d.kind == "depth" for d in msg.defects)


def test_parts_limit_is_recorded_and_first_parts_kept() -> None:
    msg = Message(many_parts(5000))
    assert len(msg.parts) == msg.limits.max_parts
    assert msg.parts[0].text.strip() == "part 0"
    assert any(d.kind == "parts" for d in msg.defects)


@pytest.mark.parametrize("ending", [b"\n", b"\r", b"\r\n"], ids=["lf", "cr", "crlf"])
def test_line_endings_split_the_same(ending: bytes) -> None:
    raw = ending.join([
        b"From: Alice <alice@example.org>",
        b"Subject: endings",
        b'Content-Type: multipart/alternative; boundary="q"',
        b"",
        b"--q",
        b"Content-Type: text/plain",
        b"",
        b"plain words",
        b"--q",
        b"Content-Type: text/html",
        b"",
        b'<a href="https://example.com/">html words</a>',
        b"--q--",
        b"",
    ])
    msg = Message(raw)
    assert msg.subject == "endings"
    assert msg.from_domain == "example.org"
    assert msg.text_plain.strip() == "plain words"
    assert [link.host for link in msg.links] == ["example.com"]
    assert not msg.defects


def test_received_flood_keeps_from() -> None:
    raw = b"Received: from x by y; Mon, 5 Jan 2026 09:00:00 +0000\r\n" * 10_000 + HEAD + b"\r\nhi"
    result = offline_engine().scan(raw)
    assert result.sender == "alice@example.org"
    assert result.subject == "test"


def test_nested_comment_address_does_not_recurse() -> None:
    msg = Message(b"From: " + b"(" * 20000 + b" <evil@example.com>\r\n\r\nhi")
    _ = msg.from_addresses  # the standard address parser recurses per "(": must not escape


def test_links_are_capped() -> None:
    raw = single_part(
        b"".join(b'<a href="http://l%d.example.com/x">l</a>\n' % i for i in range(20_000)),
        b"text/html",
    )
    msg = Message(raw)
    assert 0 < len(msg.links) <= msg.limits.max_links


def test_base64_blocks_padded_separately_decode_whole() -> None:
    body = base64.b64encode(b"ab") + b"\r\n" + base64.b64encode(b"cde") + b"\r\n"
    msg = Message(single_part(body, cte=b"base64"))
    assert msg.parts[0].payload == b"abcde"
    assert not msg.defects


def test_utf8_header_bytes_are_read_as_utf8() -> None:
    msg = Message("Subject: Grüße\r\nFrom: Zoë <z@example.org>\r\n\r\nx".encode())
    assert msg.subject == "Grüße"
    assert msg.from_address is not None and msg.from_address.display == "Zoë"


def test_oversized_message_is_cut_not_dropped() -> None:
    raw = HEAD + b"\r\nfirst words\r\n" + b"x" * (Limits().max_message_bytes + 10)
    msg = Message(raw)
    assert len(msg.raw) == msg.limits.max_message_bytes
    assert msg.text_plain.startswith("first words")
    assert any(d.kind == "size" for d in msg.defects)


def test_base64_encoded_attached_message_is_opened() -> None:
    inner = (
        b"From: x@evil.example\r\nSubject: inner\r\nContent-Type: text/html\r\n\r\n"
        b"<a href='https://evil.example/login'>Sign in</a>\r\n"
    )
    raw = (
        HEAD + b'Content-Type: multipart/mixed; boundary="z"\r\n\r\n'
        b"--z\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        b"--z\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(inner) + b"--z--\r\n"
    )
    msg = Message(raw)
    assert [p.content_type for p in msg.parts] == ["text/plain", "text/html"]
    assert [link.url for link in msg.links] == ["https://evil.example/login"]
