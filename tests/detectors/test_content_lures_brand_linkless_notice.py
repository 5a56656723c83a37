"""A known brand's own notice without any link (our own messages): "if you did not make this
change, call us" has nowhere to send its reader but the brand's telephone line, so its
account lures are its own. The same text from a domain that is no brand, a notice of a
charge to dispute by telephone, or one that attaches a page, is judged."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

TEXT = (
    "The password for your online banking was changed on 11 February 2026 at 18:54. If you "
    "made this change, no further action is required. If you did not make this change, please "
    "call us immediately on +1 (212) 555-0148."
)
LURES = {"CONTENT_UNUSUAL_SIGNIN", "CONTENT_SCAM_TECH_SUPPORT", "CONTENT_LURE_DENSE"}


def _ids(from_: str, text: str = TEXT, **kw: object) -> set[str]:
    raw = make_message(from_=from_, subject="Your password has been changed", text=text, **kw)  # type: ignore[arg-type]
    return finding_ids(scan_offline(raw))


def test_a_known_brands_linkless_security_notice_says_its_own_lures() -> None:
    assert not _ids("Chase <no.reply.alerts@chase.com>") & LURES


def test_the_same_notice_from_no_brand_is_judged() -> None:
    assert _ids("Online Banking <alerts@secure-banking-alerts.com>") & LURES


def test_a_charge_to_dispute_by_telephone_is_judged_whoever_sends_it() -> None:
    charge = (
        "Your McAfee Total Protection subscription has been renewed and $499.99 was charged "
        "to your card. If you did not authorise this renewal, please call us immediately on "
        "+1 (808) 555-0199."
    )
    assert _ids("McAfee <billing@mcafee.com>", text=charge) & LURES


def test_an_attached_page_is_judged() -> None:
    attached = [("secure.html", "text/html", b"<form action='https://x.example/'></form>")]
    assert _ids("Chase <no.reply.alerts@chase.com>", attachments=attached) & LURES
