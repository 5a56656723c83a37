"""The link_ and brand_ detectors on hostile and degenerate input: never an error finding."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import make_message, scan_offline

MINE = ("LINK_", "BRAND_")


def _assert_no_errors(raw: bytes) -> None:
    result = scan_offline(raw)
    errors = [
        f
        for f in result.findings
        if f.id == "ENGINE_DETECTOR_ERROR"
        and str(f.evidence.get("detector", "")).startswith(("link_", "brand_"))
    ]
    assert not errors, errors


def test_degenerate_messages() -> None:
    for raw in (
        b"",
        b"\n\n",
        b"From: \nSubject: \n\n",
        b"From: <@>\n\nhttp://[::1 http://xn--/ http://xn--zz.com http://.../",
        b"From: =?utf-8?b?w4Z=?= <a@b>\n\n<a href='http://%zz'>http://%zz</a>",
        make_message(from_="\u202ePayPal\u202c <a@xn--80ak6aa92e.com>", text="x"),
        make_message(
            text=None,
            html="".join(
                f"<a href='http://h{i}.example/{'a' * 50}'>x{i}.com</a>" for i in range(800)
            ),
        ),
        make_message(text="http://" + "a." * 200 + "com " + "https://" + "-" * 5000),
    ):
        _assert_no_errors(raw)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120), st.text(max_size=400))
def test_random_display_and_links(display: str, body: str) -> None:
    display = display.replace("\r", " ").replace("\n", " ")
    html = f"<a href='{body[:200]}'>{body[200:]}</a><a href='http://{body[:60]}'>{display}</a>"
    raw = make_message(from_="x <a@example.org>", text=body, html=html)
    raw = raw.replace(b"From: x", b"From: " + display.encode("utf-8", "replace")[:200], 1)
    _assert_no_errors(raw)
