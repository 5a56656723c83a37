"""Advertising for a criminal marketplace: hacked servers, stolen accounts and spam tooling.

Underground shops advertise by spam what phishing and spam campaigns are built from: web
shells, hijacked cPanels, SMTP relays and RDP hosts, "mailers", leads, stolen cards, "fullz",
"bank logs" ("Best Black Market [shells,cpanels,smtps,rdps]"). Analysts name the category on
sight; no legitimate business sells these goods under those names. Hosting companies do sell
"cPanel hosting", "an SMTP relay" or "Windows RDP servers", so the single tooling words
(``market_goods`` in ``data/lures/market.toml``) count only next to goods that are plainly
criminal (``market_goods_strong``: the plurals of hijacked access, spam tools, card data):
at least two different strong goods and four different goods in all.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.lures import find_lures, outermost
from mailwarden.message.parse import Message
from mailwarden.result import Finding

MIN_STRONG = 2
MIN_GOODS = 4
MAX_SHOWN = 8


@detector(emits={"CONTENT_CRIME_MARKET"}, group="content")
def crime_market(msg: Message, ctx: Context) -> Iterator[Finding]:
    strong: set[str] = set()
    weak: set[str] = set()
    for match in find_lures(msg, ctx.knowledge):
        if match.category == "market_goods_strong":
            strong.add(match.phrase)
        elif match.category == "market_goods":
            weak.add(match.phrase)
    # "shell" inside "web shells" is one good, not two: keep only phrases no other contains.
    strong = outermost(strong)
    if len(strong) < MIN_STRONG:
        return
    # A weak word that is the singular of a strong one ("shell" beside "shells") is the
    # same good named twice.
    weak = {w for w in outermost(weak) if not any(s.startswith(w) for s in strong)}
    if len(strong) + len(weak) < MIN_GOODS:
        return
    goods = sorted(strong) + sorted(weak)
    yield Finding(
        "CONTENT_CRIME_MARKET",
        summary=f"advertises criminal goods ({', '.join(sorted(strong)[:4])})",
        evidence={"goods": goods[:MAX_SHOWN], "count": len(goods)},
    )
