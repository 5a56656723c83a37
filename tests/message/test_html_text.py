"""Visible text of HTML bodies: inline elements run on, block elements break the line."""

from __future__ import annotations

import pytest

from mailwarden.message.html import parse_html


def spelled(word: str) -> str:
    return "".join(f"<span>{c}</span>" for c in word)


def test_letters_wrapped_one_a_span_read_as_the_word() -> None:
    html = f"<p><strong>{spelled('Stealth')} {spelled('Airdrop')}</strong> now live!</p>"
    assert parse_html(html).text == "Stealth Airdrop now live!"


@pytest.mark.parametrize("tag", ["b", "i", "em", "font", "u", "small", "sup", "a"])
def test_inline_tags_join_their_text(tag: str) -> None:
    assert parse_html(f"<p>ver<{tag}>ify</{tag}> now</p>").text == "verify now"


@pytest.mark.parametrize(
    "html",
    [
        "<p>first</p><p>second</p>",
        "<div>first</div>second",
        "first<br>second",
        "<table><tr><td>first</td><td>second</td></tr></table>",
        "<ul><li>first</li><li>second</li></ul>",
    ],
)
def test_block_boundaries_still_break(html: str) -> None:
    assert parse_html(html).text.split() == ["first", "second"]
    assert "firstsecond" not in parse_html(html).text


def test_anchor_text_and_links_survive_the_unwrapping() -> None:
    parsed = parse_html('<p>Go <a href="https://example.org/x"><b>he</b>re</a></p>')
    assert parsed.text == "Go here"
    assert [(a.href, a.text) for a in parsed.anchors] == [("https://example.org/x", "here")]


@pytest.mark.parametrize(
    "style", ["font-size:0", "font-size: 0px;", "display:none", "opacity:0", "visibility:hidden"]
)
def test_invisible_filler_inside_a_word_is_dropped(style: str) -> None:
    html = f'<p>Pass<span style="{style}">xq</span>word</p>'
    assert parse_html(html).text == "Password"


def test_visible_or_long_hidden_text_stays() -> None:
    preheader = "Your November statement is ready to view in online banking"
    html = (
        f'<div><span style="display:none">{preheader}</span>'
        '<p>Sm<span style="font-size:0.5em">all</span> print</p></div>'
    )
    text = parse_html(html).text
    assert preheader in text
    assert "Small print" in text
