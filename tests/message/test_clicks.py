"""message.clicks: which anchors hide their destination; folding for comparisons."""

from __future__ import annotations

import pytest

from mailwarden.message.clicks import fold, invites_click
from mailwarden.message.html import parse_html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="https://x.example/">Claim now</a>', True),
        ('<a href="https://x.example/"><img src="b.png"></a>', True),
        ('<a href="https://x.example/">https://x.example/</a>', False),
        ('<a href="https://x.example/">www.x.example</a>', False),
        ('<a href="https://x.example/">x.example</a>', False),
        ('<a href="mailto:a@x.example">Write to us</a>', False),
        ('<a href="#top">Back to top</a>', False),
        ("", False),
        ("<a>", False),
    ],
)
def test_invites_click(html: str, expected: bool) -> None:
    assert invites_click(parse_html(html)) is expected


def test_fold() -> None:
    assert fold("Conseil Santé") == "conseil sante"
    assert fold("") == ""
