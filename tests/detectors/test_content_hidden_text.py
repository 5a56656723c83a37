"""content_hidden_text: invisible material inside words."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_zero_width_characters_inside_words() -> None:
    raw = make_message(subject="Pa\u200bss\u200bwo\u200brd reset", text="Ve\u200crify now")
    ids = finding_ids(scan_offline(raw))
    assert "CONTENT_HIDDEN_TEXT" in ids


def test_hidden_spans_inside_words() -> None:
    hidden = '<span style="font-size:0px;">zq</span>'
    html = f"<p>Pass{hidden}word ex{hidden}pires, ver{hidden}ify</p>"
    ids = finding_ids(scan_offline(make_message(text=None, html=html)))
    assert "CONTENT_HIDDEN_TEXT" in ids


def test_preheader_and_emoji_joiners_are_not_obfuscation() -> None:
    html = (
        '<div style="display:none">Our summer sale starts now &zwnj;&nbsp;&zwnj;&nbsp;</div>'
        "<p>Family \U0001f468\u200d\U0001f469\u200d\U0001f467 offers, font-size 0.9em</p>"
    )
    ids = finding_ids(scan_offline(make_message(text=None, html=html)))
    assert "CONTENT_HIDDEN_TEXT" not in ids
