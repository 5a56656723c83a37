"""A password-protected attachment whose password the message itself gives.

Encrypting a PDF or ZIP keeps mail filters from reading it; stating the password in the
body ("Senha do PDF: 0204", "password: 1234") lets the reader open it anyway. That pairing is
an evasion, whatever is inside: a sender who protects a document for confidentiality sends
the password another way. When the stated password opens the file, the file is analysed as
usual and the other ``attach_`` detectors see its content.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.attachments import analyse
from mailwarden.message.parse import Message
from mailwarden.result import Finding


@detector(emits={"ATTACH_PASSWORD_GIVEN"}, group="attach")
def password_given(msg: Message, ctx: Context) -> Iterator[Finding]:
    for item in analyse(msg):
        if not item.password_in_message:
            continue
        how = (
            "the password in the message opens it"
            if item.password_in_message == "opened"
            else "the message states a password for it"
        )
        yield Finding(
            "ATTACH_PASSWORD_GIVEN",
            summary=f"protected attachment {item.label}: {how}",
            evidence={"file": item.label, "kind": item.kind, "password": item.password_in_message},
        )
        return
