"""A crypto wallet's message that has the reader download its software from someone else's site.

The fake-wallet campaign of 2025-2026 ("Leap Desktop", "Hodl Hodl Desktop", "Exodus Desktop
App", "ELLIPAL Desktop"): the browser extension is "deprecated", the new desktop app is "now
available for download", and the download is a drainer or stealer on a fresh domain
(``hodldesktop.com``, ``exodus-walletdesktopapp.io``) that is not the sender's. A wallet maker
publishes its app on its own site or in the app stores, and its newsletters link there.

The message must speak of wallets and keys (at least two mentions of the ``_WALLET`` words),
urge a download or install of an app, extension or desktop version in one sentence
(``_DOWNLOAD``), and link somewhere that is none of: the sender's organisation, an email
service's click tracker (``esp_trackers.txt``), an app store (``app_stores.txt``), or a
known brand's own domain (a newsletter may tell readers to get Ledger Live from ledger.com).
The words are English, as the campaign is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.claims import owner_brand, sender_organisations
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import Link, host_matches, is_action_link
from mailwarden.result import Finding

_DOWNLOAD = re.compile(
    r"(?i)\b(?:download|install)\w*\b[^.!?\n]{0,80}"
    r"\b(?:desktop|app|application|extension|client|version|wallet)\b"
    r"|\b(?:desktop|app|application|extension|wallet)\b[^.!?\n]{0,60}"
    r"\bavailable (?:for|to) download\b"
)
_WALLET = re.compile(
    r"(?i)\b(?:wallets?|seed phrase|recovery phrase|private keys?|bitcoin|crypto\w*|blockchain"
    r"|non-custodial|self-custody|multisig|defi|web3)\b"
)
_WALLET_MENTIONS = 2
_TEXT_MAX = 20_000


def _elsewhere(link: Link, orgs: frozenset[str], ctx: Context) -> bool:
    """Whether the link leads to a site that is neither the sender's, a click tracker, an
    app store nor a known brand's."""
    if not is_action_link(link) or not link.registrable or link.registrable in orgs:
        return False
    knowledge = ctx.knowledge
    if host_matches(link.host, knowledge.esp_trackers) or host_matches(
        link.host, knowledge.app_stores
    ):
        return False
    return owner_brand(link.host, knowledge) is None


@detector(emits={"LINK_WALLET_APP_OFF_SENDER"}, group="link")
def wallet_app_off_sender(msg: Message, ctx: Context) -> Iterator[Finding]:
    text = f"{msg.subject}\n{msg.body_text[:_TEXT_MAX]}"
    urged = _DOWNLOAD.search(text)
    if urged is None or len(_WALLET.findall(text)) < _WALLET_MENTIONS:
        return
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    found = [link for link in msg.links if _elsewhere(link, orgs, ctx)]
    if not found:
        return
    yield Finding(
        "LINK_WALLET_APP_OFF_SENDER",
        summary=(
            f'a crypto wallet message urges "{urged.group(0)[:60]}" and links to'
            f" {found[0].registrable}, not the sender's site"
        ),
        evidence={
            "said": urged.group(0)[:120],
            "url": [link.url for link in found[:5]],
            "domain": sorted({link.registrable for link in found})[:5],
        },
    )
