"""An account lure together with a link that asks to act on it.

"Your password expires today" is a lure; a link labelled "Keep same password" next to it is
the hook. Either alone is common enough in genuine notifications; together they are the
shape of credential phishing — unless every link goes back to the sender's own
organisation (``mailwarden.destinations``), as a genuine notification's do, or to a
government site (a domain only public bodies can register), where no attacker can have put
the page. Call-to-action words are
data (the ``call_to_action`` vocabulary in ``data/lures/*.toml``), matched against the
visible text of web links only.

A call-to-action link behind an email service provider's click tracker (ct.sendgrid.net,
list-manage.com) hides where it goes: a payroll portal's "Log in to view" payslip notice and a
hijacked ESP account's credential lure look the same from here. That is a weaker hook,
``CONTENT_LURE_WITH_TRACKED_LINK``, raised only when no call-to-action link shows an
off-organisation destination.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.destinations import leads_only_to_government, stays_with_sender
from mailwarden.detectors import Context, detector
from mailwarden.lures import find_lures, lures_in_text
from mailwarden.message.parse import Message
from mailwarden.message.urls import host_matches
from mailwarden.result import Finding

# Lures that ask for the recipient's account, as opposed to scams that sell or promise.
ACCOUNT_LURES = frozenset(
    {
        "password_expiry",
        "mailbox_full",
        "unusual_signin",
        "credential",
        "account_problem",
        "shared_document",
    }
)
MAX_LINKS = 200


@detector(emits={"CONTENT_LURE_WITH_LINK", "CONTENT_LURE_WITH_TRACKED_LINK"}, group="content")
def lure_with_link(msg: Message, ctx: Context) -> Iterator[Finding]:
    lures = [m for m in find_lures(msg, ctx.knowledge) if m.category in ACCOUNT_LURES]
    if not lures or stays_with_sender(msg, ctx):
        return
    if leads_only_to_government(msg, ctx.knowledge):
        return
    tracked: Finding | None = None
    for link in msg.links[:MAX_LINKS]:
        if link.scheme not in ("http", "https") or not link.text:
            continue
        actions = [
            m
            for m in lures_in_text(link.text[:200], ctx.knowledge, "link")
            if m.category == "call_to_action"
        ]
        if not actions:
            continue
        behind_tracker = bool(host_matches(link.host, ctx.knowledge.esp_trackers))
        finding = Finding(
            "CONTENT_LURE_WITH_TRACKED_LINK" if behind_tracker else "CONTENT_LURE_WITH_LINK",
            summary=f'account lure ("{lures[0].phrase}") with a link "{link.text[:60]}"'
            + (" behind an email service's click tracker" if behind_tracker else ""),
            evidence={
                "lures": sorted({m.phrase for m in lures})[:6],
                "link_text": link.text,
                "url": link.url,
            },
        )
        if not behind_tracker:
            yield finding
            return
        tracked = tracked or finding
    if tracked is not None:
        yield tracked
