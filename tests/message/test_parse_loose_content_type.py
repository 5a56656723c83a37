"""A Content-Type whose parameters lack the ";" is still read as its type and charset."""

from __future__ import annotations

from mailwarden.message.parse import parse

HEAD = "From: a@example.org\nTo: b@example.org\nSubject: s\nMIME-Version: 1.0\n"


def test_html_part_with_parameters_without_semicolon_is_a_body() -> None:
    raw = HEAD + "Content-Type: text/html charset=windows-1252\n\n<p>Caf\xe9 offer</p>\n"
    msg = parse(raw.encode("latin-1"))
    (part,) = msg.parts
    assert (part.content_type, part.charset) == ("text/html", "windows-1252")
    assert part.is_body_text
    assert msg.html_text == "Café offer"
    assert [d.kind for d in msg.defects] == ["content-type"]


def test_well_formed_content_type_raises_no_defect() -> None:
    msg = parse((HEAD + "Content-Type: text/html; charset=utf-8\n\n<p>hi</p>\n").encode())
    assert msg.parts[0].content_type == "text/html"
    assert not msg.defects


def test_any_white_space_separates_the_type_from_its_parameters() -> None:
    raw = HEAD + "Content-Type: text/html\vcharset=windows-1252\n\n<p>Caf\xe9</p>\n"
    (part,) = parse(raw.encode("latin-1")).parts
    assert (part.content_type, part.charset) == ("text/html", "windows-1252")
