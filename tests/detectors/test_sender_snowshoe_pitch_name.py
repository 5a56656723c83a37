"""``sender_snowshoe_pitch_name``: a scam pitch as the sender's name, on an unrelated address."""

from __future__ import annotations

import pytest

from tests.helpers import finding_ids, make_message, scan_offline

HTML = '<p><a href="https://{host}/go">Open</a></p>'


def _ids(from_: str, host: str = "www.example.com") -> set[str]:
    raw = make_message(from_=from_, subject="Hello", text=None, html=HTML.format(host=host))
    return finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    "from_",
    [
        "Meet Ukrainian Ladies <admino@keystore-example.com>",
        "Free Spins Inside <jordan.perez@school-example.org>",
    ],
)
def test_fires_on_a_pitch_from_an_unrelated_address(from_: str) -> None:
    assert "SENDER_SNOWSHOE_PITCH_NAME" in _ids(from_)


@pytest.mark.parametrize(
    "from_",
    [
        # the casino, dating site or shop writes under its own name from its own domain
        "BetRiver Casino <promo@news.betriver-example.com>",
        "Ukrainian Ladies Club <hello@ukrainianladies-example.com>",
        # a person or a plain organisation name: no pitch
        "Anna Lee <al@consulting-example.com>",
        "Riverside Books <news@mailer-example.com>",
        # free-mail: judged by the free-mail detectors
        "Free Spins Inside <spins4u@gmail.com>",
    ],
)
def test_silent_on_own_names_and_plain_names(from_: str) -> None:
    assert "SENDER_SNOWSHOE_PITCH_NAME" not in _ids(from_)


def test_camel_case_pitch_name_reads_as_words() -> None:
    assert "SENDER_SNOWSHOE_PITCH_NAME" in _ids(
        "UkrainianBeautyDate <notification@mail.findauto.example>"
    )
    assert "SENDER_SNOWSHOE_PITCH_NAME" not in _ids(
        "AcmeNewsletter <notification@mail.findauto.example>"
    )
