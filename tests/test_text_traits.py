"""text_traits: random tokens, mixed scripts, styled and spaced letters, filler."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailwarden import text_traits as tt


@pytest.mark.parametrize(
    "token",
    ["dfhSBe", "v5V0ZVRe1HjazliqQoYz", "segurancay18bdLEdkUtZb", "fraudeDM1sTWqpts",
     "o4M278sTaWC4WO3", "seguranca6n4i7B0COLI"],
)
def test_random_tokens(token: str) -> None:
    assert tt.is_random_token(token)


@pytest.mark.parametrize(
    "token",
    ["PayPal", "iPhone", "HTMLParser", "Mark2CurSeen", "Fax2Mail", "McDonald", "YouTube",
     "3fa9c2b8e1", "DEADBEEF42", "B205mini", "RFNoC", "KetoXplode", "GZ301ZC", "ads62p48",
     "NeighborhoodDateFinder", "rODbegbie", "Hello", "ORDER12345", "macOS"],
)
def test_written_tokens(token: str) -> None:
    assert not tt.is_random_token(token)


def test_random_tokens_skip_urls_and_addresses() -> None:
    assert tt.random_tokens("see https://x.example/v5V0ZVRe1HjazliqQoYz now") == []
    assert tt.random_tokens("mail v5V0ZVRe1HjazliqQoYz@x.example") == []
    assert tt.random_tokens("message Pending  dfhSBe") == ["dfhSBe"]


def test_mixed_script_words() -> None:
    # Cyrillic М in MetaMask, Cyrillic а and е in Dаtе.
    assert tt.mixed_script_words("MetaМask wallet") == ["MetaМask"]
    assert tt.mixed_script_words("Enjоy Dаtе") == ["Enjоy", "Dаtе"]
    # A whole Russian word, or Greek mu next to Latin s (microseconds), is honest writing.
    assert tt.mixed_script_words("Привет Bob, 10 μs delay") == []
    assert tt.mixed_script_words("plain ASCII only") == []


def test_styled_letters() -> None:
    assert tt.styled_letters("𝐒𝐔𝐂𝐂𝐄𝐒𝐒 now") == "𝐒𝐔𝐂𝐂𝐄𝐒𝐒"
    assert tt.styled_letters("ＦＲＥＥ gift") == "ＦＲＥＥ"
    assert tt.styled_letters("Café ❤️ 50% off") == ""


def test_spaced_letters() -> None:
    assert tt.spaced_letters("W l N een - R l T U A I S -") == ["R l T U A I S"]
    assert tt.spaced_letters("a b c") == []


def test_lookalike_digits_letters() -> None:
    assert tt.lookalike_digits_letters("Your PayPaI account") == ["PayPaI"]
    assert tt.lookalike_digits_letters("C0NFIRMATI0N needed") == ["C0NFIRMATI0N"]
    assert tt.lookalike_digits_letters("WaIIet update") == ["WaIIet"]
    assert tt.lookalike_digits_letters("Chapter II, iPhone XI, MultiIndex, B200 X310") == []


def test_filler_and_padding() -> None:
    assert tt.filler_runs("OnlineSecurity...grEy") == ["..."]
    assert tt.filler_runs("Team .....EK074") == ["....."]
    assert tt.filler_runs("Jane Doe - Example Ltd.") == []
    assert tt.padding_runs("Win now!       ....... EK0190186") == ["       "]
    assert tt.padding_runs("Re: the meeting... ok") == []


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    tt.random_tokens(text)
    tt.mixed_script_words(text)
    tt.styled_letters(text)
    tt.spaced_letters(text)
    tt.lookalike_digits_letters(text)
    tt.filler_runs(text)
    tt.padding_runs(text)


def test_word_count_reads_unspaced_scripts() -> None:
    from mailwarden.text_traits import word_count

    assert word_count("see the offer below", 25) == 4
    assert word_count(" ".join(["w"] * 40), 25) == 26
    # Chinese has no spaces: "親愛的會員您好" is a greeting of a few words, not one.
    notice = "您歸戶於手機條碼載具的電子發票於114年9-10月期中獎，獎金已依您設定之帳戶自動匯入。"
    assert word_count(notice, 25) >= 15
    assert word_count("สวัสดีครับ ขอบคุณที่ใช้บริการของเรา", 25) >= 5
