"""Mailwarden: authenticate mail properly, then judge it on what it says and does."""

from mailwarden.engine import Engine, scan
from mailwarden.result import Action, AuthSummary, Envelope, Finding, ScanResult, Verdict

__all__ = [
    "Action",
    "AuthSummary",
    "Engine",
    "Envelope",
    "Finding",
    "ScanResult",
    "Verdict",
    "scan",
]
