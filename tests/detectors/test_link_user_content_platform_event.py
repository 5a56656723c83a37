"""``link_user_content``: a pay letter on a free page offered from a platform event; an agenda
on a free page stays silent."""

from __future__ import annotations

from tests.helpers import finding_ids, scan_mail

USER_CONTENT = "LINK_USER_CONTENT_HOST"


CALENDLY = '"Calendly" <notifications@calendly.com>'


def test_calendly_pay_letter_on_free_page_fires() -> None:
    result = scan_mail(
        CALENDLY,
        "New Event: Salary Adjustment Review",
        "A new event has been scheduled.\nEvent Type: Salary Adjustment Review\n"
        "Please review your adjusted salary letter: https://hr-letter-xyz.framer.website/\n",
    )
    assert USER_CONTENT in finding_ids(result)


def test_calendly_agenda_on_free_page_is_silent() -> None:
    result = scan_mail(
        CALENDLY,
        "New Event: Onboarding call",
        "A new event has been scheduled.\nEvent Type: Onboarding call\n"
        "Agenda: https://acme-onboarding.framer.website/\n",
    )
    assert USER_CONTENT not in finding_ids(result)

