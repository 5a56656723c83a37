from __future__ import annotations

import pytest

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_SPAM_UNFILLED_PLACEHOLDER"


@pytest.mark.parametrize(
    "subject",
    ["[username], say goodbye to unwanted hair", "Hi {first_name}, your deal", "*|FNAME|*, news",
     "%%Name%% - last chance", "Hello {{ name }}"],
)
def test_fires_on_a_merge_tag_in_the_subject(subject: str) -> None:
    assert ID in finding_ids(scan_offline(make_message(subject=subject)))


@pytest.mark.parametrize(
    "subject",
    ["[PATCH] fix name handling", "Ticket [#12345] renamed", "Meeting {Monday}", "Re: your name"],
)
def test_silent_on_ordinary_brackets(subject: str) -> None:
    assert ID not in finding_ids(scan_offline(make_message(subject=subject)))


def test_a_template_tag_in_the_body_is_not_judged() -> None:
    raw = make_message(subject="Templates 101", text="Write Hello {{name}} in the template.")
    assert ID not in finding_ids(scan_offline(raw))
