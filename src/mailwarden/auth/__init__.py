"""Authentication (placeholder until the auth work lands: every result is ``none``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mailwarden.result import AuthSummary, Envelope

if TYPE_CHECKING:
    from mailwarden.config import Policy
    from mailwarden.message.parse import Message


def authenticate(
    msg: "Message", policy: "Policy", envelope: Envelope | None = None, resolver: object = None
) -> AuthSummary:
    return AuthSummary(from_domain=msg.from_domain)
