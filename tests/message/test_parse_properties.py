"""Property-based tests of the parser: ``Message`` on arbitrary bytes and on well-formed
messages mangled at random. Whatever the input, every attribute a detector reads is accessible,
never raises, stays within the limits, and costs less than the engine's per-message deadline.
"""

from __future__ import annotations

import base64
import quopri
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailwarden.config import Limits
from mailwarden.message.parse import Message, parse_address_list
from tests.message.test_hostile import touch_everything

DEADLINE = Limits().deadline_seconds
# Modest and reproducible: the suite stays fast and a failure replays the same way.
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check(raw: bytes) -> Message:
    start = time.monotonic()
    msg = Message(raw)
    touch_everything(msg)
    elapsed = time.monotonic() - start
    assert elapsed < DEADLINE, f"{elapsed:.2f} s"
    limits = msg.limits
    assert msg.raw == raw[: limits.max_message_bytes]
    assert len(msg.parts) <= limits.max_parts
    assert len(msg.links) <= limits.max_links + 50  # + links found in attachments
    assert len(msg.body_text) <= limits.max_text_chars
    for name, value in msg.headers:
        assert isinstance(name, str) and isinstance(value, str)
        assert "\n" not in value and "\r" not in value
    for part in msg.parts:
        assert isinstance(part.payload, bytes) and isinstance(part.text, str)
    for defect in msg.defects:
        assert defect.kind and defect.detail
    return msg


@SETTINGS
@given(st.binary(max_size=8192))
def test_arbitrary_bytes(raw: bytes) -> None:
    check(raw)


# -- structured messages, then mangled -----------------------------------------------------

HEADER_NAMES = st.sampled_from([
    "From", "To", "Cc", "Reply-To", "Return-Path", "Subject", "Date", "Message-ID",
    "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "MIME-Version",
    "Received", "Authentication-Results", "DKIM-Signature", "X-Odd",
])
ODD_TEXT = st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "=?utf-8?B?w6k=?=", "=?utf-8?q?caf=C3=A9?=", "=?x-unknown?Q?x?=", "=?utf-8?B?!!?=",
        "=?utf-7?Q?+AGE-?=", "\"Microsoft 365\" <no-reply@rnicrosoft-secure.com>",
        "(((((((", "<a@b> <c@d>", "@@@", "a@", "multipart/mixed; boundary=", "text/plain;;;",
        'text/plain; charset="x-unknown"', "text/html; charset*=utf-8''%ff", "base64",
        "quoted-printable", "attachment; filename*=utf-8''%e2%82%ac.pdf",
    ]),
)
CHARSETS = st.sampled_from(["utf-8", "latin-1", "x-unknown", "utf-7", "us-ascii", "gb2312", ""])
ENCODINGS = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", ""])
SUBTYPES = st.sampled_from(["plain", "html"])
BODY_TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from([
        '<a href="https://outlook.office365.com.account-verify.top/login">Sign in</a>',
        "<form action=http://x.example/p><input type=password></form>",
        "Visit www.example.com or http://[::1]:99999/ or https://xn--80ak6aa92e.com/",
        "<div>" * 50, "</a></a></div>", "&#0;&#xD800;",
    ]),
)


def encode_body(text: str, charset: str, cte: str) -> bytes:
    try:
        data = text.encode(charset or "utf-8")
    except (LookupError, UnicodeError):
        data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


@st.composite
def leaf(draw: st.DrawFn) -> bytes:
    charset, cte, subtype = draw(CHARSETS), draw(ENCODINGS), draw(SUBTYPES)
    head = f"Content-Type: text/{subtype}" + (f'; charset="{charset}"' if charset else "")
    head += f"\r\nContent-Transfer-Encoding: {cte}\r\n" if cte else "\r\n"
    if draw(st.booleans()):
        head += f"Content-Disposition: attachment; filename=\"{draw(st.text(max_size=20))}\"\r\n"
    return head.encode("utf-8", "surrogateescape") + b"\r\n" + encode_body(
        draw(BODY_TEXT), charset, cte
    )


@st.composite
def entity(draw: st.DrawFn, depth: int = 0) -> bytes:
    if depth >= 3 or draw(st.booleans()):
        return draw(leaf())
    boundary = draw(st.sampled_from(["b1", "=_x", "a", "--", "long" * 20, ""])) + str(depth)
    children = draw(st.lists(entity(depth + 1), min_size=0, max_size=4))
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\npreamble\r\n'.encode()]
    for child in children:
        out.append(f"--{boundary}\r\n".encode() + child + b"\r\n")
    if draw(st.booleans()):
        out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


@st.composite
def message(draw: st.DrawFn) -> bytes:
    fields = draw(st.lists(st.tuples(HEADER_NAMES, ODD_TEXT), max_size=12))
    head = "".join(f"{name}: {value}\r\n" for name, value in fields)
    return head.encode("utf-8", "surrogateescape") + draw(entity())


MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["delete", "insert", "duplicate", "truncate", "lf", "cr", "nul"]),
        st.floats(0, 1),
        st.floats(0, 1),
        st.binary(max_size=16),
    ),
    max_size=4,
)


def mangle(raw: bytes, mutations: list[tuple[str, float, float, bytes]]) -> bytes:
    for kind, a, b, junk in mutations:
        i, j = sorted((int(a * len(raw)), int(b * len(raw))))
        if kind == "delete":
            raw = raw[:i] + raw[j:]
        elif kind == "insert":
            raw = raw[:i] + junk + raw[i:]
        elif kind == "duplicate":
            raw = raw[:j] + raw[i:j] + raw[j:]
        elif kind == "truncate":
            raw = raw[:j]
        elif kind == "lf":
            raw = raw.replace(b"\r\n", b"\n")
        elif kind == "cr":
            raw = raw.replace(b"\r\n", b"\r")
        else:
            raw = raw[:i] + b"\x00" + raw[i:]
    return raw


@SETTINGS
@given(message())
def test_structured_messages(raw: bytes) -> None:
    check(raw)


@SETTINGS
@given(message(), MUTATIONS)
def test_mangled_messages(raw: bytes, mutations: list[tuple[str, float, float, bytes]]) -> None:
    check(mangle(raw, mutations))


@SETTINGS
@given(st.text(max_size=400))
def test_address_lists_never_raise(value: str) -> None:
    for address in parse_address_list(value):
        assert address.domain == address.domain.lower()
        assert not address.domain.endswith(".")


@SETTINGS
@given(st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=6), st.text(max_size=50))
def test_well_formed_multipart_round_trips(names: list[str], text: str) -> None:
    """What a well-formed multipart carries, the parser gives back, part by part."""
    words = [f"{name}-{i}-{text.encode('utf-8', 'replace').hex()}" for i, name in enumerate(names)]
    out = [b'From: a@example.org\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n']
    for word in words:
        out.append(b"--zz\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + word.encode())
        out.append(b"\r\n")
    out.append(b"--zz--\r\n")
    msg = check(b"".join(out))
    assert [p.text for p in msg.parts] == words
