"""content_spam_obfuscation: words disguised with look-alike characters."""

from __future__ import annotations

import pytest

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_SPAM_OBFUSCATED_TEXT"


@pytest.mark.parametrize(
    "subject",
    [
        "Enjоy Yоur Sаfе Dаtе!",  # Cyrillic о, а, е
        "Your MetaМask wallet",  # Cyrillic М
        "𝐒𝐔𝐂𝐂𝐄𝐒𝐒𝐅𝐔𝐋 𝐂𝐀𝐍𝐂𝐄𝐋𝐋𝐀𝐓𝐈𝐎𝐍",
        "W l N een - R l T U A I S - C adeaukaart",
        "Your PayPaI account is limited",
    ],
)
def test_disguised_subject(subject: str) -> None:
    assert ID in finding_ids(scan_offline(make_message(subject=subject)))


def test_disguised_sender_name() -> None:
    raw = make_message(from_="Меet Ukrаiniаn Wоmеn <promo@offers.example.com>")
    assert ID in finding_ids(scan_offline(raw))


def test_disguised_body_words() -> None:
    raw = make_message(text="Wе аrе рlеаsеd to inform yоu that a nеw dосumеnt is avаilable.")
    assert ID in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    "subject",
    [
        "Привет из Москвы",  # Russian, one script a word
        "Latency of 10 μs on the X310",
        "Café Müller: Ihre Bestellung",
        "SALE ❤️ 50% off everything",
        "Chapter II of the PDF",
    ],
)
def test_honest_subject(subject: str) -> None:
    assert ID not in finding_ids(scan_offline(make_message(subject=subject)))


def test_invisible_characters_inside_subject_words_fire() -> None:
    raw = make_message(subject="Bi\U000e0139l\U000e0139ling In\u200bfor\u200bmation Update")
    assert "CONTENT_SPAM_OBFUSCATED_TEXT" in finding_ids(scan_offline(raw))


def test_emoji_variation_selector_in_subject_does_not_fire() -> None:
    raw = make_message(subject="Weekly update \u2764\ufe0f from the team")
    assert "CONTENT_SPAM_OBFUSCATED_TEXT" not in finding_ids(scan_offline(raw))


def test_body_words_in_mathematical_letters_are_obfuscation() -> None:
    text = "Besser 𝗵𝗼𝗲𝗿𝗲𝗻 – 𝗷𝗲𝘁𝘇𝘁 𝗸𝗼𝘀𝘁𝗲𝗻𝗹𝗼𝘀 𝘁𝗲𝘀𝘁𝗲𝗻, click below."
    finding = next(
        f for f in scan_offline(make_message(text=text)).findings
        if f.id == "CONTENT_SPAM_OBFUSCATED_TEXT"
    )
    assert "body:math_letters" in finding.evidence["where"]


def test_a_formula_in_mathematical_letters_is_not_obfuscation() -> None:
    text = "The gain is 𝐺 = 𝑃𝑜𝑢𝑡 / 𝑃𝑖𝑛 and with 𝑥 = 2 we get 𝑦 = 4; see the 𝐀 matrix."
    result = scan_offline(make_message(text=text))
    assert "CONTENT_SPAM_OBFUSCATED_TEXT" not in finding_ids(result)
