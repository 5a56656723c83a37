"""A hiring platform's mail to a candidate in the employer's name ("Salesforce"
<salesforce@myworkday.com>, lists/hiring_platforms.txt) is the employer's own while it leads
nowhere but the platform's career sites and the brand and gives no number to call (round
332's Workday and Greenhouse application notices)."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "BRAND_DISPLAY_NAME_MISMATCH"
CAREERS = "https://salesforce.wd12.myworkdayjobs.com/en-US/External_Career_Site/userHome"


def _notice(from_: str, href: str, extra: str = "") -> set[str]:
    html = (
        "<p>Thank you for applying for Senior Data Engineer (JR284411). Our recruiting team"
        f" will review your application.</p><p>{extra}</p>"
        f'<p><a href="{href}">View your candidate home</a></p>'
    )
    raw = make_message(from_=from_, subject="Thank you for applying", html=html, text=None)
    return finding_ids(scan_offline(raw))


def test_the_employers_name_on_its_workday_mail_is_no_mismatch() -> None:
    assert ID not in _notice("Salesforce <salesforce@myworkday.com>", CAREERS)


def test_greenhouse_mail_linking_to_the_employer_is_no_mismatch() -> None:
    href = "https://stripe.com/jobs/culture"
    assert ID not in _notice("Stripe <no-reply@us.greenhouse-mail.io>", href)


def test_a_link_off_the_platform_and_the_brand_keeps_the_mismatch() -> None:
    href = "https://salesforce-careers-portal.pages.dev/signin"
    assert ID in _notice("Salesforce <salesforce@myworkday.com>", href)


def test_a_number_to_call_keeps_the_mismatch() -> None:
    extra = "To confirm your interview slot call +1 (877) 555-0196 today."
    assert ID in _notice("Salesforce <salesforce@myworkday.com>", CAREERS, extra)


def test_the_same_name_from_another_domain_is_a_mismatch() -> None:
    assert ID in _notice("Salesforce <careers@salesforce-recruiting.example>", CAREERS)
