"""Greek, Turkish and Romanian lure phrases (data/lures/el, tr, ro.toml): the lures match,
a never-word cancels them, and a signature's "Tel:" label hands the reader no number to call
(our own sentences)."""

from __future__ import annotations

import pytest

from tests.helpers import lure_languages
from tests.test_lures import VOCABULARIES

LURES = [
    ("el", "Επιβεβαιώστε τα στοιχεία σας εντός 24 ωρών.", "credential"),
    ("tr", "Şifrenizin süresi bugün doluyor.", "urgency"),
    ("ro", "Contul dvs. a fost suspendat. Confirmați datele în 48 de ore.", "credential"),
]
NEGATED = [
    ("tr", "Bankamız sizden asla bilgilerinizi doğrulamanızı istemez."),
    ("ro", "Banca nu vă va cere niciodată să confirmați datele prin e-mail."),
]


@pytest.mark.parametrize(("language", "text", "category"), LURES)
def test_the_lure_matches(language: str, text: str, category: str) -> None:
    assert (language, category) in lure_languages(text)


@pytest.mark.parametrize(("language", "text"), NEGATED)
def test_never_cancels(language: str, text: str) -> None:
    assert not {c for lang, c in lure_languages(text) if lang == language and c not in VOCABULARIES}


def test_a_signatures_phone_label_is_no_call_to_call() -> None:
    for text in ("Tel: +40 21 305 1234", "Tel.: +90 212 555 0101", "Τηλ.: +30 210 555 0101"):
        assert not {c for _, c in lure_languages(text) if c == "callback_call"}, text
