"""Builders for test messages: tests make the mail they need instead of copying samples."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from mailwarden.config import load_policy
from mailwarden.engine import Engine
from mailwarden.result import ScanResult

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def make_message(
    *,
    from_: str = "Alice Example <alice@example.org>",
    to: str = "bob@example.net",
    subject: str = "Hello",
    text: str | None = "Hello Bob",
    html: str | None = None,
    headers: Iterable[tuple[str, str]] = (),
    attachments: Iterable[tuple[str, str, bytes]] = (),  # (filename, mime type, data)
) -> bytes:
    msg = EmailMessage()
    for name, value in headers:
        msg[name] = value
    msg["From"] = from_
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 1, 5, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = "<test-1@example.org>"
    if text is not None:
        msg.set_content(text)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    for filename, mime, data in attachments:
        maintype, _, subtype = mime.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


_engine: Engine | None = None


def offline_engine() -> Engine:
    global _engine
    if _engine is None:
        _engine = Engine(load_policy(extra={"dns": {"offline": True}}))
    return _engine


def scan_offline(raw: bytes) -> ScanResult:
    return offline_engine().scan(raw)


def finding_ids(result: ScanResult) -> set[str]:
    return {f.id for f in result.findings}


def scan_mail(from_: str, subject: str, text: str, reply_to: str | None = None) -> ScanResult:
    """Scan a plain-text message from ``from_`` (with a Reply-To when given)."""
    headers = [("Reply-To", reply_to)] if reply_to else []
    return scan_offline(make_message(from_=from_, subject=subject, text=text, headers=headers))


def lure_categories(text: str) -> set[str]:
    """The lure categories the shipped vocabularies find in ``text``."""
    from mailwarden.knowledge import load_knowledge
    from mailwarden.lures import lures_in_text

    return {m.category for m in lures_in_text(text, load_knowledge())}


def lure_languages(text: str) -> set[tuple[str, str]]:
    """(language, category) of every lure phrase the shipped vocabularies find in ``text``."""
    from mailwarden.knowledge import load_knowledge
    from mailwarden.lures import lures_in_text

    return {(m.language, m.category) for m in lures_in_text(text, load_knowledge())}
