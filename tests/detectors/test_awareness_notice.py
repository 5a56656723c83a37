"""destinations.awareness_notice: a notice about phishing quotes lures as examples."""

from tests.helpers import finding_ids, make_message, scan_offline

NOTICE = (
    "All staff,\n\nOur filters caught several phishing campaigns this week. Examples:\n"
    '1) "Your payroll direct deposit will be suspended - verify your account today." Sent from'
    " a look-alike domain.\n2) Gift-card requests from a principal's personal Gmail.\n\n"
    "Report phishing with the button in Gmail.\n"
)


def test_the_notice_quoting_lures_with_no_link_is_not_judged_on_them() -> None:
    raw = make_message(from_="Technology <technology@district.example>", text=NOTICE)
    ids = finding_ids(scan_offline(raw))
    assert "CONTENT_CREDENTIAL_REQUEST" not in ids and "CONTENT_URGENCY" not in ids


def test_the_same_words_with_a_link_elsewhere_are_judged() -> None:
    text = NOTICE + "\nTo stay protected, verify your account: https://verify-staff.pages.dev/\n"
    raw = make_message(from_="Technology <technology@district.example>", text=text)
    assert "CONTENT_CREDENTIAL_REQUEST" in finding_ids(scan_offline(raw))


# The example given without quotation marks: only the notice's being about phishing, from an
# organisation's own address, tells it from the lure.
UNQUOTED = NOTICE.replace('"', "")


def test_the_notice_naming_phishing_is_not_judged_on_unquoted_examples() -> None:
    raw = make_message(from_="Technology <technology@district.example>", text=UNQUOTED)
    assert "CONTENT_CREDENTIAL_REQUEST" not in finding_ids(scan_offline(raw))


def test_from_free_mail_it_is_judged() -> None:
    raw = make_message(from_="IT Desk <it.desk.2291@gmail.com>", text=UNQUOTED)
    assert "CONTENT_CREDENTIAL_REQUEST" in finding_ids(scan_offline(raw))


def test_quoted_examples_without_a_link_are_told_about_whoever_sends_them() -> None:
    # Nothing to click and the lure only quoted: a friend's warning from free mail too.
    raw = make_message(from_="IT Desk <it.desk.2291@gmail.com>", text=NOTICE)
    assert "CONTENT_CREDENTIAL_REQUEST" not in finding_ids(scan_offline(raw))
