"""format=flowed plain text (RFC 3676) joined back into the lines the sender wrote."""

from __future__ import annotations

from mailwarden.message.flowed import unflow
from mailwarden.message.parse import parse


def test_soft_breaks_join_and_delsp_deletes_the_wrap_space() -> None:
    text = "call our support team at 1 865  \r\n287-0198 today.\r\nThanks\r\n"
    assert unflow(text, delsp=True) == "call our support team at 1 865 287-0198 today.\nThanks\n"


def test_without_delsp_the_space_stays() -> None:
    assert unflow("a long \nline\n") == "a long line\n"


def test_hard_breaks_and_signature_separator_stay() -> None:
    assert unflow("one\ntwo\n-- \nJane") == "one\ntwo\n-- \nJane"


def test_quote_depth_change_ends_the_paragraph() -> None:
    assert unflow("> quoted soft \nnot quoted") == "> quoted soft \nnot quoted"
    assert unflow("> quoted soft \n> more") == "> quoted soft more"


def test_space_stuffing_is_removed() -> None:
    assert unflow(" From here") == "From here"


def test_parser_unflows_only_flowed_plain_parts() -> None:
    head = "From: a@example.org\nTo: b@example.org\nSubject: s\nMIME-Version: 1.0\n"
    flowed = 'Content-Type: text/plain; charset="utf-8"; format=flowed; delsp=yes\n\n'
    fixed = 'Content-Type: text/plain; charset="utf-8"\n\n'
    body = "call 1 865  \n287-0198\n"
    assert "1 865 287-0198" in parse((head + flowed + body).encode()).text_plain
    assert "1 865  \n287-0198" in parse((head + fixed + body).encode()).text_plain
