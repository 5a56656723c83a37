"""``sender_freemail_org``: a scam headline as a free-mail display name claims an organisation;
a person's name does not."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_a_scam_headline_as_display_name_is_an_organisation_claim() -> None:
    raw = make_message(
        from_="PROCES VOUS CONCERNANT <policenat740@gmail.com>",
        subject="PROCES VOUS CONCERNANT",
        text="Veuillez lire la convocation ci-jointe.\n",
    )
    result = scan_offline(raw)
    assert "SENDER_FREEMAIL_ORG_CLAIM" in finding_ids(result)
    assert result.verdict != "clean"


def test_a_persons_name_on_free_mail_is_no_organisation_claim() -> None:
    raw = make_message(
        from_="Gode Adaman <gode.adaman@gmail.com>",
        subject="Convocation",
        text="Salut, tu as reçu la convocation du club pour samedi ?\n",
    )
    assert "SENDER_FREEMAIL_ORG_CLAIM" not in finding_ids(scan_offline(raw))

