"""mailwarden.formfields: notification markers, typed fields and their traits."""

from __future__ import annotations

from mailwarden.formfields import (
    form_fields,
    notice_marker,
    placeholder_in_subject,
    value_traits,
)
from mailwarden.knowledge import load_knowledge
from mailwarden.message.parse import parse
from tests.helpers import make_message

K = load_knowledge()


def test_traits() -> None:
    assert value_traits("Jane Doe", K) == ()
    assert value_traits("jane.doe", K) == ()
    assert "link" in value_traits("x.transfer705.pages.example", K)
    assert "sum" in value_traits("146 821 USD", K)
    assert "handle" in value_traits("telegram @quick_cash_bot", K)
    assert "emoji" in value_traits("💰💰💰 win", K)
    assert "sentence" in value_traits("one two three four five six seven eight", K)
    assert "link" not in value_traits("jane@mail.example.com", K)


def test_notice_markers() -> None:
    msg = parse(make_message(subject="[Shop] 로그인 세부 정보", text="x"))
    assert notice_marker(msg, K)
    footer = "このメールは お問い合わせフォームから送信されました"
    msg = parse(make_message(subject="Hi", text=footer))
    assert notice_marker(msg, K)
    msg = parse(make_message(subject='Site "[your-subject]"', text="x"))
    assert placeholder_in_subject(msg) == "[your-subject]"
    assert not notice_marker(parse(make_message(subject="Lunch", text="see you")), K)


def test_fields_and_hostile_input() -> None:
    msg = parse(make_message(subject="Login Details", text="Username: jane\nHi Jane,\n"))
    kinds = {(f.kind, f.value) for f in form_fields(msg, K)}
    assert ("name", "jane") in kinds and ("greeting", "Jane") in kinds
    for raw in (b"", b"\x00\xff" * 1000, b"Subject: x\r\n\r\n" + b"Username:" * 5000):
        msg = parse(raw)
        form_fields(msg, K)
        notice_marker(msg, K)
    value_traits("@" * 5000 + "." * 5000, K)
