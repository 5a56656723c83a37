"""SENDER_ACADEMIC_BULK and SENDER_FREE_TENANT_BULK: a person's university or school
mailbox, or a free tenant, sends bulk mail for a third party (messages of our own making)."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "SENDER_ACADEMIC_BULK"

PITCH = (
    "<p>Bonjour, j'ai trouvé un organisme prêt à racheter vos crédits à un taux compétitif.</p>"
    '<p><a href="https://click.tracker.example/t/c/abc">Voir l\'offre ici</a></p>'
    '<p><a href="https://click.tracker.example/t/u/abc">Unsubscribe from this offer</a></p>'
)


def _ids(from_: str, html: str = PITCH) -> set[str]:
    return finding_ids(scan_offline(make_message(from_=from_, html=html, text=None)))


def test_a_student_mailbox_sending_an_offer_with_an_unsubscribe_link() -> None:
    ids = _ids("Sophie Martin <a087173@uri.edu.br>")
    assert {ID, "SENDER_ORG_UNRELATED"} <= ids


def test_a_students_host_counts_as_academic() -> None:
    assert ID in _ids("Cold Sore <aww100@students.district.example>")


def test_an_office_of_the_university_is_not_a_person() -> None:
    assert ID not in _ids("University Giving <alumni@uni.ac.uk>")


def test_a_company_mailbox_is_not_academic() -> None:
    assert ID not in _ids("Sophie Martin <a087173@shop.example>")


def test_a_mailing_list_footer_is_not_an_unsubscribe_link() -> None:
    html = (
        '<p>The datasheet is at <a href="https://vendor.example/ds.pdf">the vendor</a>.</p>'
        "<pre>USRP-users mailing list\nTo unsubscribe send an email to "
        "users-leave@lists.example</pre>"
    )
    assert ID not in _ids("Richard Muri <ri28856@mit.edu>", html)


def test_a_free_tenant_sending_an_offer_with_an_unsubscribe_link() -> None:
    ids = _ids("Natural Health Daily <akowski@zselektr.onmicrosoft.com>")
    assert {"SENDER_FREE_TENANT_BULK", "SENDER_ORG_UNRELATED", "SENDER_FREE_TENANT"} <= ids
    assert ID not in ids
