"""Attachments: links and forms inside PDF, SVG, HTML attachments and QR codes (placeholder
until the attachment work lands: no attachment links yet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailwarden.message.parse import Message
    from mailwarden.message.urls import Link


def attachment_links(msg: "Message") -> list["Link"]:
    return []
