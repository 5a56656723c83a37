"""The policies shipped in policies/ load, and set the trust boundary their mailbox host needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwarden.config import load_policy
from mailwarden.engine import Engine

POLICIES = Path(__file__).resolve().parent.parent / "policies"

# The layout of a message in a Gmail export: Gmail's internal hop on top, its ARC set, then the
# mx.google.com hop that records the outside client, and Gmail's plain Authentication-Results
# below that hop (where the sender's own headers begin).
GMAIL_LAYOUT = b"""\
Delivered-To: ana@gmail.com
Received: by 2002:a05:6a10:23e7:b0:a34:c753:c4e6 with SMTP id fu6ts4kua1;
        Tue, 04 Nov 2025 09:12:01 -0800 (PST)
ARC-Authentication-Results: i=1; mx.google.com;
       dkim=pass header.i=@shop.example header.s=s1;
       spf=pass smtp.mailfrom=bounce@shop.example;
       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=shop.example
Return-Path: <bounce@shop.example>
Received: from mail.shop.example (mail.shop.example. [198.51.100.7])
        by mx.google.com with ESMTPS id 5b1f17b1804b1;
        Tue, 04 Nov 2025 09:12:00 -0800 (PST)
Authentication-Results: mx.google.com;
       dkim=pass header.i=@shop.example header.s=s1;
       spf=pass smtp.mailfrom=bounce@shop.example;
       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=shop.example
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example; s=s1;
        h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA
From: Shop <orders@shop.example>
To: ana@gmail.com
Subject: Your order has shipped
Date: Tue, 04 Nov 2025 09:11:58 -0800
Message-ID: <o1@shop.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Your order is on its way.
"""

# A sender who writes Gmail's results itself, at the top of its own headers: it lands exactly
# where Gmail's plain Authentication-Results would be, and no ARC set of Gmail's vouches for it.
FORGED_BELOW = GMAIL_LAYOUT.replace(
    b"ARC-Authentication-Results: i=1; mx.google.com;\n"
    b"       dkim=pass header.i=@shop.example header.s=s1;\n"
    b"       spf=pass smtp.mailfrom=bounce@shop.example;\n"
    b"       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=shop.example\n",
    b"",
)


@pytest.mark.parametrize("path", sorted(POLICIES.glob("*.toml")), ids=lambda p: p.name)
def test_shipped_policy_loads(path: Path) -> None:
    Engine(load_policy(path, extra={"dns": {"offline": True}}))


def _auth(raw: bytes) -> dict[str, str]:
    engine = Engine(load_policy(POLICIES / "gmail.toml", extra={"dns": {"offline": True}}))
    return engine.scan(raw).auth.to_dict()


def test_gmail_policy_believes_gmails_arc_results() -> None:
    auth = _auth(GMAIL_LAYOUT)
    assert (auth["spf"], auth["dkim"], auth["dmarc"], auth["basis"]) == (
        "pass", "pass", "pass", "upstream"
    )


def test_gmail_policy_ignores_results_below_the_boundary() -> None:
    auth = _auth(FORGED_BELOW)
    assert auth["dmarc"] == "none"
    assert auth["basis"] == "none"
