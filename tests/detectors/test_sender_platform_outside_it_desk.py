"""SENDER_PLATFORM_OUTSIDE_IT_DESK: a chat from "the IT desk" on a stranger's trial tenant."""

from __future__ import annotations

import pytest

from mailwarden.result import ScanResult
from tests.helpers import finding_ids, make_message, scan_offline

ID = "SENDER_PLATFORM_OUTSIDE_IT_DESK"
TEAMS = "Microsoft Teams <no-reply@teams.mail.microsoft>"
OLD_TEAMS = "Microsoft Teams <noreply@email.teams.microsoft.com>"
CHAT = "Hi, this is the service desk. Can you accept this chat and jump on a quick call?\nAccept"


def _scan(
    user_line: str, to: str = "sarah.kemp@bramblewoodcare.org.uk", from_: str = TEAMS
) -> ScanResult:
    text = f"Someone sent you a message\n{user_line}\n{CHAT}"
    return scan_offline(make_message(from_=from_, to=to, subject="New message", text=text))


@pytest.mark.parametrize(
    "user_line",
    [
        "IT Help Desk (helpdesk@itsupport-desk365.onmicrosoft.com)",
        "Helpdesk Support (External) \u00b7 it-servicedesk@bramblewood-itsupport.onmicrosoft.com",
        "IT Support <support@desk-services.onmicrosoft.com>",
        # A stranger naming its tenant after the reader's organisation.
        "IT Help Desk (helpdesk@bramblewoodcare-itsupport.onmicrosoft.com)",
    ],
)
def test_it_desk_on_a_strangers_trial_tenant(user_line: str) -> None:
    result = _scan(user_line)
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["platform"] == "Microsoft Teams"
    assert str(finding.evidence["tenant"]).endswith(".onmicrosoft.com")
    assert result.verdict != "clean"


def test_older_teams_sender_too() -> None:
    assert ID in finding_ids(
        _scan("IT Help Desk (helpdesk@itsupport-desk365.onmicrosoft.com)", from_=OLD_TEAMS)
    )


@pytest.mark.parametrize(
    ("user_line", "to"),
    [
        # A person, not the IT desk.
        ("Dana Whitfield (dana@fabrikamtrial.onmicrosoft.com)", "sam@bramblewood.org.uk"),
        # The IT desk on its own verified domain (an outsourced desk): not a trial tenant.
        ("IT Help Desk (helpdesk@northpoint-msp.co.uk)", "sam@bramblewood.org.uk"),
        # The reader's own organisation's tenant.
        ("IT Help Desk (helpdesk@bramblewoodltd.onmicrosoft.com)", "sam@bramblewood.org.uk"),
        # A help-desk platform's tenant is a real desk's.
        ("IT Service Desk (it@bramblewood.freshservice.com)", "sam@other.org.uk"),
    ],
)
def test_not_this_finding(user_line: str, to: str) -> None:
    assert ID not in finding_ids(_scan(user_line, to=to))


def test_not_from_an_ordinary_sender() -> None:
    text = f"IT Help Desk (helpdesk@itsupport-desk365.onmicrosoft.com)\n{CHAT}"
    message = make_message(from_="Jo <jo@example.org>", subject="Chat", text=text)
    assert ID not in finding_ids(scan_offline(message))
