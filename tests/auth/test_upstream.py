"""Upstream Authentication-Results: parsing (RFC 8601, Microsoft 365's form, ARC's) and the
trust rules (inside the boundary, trusted authserv-id, the Microsoft 365 setting)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.auth.received import find_boundary
from mailwarden.auth.upstream import (
    clean_domain,
    parse_authentication_results,
    trusted_upstream,
)
from mailwarden.config import AuthSettings
from mailwarden.message.parse import Message
from tests.helpers import make_message

M365 = (
    "spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=x.com; dkim=pass (signature\r\n"
    " was verified) header.d=x.com;dmarc=pass action=none header.from=x.com;compauth=pass\r\n"
    " reason=100"
)
STANDARD = (
    'mx.ours.example 1; spf=pass (domain of b@x.com designates 1.2.3.4 as permitted sender) '
    'smtp.mailfrom=b@x.com; dkim=pass (2048-bit key; "unprotected") header.d=x.com '
    'header.i=@x.com header.s=sel header.b="AbC;dE"; dmarc=fail reason="policy (p=reject)" '
    "header.from=x.com; arc=none"
)
EXTERNAL = "from mail.x.com (mail.x.com [1.2.3.4]) by mx.ours.example"


def test_parse_standard_form() -> None:
    header = parse_authentication_results(STANDARD)
    assert header is not None
    assert header.authserv_id == "mx.ours.example"
    assert not header.microsoft_form
    by_method = {r.method: r for r in header.results}
    assert by_method["spf"].result == "pass"
    assert by_method["spf"].prop("smtp.mailfrom") == "b@x.com"
    assert by_method["dkim"].prop("header.d") == "x.com"
    assert by_method["dkim"].prop("header.b") == "AbC;dE"  # quoted ";" is not a separator
    assert by_method["dmarc"].result == "fail"
    assert by_method["dmarc"].reason == "policy (p=reject)"
    assert by_method["arc"].result == "none"


def test_parse_microsoft_form() -> None:
    header = parse_authentication_results(M365)
    assert header is not None
    assert header.microsoft_form and header.authserv_id == ""
    methods = [(r.method, r.result) for r in header.results]
    assert methods == [("spf", "pass"), ("dkim", "pass"), ("dmarc", "pass"), ("compauth", "pass")]
    assert header.results[2].prop("action") == "none"
    assert header.results[2].prop("header.from") == "x.com"


def test_parse_arc_form_and_none() -> None:
    header = parse_authentication_results(
        "i=1; mx.google.com; dkim=pass header.i=@x.com; spf=softfail smtp.mailfrom=x.com",
        header="ARC-Authentication-Results",
    )
    assert header is not None
    assert header.authserv_id == "mx.google.com"
    assert [r.result for r in header.results] == ["pass", "softfail"]
    empty = parse_authentication_results("mx.ours.example; none")
    assert empty is not None and empty.results == ()
    odd = parse_authentication_results("mx (comment ( nested ) ) ; spf = hardfail smtp.helo=h.x")
    assert odd is not None and odd.authserv_id == "mx"
    assert (odd.results[0].method, odd.results[0].result) == ("spf", "fail")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_value_parses(value: str) -> None:
    parse_authentication_results(value)
    parse_authentication_results(value, header="ARC-Authentication-Results")


def test_clean_domain() -> None:
    assert clean_domain("@X.com") == "x.com"
    assert clean_domain("bounce@mail.x.com.") == "mail.x.com"
    assert clean_domain("none") == ""
    assert clean_domain("x.com; evil") == ""


def _message(headers: list[tuple[str, str]]) -> Message:
    unfolded = [(name, value.replace("\r\n", "")) for name, value in headers]
    return Message(make_message(headers=unfolded))


def _upstream(msg: Message, settings_: AuthSettings) -> list[str]:
    found = trusted_upstream(msg, settings_, find_boundary(msg, settings_))
    return [h.authserv_id or "m365" for h in found.headers]


TRUSTING = AuthSettings(trusted_authserv_ids=("mx.ours.example",))


def test_a_trusted_header_inside_the_boundary_counts() -> None:
    msg = _message([("Authentication-Results", STANDARD), ("Received", EXTERNAL)])
    assert _upstream(msg, TRUSTING) == ["mx.ours.example"]


def test_an_untrusted_authserv_id_is_ignored() -> None:
    msg = _message([
        ("Authentication-Results", STANDARD.replace("mx.ours.example", "mx.other.example")),
        ("Received", EXTERNAL),
    ])
    found = trusted_upstream(msg, TRUSTING, find_boundary(msg, TRUSTING))
    assert found.headers == () and found.ignored == 1


def test_a_header_the_sender_added_is_ignored_whatever_it_says() -> None:
    # Below our Received header: written before the message reached us.
    forged = "mx.ours.example; spf=pass smtp.mailfrom=bank.example; dkim=pass header.d=bank.example"
    msg = _message([("Received", EXTERNAL), ("Authentication-Results", forged)])
    assert _upstream(msg, TRUSTING) == []
    # Also without any Received header: no boundary, nothing is trusted.
    assert _upstream(_message([("Authentication-Results", forged)]), TRUSTING) == []


def test_microsoft_form_needs_the_setting() -> None:
    msg = _message([("Authentication-Results", M365), ("Received", EXTERNAL)])
    assert _upstream(msg, AuthSettings()) == []
    assert _upstream(msg, TRUSTING) == []
    assert _upstream(msg, AuthSettings(trust_microsoft_365=True)) == ["m365"]
    below = _message([("Received", EXTERNAL), ("Authentication-Results", M365)])
    assert _upstream(below, AuthSettings(trust_microsoft_365=True)) == []


def test_topmost_trusted_header_comes_first() -> None:
    newer = "mx.ours.example; spf=fail smtp.mailfrom=x.com"
    older = "mx.ours.example; spf=pass smtp.mailfrom=x.com"
    msg = _message([
        ("Authentication-Results", newer),
        ("Received", "from mx1.ours.example ([10.0.0.1]) by store.ours.example"),
        ("Authentication-Results", older),
        ("Received", EXTERNAL),
    ])
    settings_ = AuthSettings(trusted_authserv_ids=("MX.ours.example",), boundary_hops=2)
    found = trusted_upstream(msg, settings_, find_boundary(msg, settings_))
    first = found.first("spf")
    assert first is not None and first[0].result == "fail"
