"""Consent phishing: a link that asks the reader to grant an unknown application access.

An OAuth 2.0 authorization request (RFC 6749 §4.1.1) opens the identity provider's real
sign-in page (login.microsoftonline.com, accounts.google.com: ``identity_endpoints.txt``) and
asks the reader to let an application, named by ``client_id``, act for them; the provider then
sends the reader, and a code for the application, to ``redirect_uri``. Attackers register an
application with a trustworthy name, ask for the mailbox and the files (``Mail.ReadWrite``,
``Files.ReadWrite.All``, ``offline_access``, ``https://mail.google.com/``) and mail the request:
the reader signs in on the genuine page, MFA included, and the attacker's application keeps a
token (Microsoft's "illicit consent grant"). No password is typed anywhere false, which is why
the link itself must be judged. It is this finding when the request goes back to a host the
provider does not own and asks for the reader's mail or files, or demands the consent prompt.
Genuine sign-in links in mail open the provider's own pages or the application's own site,
which starts the request itself; they do not carry one.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qsl

from mailwarden.claims import owner_brand
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link, safe_split
from mailwarden.result import Finding

# Paths of authorization and consent requests (Microsoft identity platform v1/v2, admin
# consent; Google OAuth 2.0).
_AUTHORIZE_PATHS = ("/oauth2/authorize", "/oauth2/v2.0/authorize", "/adminconsent", "/o/oauth2")
# Scopes that hand over the mailbox, the files or lasting access.
_SENSITIVE_SCOPES = (
    "mail.",
    "files.",
    "offline_access",
    "full_access_as_user",
    "mail.google.com",
    "auth/gmail",
    "auth/drive",
    "sites.",
    "notes.",
    "contacts.",
)


def _consent_request(url: str, knowledge_hosts: frozenset[str]) -> dict[str, str] | None:
    parts = safe_split(url)
    if parts is None or not parts.hostname or parts.hostname.lower() not in knowledge_hosts:
        return None
    if not any(p in parts.path.lower() for p in _AUTHORIZE_PATHS):
        return None
    query = {k.lower(): v for k, v in parse_qsl(parts.query[:6000])}
    if "client_id" not in query:
        return None
    return query


@detector(emits={"LINK_OAUTH_CONSENT"}, group="link")
def oauth_consent(msg: Message, ctx: Context) -> Iterator[Finding]:
    knowledge = ctx.knowledge
    for link in msg.links:
        if not is_action_link(link):
            continue
        query = _consent_request(link.url, knowledge.identity_endpoints)
        if query is None:
            continue
        provider = owner_brand(link.host, knowledge)
        back = safe_split(query.get("redirect_uri", ""))
        back_host = (back.hostname or "").lower() if back is not None else ""
        if not back_host or (
            provider is not None and owner_brand(back_host, knowledge) is provider
        ):
            continue  # the provider's own application
        scopes = query.get("scope", "").lower()
        sensitive = [s for s in scopes.split() if any(m in s for m in _SENSITIVE_SCOPES)]
        forced = query.get("prompt", "").lower() in ("consent", "admin_consent")
        if not sensitive and not forced:
            continue
        yield Finding(
            "LINK_OAUTH_CONSENT",
            summary=(
                f"a link asks the reader to grant application {query['client_id'][:40]} access"
                f" on {link.host}, answered at {back_host}"
            ),
            evidence={
                "provider": link.host,
                "client_id": query["client_id"][:80],
                "redirect_host": back_host,
                "scopes": sensitive[:8],
                "prompt": query.get("prompt", ""),
            },
        )
        return
