"""An account's "security certificate" expiring is an account-problem lure; a host's own SSL
certificate notice is not."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def _certificate(text: str, link: str, sender: str) -> bytes:
    return make_message(
        from_=sender,
        subject="Verlängerung Ihres Sicherheits-Zertifikats erforderlich",
        text=f"{text}\n{link}\n",
    )


def test_security_certificate_lure_is_an_account_problem_off_the_sender() -> None:
    raw = _certificate(
        "Sehr geehrte Kundin, sehr geehrter Kunde, das Sicherheits-Zertifikat Ihres\n"
        "Kontos läuft ab. Bitte jetzt erneuern:",
        "https://q.qr-short.example/l/kw4",
        "Online Banking <sicherheit@mailer-za.example>",
    )
    assert "CONTENT_ACCOUNT_PROBLEM" in finding_ids(scan_offline(raw))


def test_ssl_certificate_notice_from_the_host_itself_is_clean() -> None:
    raw = make_message(
        from_="Hosting Support <support@webhost-de.example>",
        subject="Ihr SSL-Zertifikat läuft ab",
        text=(
            "Hallo, das SSL-Zertifikat für shop.example läuft in 14 Tagen ab. Wir verlängern\n"
            "es automatisch. Details: https://kunden.webhost-de.example/ssl\n"
        ),
    )
    result = scan_offline(raw)
    assert "CONTENT_ACCOUNT_PROBLEM" not in finding_ids(result)
    assert result.verdict.value == "clean"

