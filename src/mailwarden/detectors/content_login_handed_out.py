"""A login and a password handed to the reader for a site: the fake-wallet bait.

"Your wallet has been funded with 140 BTC, login with below details: Customer ID 80432456,
CODE menu2050" or "ID: 37405796 Pass: tHvb862M" — the message gives the reader working
credentials for a fake exchange, where the "balance" can only be withdrawn after paying a
fee. Legitimate services never mail a user name and its password together in the clear
(a reset link or a one-time code, alone, is what they send), so an identifier label followed
closely by a password label, each with a value, is named as such. When the body also states
a crypto sum ("27 BTC", "₿ 0.8", "140 btc") the login is to a "funded wallet": the bait itself,
named apart (CONTENT_LOGIN_TO_FUNDED_WALLET).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding

_BODY_MAX = 100_000
# "<id label>: value ... <password label>: value" within 80 characters. The quantifiers are
# bounded, so each start position costs a constant: linear in the body.
_PAIR = re.compile(
    r"(?is)\b(id|login|user(?:\s?name)?|customer\s?id|account)[ \t]{0,16}[:=][ \t]{0,16}(\S{3,40})"
    r".{0,80}?\b(pass(?:word)?|pwd|senha|passwort|code)[ \t]{0,16}[:=][ \t]{0,16}(\S{4,40})"
)

# A sum in a crypto currency: "80.9 BTC", "27 BTC", "1,500 USDT", "2 bitcoins", "₿0.5".
_CRYPTO_SUM = re.compile(
    r"(?i)(?<![\w.,])\d[\d.,]{0,14}\s?(?:btc|eth|usdt|bitcoins?|ethereum)\b|₿\s?\d[\d.,]{0,14}"
)


@detector(emits={"CONTENT_LOGIN_HANDED_OUT", "CONTENT_LOGIN_TO_FUNDED_WALLET"}, group="content")
def login_handed_out(msg: Message, ctx: Context) -> Iterator[Finding]:
    body = (msg.body_text or "")[:_BODY_MAX]
    match = _PAIR.search(body)
    if match is None:
        return
    yield Finding(
        "CONTENT_LOGIN_HANDED_OUT",
        summary="the message hands the reader a login and its password",
        evidence={"id_label": match.group(1)[:20], "password_label": match.group(3)[:20]},
    )
    funded = _CRYPTO_SUM.search(body)
    if funded is not None:
        yield Finding(
            "CONTENT_LOGIN_TO_FUNDED_WALLET",
            summary=f'the login is to an account said to hold "{funded.group(0).strip()}"',
            evidence={"sum": funded.group(0).strip()[:30]},
        )
