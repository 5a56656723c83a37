"""A link whose visible text shows one domain while it leads to another.

"https://www.paypal.com/signin" as the text of a link to ``evil.top`` is deception by
construction. Newsletters do something that looks alike for an honest reason: every link goes
through the mailing service's click tracker, so the text says ``shop.example`` and the href
``click.esp.example``. The rule keeps the deception and leaves the tracking alone:

- the shown domain belongs to a known brand and the target does not (the brand's own links
  stay on the brand's domains, trackers included: ``click.email.paypal.com``); an email
  service provider's click tracker (``ct.sendgrid.net``) hides where it leads, so text shown
  over it proves nothing either way; or
- the shown domain is none of the sender's and the target is a host no tracker uses: an IP
  address, a free hosting or form service, or a look-alike of a brand.

Targets are compared after unwrapping redirectors and rewriters (so Safe Links around the
right domain is no mismatch); rewritten links whose target is not in the URL are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.claims import brand_owns_host, is_hosting_host, owner_brand, sender_organisations
from mailwarden.detectors import Context, detector
from mailwarden.lookalike import lookalike_of
from mailwarden.message.parse import Message
from mailwarden.message.urls import (
    Link,
    host_matches,
    is_unresolved_rewrite,
    registrable_domain,
    safe_split,
    shown_by_tracker,
    to_ascii_host,
)
from mailwarden.result import Finding

# A domain or URL as link text: "www.paypal.com", "https://paypal.com/x", "PayPal.com". The
# text is at most a few hundred characters; the pattern has no nested quantifiers.
_SHOWN = re.compile(
    r"^\s*(?:https?://)?((?:[\w-]{1,63}\.){1,10}[a-z]{2,24})\.?(?::\d{1,5})?(?:[/?#]\S*)?\s*$",
    re.IGNORECASE,
)
_URL_IN = re.compile(r"(?i)https?://([\w.-]{1,253})")


def shown_host(text: str) -> str:
    """The host a link's text presents, "" when the text is not a URL or domain."""
    text = (text or "")[:300]
    match = _SHOWN.match(text)
    if match is None:
        match = _URL_IN.search(text)
    if match is None:
        return ""
    host = to_ascii_host(match.group(1))
    # Text like "file.pdf" or "invoice.docx" names a file, not a host.
    if registrable_domain(host) == host and "." not in host:
        return ""
    return host


def _mismatch(link: Link, ctx: Context, orgs: frozenset[str]) -> tuple[str, str] | None:
    shown = shown_host(link.text)
    if not shown or not link.registrable or is_unresolved_rewrite(link):
        return None
    shown_reg = registrable_domain(shown)
    parts = safe_split(link.url)
    if shown_reg == link.registrable or parts is None:
        return None
    brand = owner_brand(shown, ctx.knowledge)
    if brand is not None:
        # An email service provider's click tracker (ct.sendgrid.net, x.us20.list-manage.com)
        # stands in for every link of a mailing, a URL shown as its text included ("sign up at
        # forms.gle/...", "donate at paypal.com/..." in a club's Mailchimp newsletter): where it
        # leads is not in the URL, so the shown brand is no evidence of a swap. (A tracker
        # that writes its destination into its query is unwrapped and judged by it.) Mail
        # that speaks as a brand through someone else's tracker is LINK_OFF_BRAND's to judge.
        if host_matches(link.host, ctx.knowledge.esp_trackers):
            return None
        if not brand_owns_host(brand, link.host) or is_hosting_host(link.host, ctx.knowledge):
            return shown, "brand"
        return None
    if shown_reg in orgs:
        return None
    if link.is_ip or is_hosting_host(link.host, ctx.knowledge):
        return shown, "untrackable-target"
    if lookalike_of(link.host, ctx.knowledge) is not None:
        return shown, "lookalike-target"
    return None


@detector(emits={"LINK_TEXT_MISMATCH"}, group="link")
def text_mismatch(msg: Message, ctx: Context) -> Iterator[Finding]:
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    found = []
    for link in msg.links:
        if link.origin != "html" or not link.text:
            continue
        # A click tracker that writes its destination into its query is judged by it.
        for target in shown_by_tracker(link, ctx.knowledge.esp_trackers):
            result = _mismatch(target, ctx, orgs)
            if result is not None:
                found.append((target, result))
    if not found:
        return
    link, (shown, why) = found[0]
    yield Finding(
        "LINK_TEXT_MISMATCH",
        summary=f"link text shows {shown} but the link goes to {link.registrable}",
        evidence={
            "shown": [s for _, (s, _) in found[:5]],
            "url": [lk.url for lk, _ in found[:5]],
            "domain": sorted({lk.registrable for lk, _ in found})[:5],
            "reason": sorted({w for _, (_, w) in found}),
        },
    )
