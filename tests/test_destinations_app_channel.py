"""A known brand's own link-less notice that sends its reader to the brand's app (our own
messages): the app is the brand's channel, like its site; a phone number beside it is then
no callback lure."""

from __future__ import annotations

import pytest

from mailwarden.destinations import offers_app
from tests.helpers import finding_ids, make_message, offline_engine, scan_offline


@pytest.mark.parametrize(
    "text",
    [
        "If this wasn't you, change it in the Chase app or call us.",
        "Se não foi você, acesse o app Itaú ou ligue para nós.",
        "Falls Sie das nicht waren, ändern Sie es in der App oder rufen Sie uns an.",
        "Si ce n'était pas vous, modifiez-le dans l'application ou appelez-nous.",
        "Si no has sido tú, cámbialo en la app o llámanos.",
        "Se non sei stato tu, modificalo nell'app o chiamaci.",
        "Was u dit niet, pas het aan in de app of bel ons.",
    ],
)
def test_the_app_channel_in_seven_languages(text: str) -> None:
    assert offers_app(text, offline_engine().knowledge)


def test_no_app_named() -> None:
    assert not offers_app("If this wasn't you, call us.", offline_engine().knowledge)


NOTICE = (
    "Recebemos sua solicitação de alteração do limite Pix de R$ 1.000,00. Se não foi você, "
    "{channel} ligue para 0800 970 4828."
)


def _ids(from_: str, channel: str) -> set[str]:
    raw = make_message(from_=from_, text=NOTICE.format(channel=channel), html=None)
    return finding_ids(scan_offline(raw))


def test_the_brands_own_notice_sending_to_its_app_is_clean() -> None:
    ids = _ids("Itaú <naoresponda@itau.com.br>", "acesse o app Itaú ou")
    assert not ids & {"CONTENT_UNUSUAL_SIGNIN", "CONTENT_CALLBACK_ONLY"}


def test_the_same_notice_without_the_app_is_judged() -> None:
    assert "CONTENT_UNUSUAL_SIGNIN" in _ids("Itaú <naoresponda@itau.com.br>", "")


def test_the_app_from_someone_elses_domain_is_judged() -> None:
    ids = _ids("Itaú <naoresponda@itau-seguranca.com>", "acesse o app Itaú ou")
    assert "CONTENT_UNUSUAL_SIGNIN" in ids
