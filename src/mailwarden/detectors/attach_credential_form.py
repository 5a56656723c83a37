"""An attached page or PDF that asks for credentials or posts what is typed into it elsewhere.

A login page sent as a file (HTML, SVG with a ``foreignObject`` form, PDF with AcroForm fields,
ISO 32000-1 §12.7) opens from the local disk, so no URL reputation or browser warning ever sees
it; what it collects goes to the form's action or to a script's request. Legitimate mail
attaches documents, not sign-in forms: a password field, a field named like one, or a form
posting to a web host is what this detector names.

A form that asks for no secret and posts only to the sender's own organisation (its From or
authenticated domain, no host where anyone publishes) is that organisation's own page: a
secure-mail gateway's envelope ("SecureMessageAtt.html" opening the message on
securemail.<the sender's domain>). Its password field, if it had one, would still count.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import is_hosting_host, sender_organisations
from mailwarden.detectors import Context, detector
from mailwarden.message.attachments import KIND_HTML, KIND_PDF, KIND_SVG, analyse, link_domains
from mailwarden.message.parse import Message
from mailwarden.message.urls import make_link
from mailwarden.result import Finding

_PAGE_KINDS = frozenset({KIND_HTML, KIND_SVG, KIND_PDF})


@detector(emits={"ATTACH_CREDENTIAL_FORM"}, group="attach")
def credential_form(msg: Message, ctx: Context) -> Iterator[Finding]:
    files: list[str] = []
    fields: list[str] = []
    actions: list[str] = []
    sends: list[str] = []
    for item in analyse(msg):
        if item.kind not in _PAGE_KINDS:
            continue
        asks_secret = item.password_fields > 0 or bool(item.credential_inputs)
        # A script that ships the typed secret out (XHR, fetch, Telegram bot) counts like a
        # form action; a remote form without a secret field still collects what it asks for.
        if not (asks_secret or item.form_actions):
            continue
        if not asks_secret and all(_posts_home(action, msg, ctx) for action in item.form_actions):
            continue
        files.append(item.label)
        fields.extend(item.credential_inputs)
        actions.extend(item.form_actions)
        if asks_secret:
            sends.extend(item.script_sends)
    if not files:
        return
    what = "asks for a password" if fields else "posts a form to a web host"
    yield Finding(
        "ATTACH_CREDENTIAL_FORM",
        summary=f"attachment {files[0]} {what}",
        evidence={
            "files": files,
            "fields": fields,
            "actions": actions,
            "domains": link_domains(actions),
            "script_sends": sends,
        },
    )


def _posts_home(action: str, msg: Message, ctx: Context) -> bool:
    """True when the form ``action`` leads to the sender's own organisation."""
    link = make_link(action, "", "attachment")
    if link is None or not link.registrable or is_hosting_host(link.host, ctx.knowledge):
        return False
    return link.registrable in sender_organisations(msg, ctx.auth.authenticated_domains)
