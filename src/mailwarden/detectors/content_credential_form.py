"""An HTML form inside the message that asks for a password.

Legitimate senders never collect credentials in the mail itself: a form with a password
field (``Form.asks_password``) is phishing that skips the landing page. Forms without a
password field are not judged: search boxes and subscription forms that post to the
sender's site are common in legitimate newsletters (53 of 250 spamassassin-hard messages,
none of 700 phishing messages sampled).
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding


@detector(emits={"CONTENT_CREDENTIAL_FORM"}, group="content")
def credential_form(msg: Message, ctx: Context) -> Iterator[Finding]:
    forms = [f for f in msg.parsed_html.forms if f.asks_password]
    if not forms:
        return
    form = forms[0]
    yield Finding(
        "CONTENT_CREDENTIAL_FORM",
        summary="an HTML form in the message asks for a password",
        evidence={
            "action": form.action,
            "inputs": [n or t for t, n in zip(form.input_types, form.input_names, strict=False)],
            "forms": len(forms),
        },
    )
