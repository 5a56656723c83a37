"""A QR code carrying a web address, in an attached or inline image or inside a PDF.

"Quishing": the link is drawn, not written, so link scanners on the mail path never see it
and the reader opens it on a phone, outside the company's protection. The QR payload is read
with zxing-cpp (ISO/IEC 18004); the URL also joins ``Message.links`` (origin ``qr:<file>``)
so that the link detectors judge where it goes.

ATTACH_QR_LURE is the quishing letter itself: the QR leads away from the sender's
organisation, and the document around it (the PDF's text, else the message) asks the reader
to scan and sign in (``qr_scan`` and ``call_to_action`` vocabularies) or carries an account
or credential lure. Genuine QR codes (tickets, payment slips, app downloads, event check-in)
do not ask for a sign-in on a phone.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import is_web_page_host, sender_organisations
from mailwarden.detectors import Context, detector
from mailwarden.lures import find_lures, lures_in_text
from mailwarden.message.attachments import KIND_PDF, analyse, link_domains
from mailwarden.message.parse import Message
from mailwarden.message.urls import registrable_domain, url_host
from mailwarden.result import Finding

# Lures that make a QR code a sign-in trap, as in attach_document_lure's strong set.
ACCOUNT_CATEGORIES = frozenset(
    {"password_expiry", "mailbox_full", "unusual_signin", "credential", "account_problem"}
)
# Of the call_to_action vocabulary, the ones that mean "sign in" on the page behind the code.
SIGN_IN_WORDS = frozenset(
    {"sign in", "signin", "log in", "login", "verify", "inloggen", "accedi", "se connecter"}
)


@detector(emits={"ATTACH_QR_LINK"}, group="attach")
def qr_link(msg: Message, ctx: Context) -> Iterator[Finding]:
    urls: list[str] = []
    files: list[str] = []
    for item in analyse(msg):
        if item.qr_urls:
            urls.extend(item.qr_urls)
            files.append(item.label)
    domains = link_domains(urls)
    if not domains:
        return
    yield Finding(
        "ATTACH_QR_LINK",
        summary=f"a QR code in {files[0]} leads to {domains[0]}",
        evidence={"url": urls[0], "domain": domains[0], "file": files[0], "domains": domains},
    )


@detector(emits={"ATTACH_QR_LURE"}, group="attach")
def qr_lure(msg: Message, ctx: Context) -> Iterator[Finding]:
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    for item in analyse(msg):
        foreign = [u for u in item.qr_urls if link_domains([u])]
        foreign = [u for u in foreign if registrable_domain(link_domains([u])[0]) not in orgs]
        if not foreign:
            continue
        if item.kind == KIND_PDF and item.text:
            matches = list(lures_in_text(item.text, ctx.knowledge, where="attachment"))
        else:
            matches = list(find_lures(msg, ctx.knowledge))
        categories = {m.category for m in matches}
        scan_sign_in = "qr_scan" in categories and any(
            m.category == "call_to_action" and m.phrase in SIGN_IN_WORDS for m in matches
        )
        lures = sorted(categories & ACCOUNT_CATEGORIES)
        # "Scan the QR code on the attachment" (in the PDF or in the letter around it) to a
        # page anyone can build (web.app, pages.dev, a bucket): no ticket, payment slip or app
        # download lives there.
        hosted = [u for u in foreign if is_web_page_host(url_host(u), ctx.knowledge)]
        if hosted and not scan_sign_in and not lures:
            scan = [
                m.phrase
                for m in [*matches, *find_lures(msg, ctx.knowledge)]
                if m.category == "qr_scan"
            ]
            if scan:
                yield Finding(
                    "ATTACH_QR_LURE",
                    summary=(
                        f"{item.label} asks the reader to scan a QR code to a page anyone can"
                        f" build ({url_host(hosted[0])})"
                    ),
                    evidence={"file": item.label, "url": hosted[0], "phrases": scan[:6]},
                )
                return
        if not scan_sign_in and not lures:
            continue
        phrases = list(
            dict.fromkeys(
                m.phrase
                for m in matches
                if m.category in ACCOUNT_CATEGORIES
                or m.category == "qr_scan"
                or (m.category == "call_to_action" and m.phrase in SIGN_IN_WORDS)
            )
        )[:6]
        yield Finding(
            "ATTACH_QR_LURE",
            summary=(
                f"{item.label} asks the reader to scan a QR code "
                f"to {link_domains(foreign)[0]} and sign in"
                if scan_sign_in
                else f"a QR code in {item.label} leads off-site under a lure ({lures[0]})"
            ),
            evidence={"file": item.label, "url": foreign[0], "phrases": phrases},
        )
        return
