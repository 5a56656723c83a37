"""``link_user_content``: a salary letter on a site builder behind a credentials demand, and
an HR newsletter linking its own site."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_salary_letter_on_google_sites_with_credentials_demand() -> None:
    raw = make_message(
        from_="Donna Reyes <dreyes@westbrook-college.example.edu>",
        subject="Annual Salary Increment Letter",
        text="Dear Staff,\nHuman Resources has approved the salary increment. Please sign in"
        " with your college credentials to access your letter.\n"
        "https://sites.google.com/view/westbrook-hr-letters/home\n",
    )
    ids = finding_ids(scan_offline(raw))
    assert "LINK_USER_CONTENT_HOST" in ids, ids


def test_hr_newsletter_linking_its_google_site_stays_silent() -> None:
    raw = make_message(
        from_="HR Team <hr@westbrook-college.example.edu>",
        subject="Salary review timeline",
        text="Dear colleagues,\nThe salary review timeline and FAQ are on our HR site:\n"
        "https://sites.google.com/view/westbrook-hr-faq/home\nHR Team\n",
    )
    assert "LINK_USER_CONTENT_HOST" not in finding_ids(scan_offline(raw))



def test_a_fine_payable_on_a_site_builder_page() -> None:
    raw = make_message(
        from_="Zentrale Bußgeldstelle <info@sportverein.example>",
        subject="Bußgeldbescheid Az. 782792/25 – Zahlungsfrist 7 Tage",
        html=(
            "<p>Verwarnungsgeld: 115,00 €. Beweisfoto und Zahlungsmöglichkeit:</p>"
            '<a href="https://bussgeld-online-b70a.weebly.com/">Bescheid ansehen</a>'
        ),
    )
    assert "LINK_USER_CONTENT_HOST" in finding_ids(scan_offline(raw))
