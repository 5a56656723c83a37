"""SENDER_LOOKALIKE_CORRESPONDENT: a reply from a cousin of a correspondent's domain in the
thread it quotes (vendor-invoice fraud), and the threads it leaves alone."""

from __future__ import annotations

import pytest

from mailwarden.message.parse import parse
from mailwarden.quoted_correspondents import quoted_correspondents
from tests.helpers import finding_ids, make_message, scan_offline

FINDING = "SENDER_LOOKALIKE_CORRESPONDENT"

OUTLOOK_THREAD = """Hi Sam,

Before you process the payment run: we have changed banks, please update our details.

Claire

-----Original Message-----
From: Sam Porter <s.porter@tidewater-marine.com>
Sent: 04 November 2026 10:12
To: Claire Benson <c.benson@{vendor}>
Subject: RE: Invoice INV-20877

This is approved and will go in Friday's run.
"""

GMAIL_THREAD = """Hi Melissa, please see our new account below.

On Tue, 25 Nov 2026 at 10:18, Ivy Ng <
ivy.ng@{vendor}> wrote:
> Noted, we will arrange the payment this week.
"""


@pytest.mark.parametrize("thread", [OUTLOOK_THREAD, GMAIL_THREAD])
@pytest.mark.parametrize(
    ("sender", "vendor"),
    [
        ("c.benson@fairleigh-packaglng.co.uk", "fairleigh-packaging.co.uk"),  # i for l
        ("ivy.ng@sinwah-electrical.com", "sinwahelectrical.com.sg"),  # a hyphen added
        ("ap@northwind-tradeing.com", "northwind-trading.com"),  # a letter added
    ],
)
def test_reply_from_a_cousin_of_the_vendors_domain(thread: str, sender: str, vendor: str) -> None:
    raw = make_message(
        from_=f"Accounts <{sender}>",
        to="payables@tidewater-marine.com",
        subject="RE: Invoice INV-20877",
        text=thread.format(vendor=vendor),
    )
    result = scan_offline(raw)
    finding = next(f for f in result.findings if f.id == FINDING)
    assert finding.evidence["imitated_domain"] == vendor


@pytest.mark.parametrize(
    ("sender", "vendor"),
    [
        # The vendor itself, and its own name under another suffix.
        ("c.benson@fairleigh-packaging.co.uk", "fairleigh-packaging.co.uk"),
        ("c.benson@fairleigh-packaging.com", "fairleigh-packaging.co.uk"),
        # A group company: the name with a word added.
        ("c.benson@fairleigh-packaging-group.com", "fairleigh-packaging.co.uk"),
        # Names too short to tell apart, unrelated names, free-mail.
        ("c.benson@acmes.com", "acme.com"),
        ("c.benson@harbourline.com", "fairleigh-packaging.co.uk"),
        ("fairleigh.packaging@gmail.com", "fairleigh-packaging.co.uk"),
    ],
)
def test_replies_it_leaves_alone(sender: str, vendor: str) -> None:
    raw = make_message(
        from_=f"Claire <{sender}>",
        to="payables@tidewater-marine.com",
        text=OUTLOOK_THREAD.format(vendor=vendor),
    )
    assert FINDING not in finding_ids(scan_offline(raw))


def test_an_address_outside_the_quoted_headers_is_no_correspondent() -> None:
    """A look-alike of a domain the text or a signature mentions is not a thread hijack."""
    raw = make_message(
        from_="Claire <c.benson@fairleigh-packaglng.co.uk>",
        to="payables@tidewater-marine.com",
        text="Please write to c.benson@fairleigh-packaging.co.uk from now on.\n",
    )
    assert FINDING not in finding_ids(scan_offline(raw))


def test_imitating_the_reader_is_the_recipient_finding_alone() -> None:
    raw = make_message(
        from_="Sam <s.porter@tidewater-marlne.com>",
        to="payables@tidewater-marine.com",
        text=OUTLOOK_THREAD.format(vendor="fairleigh-packaging.co.uk"),
    )
    ids = finding_ids(scan_offline(raw))
    assert "SENDER_LOOKALIKE_RECIPIENT_DOMAIN" in ids
    assert FINDING not in ids


def test_quoted_correspondents_read_localised_and_starred_headers() -> None:
    text = (
        "Bitte beachten.\n\n*Von:* Jana Novak <jana@kestrel-bau.de>\n*An:* buchhaltung@ost.de\n"
        "> De : Marc <marc@atelier-lyon.fr>\n差出人: 森田 <y.morita@tokai-seiki.co.jp>\n"
        "Le lun. 3 nov. 2026 à 09:12, Luc <luc@vinerie.fr> a écrit :\n"
        "Contact: someone@elsewhere.org\n"
    )
    assert quoted_correspondents(parse(make_message(text=text))) == [
        "jana@kestrel-bau.de",
        "buchhaltung@ost.de",
        "marc@atelier-lyon.fr",
        "y.morita@tokai-seiki.co.jp",
        "luc@vinerie.fr",
    ]
