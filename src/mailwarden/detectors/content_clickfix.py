"""ClickFix: the reader is told to paste a command into the Windows Run dialog.

A fake CAPTCHA or "fix the display error" page copies a PowerShell line to the clipboard and
asks the reader to press Windows + R, then Ctrl + V, then Enter: the reader runs the malware
himself, past every attachment and link scanner. The page comes attached (HTML, SVG) or the
instructions stand in the mail itself. Two signs name it, each enough on its own:

- a script of an attached page that writes a shell command (powershell, mshta, cmd /c, ...)
  to the clipboard;
- instructions to open the Run dialog and paste into it, framed as a human check or a fix.
  IT departments do write "press Windows + R and type ..."; they do not ask to paste an
  unseen clipboard into it to prove one is not a robot.
"""

from __future__ import annotations

from collections.abc import Iterator

import re2

from mailwarden.claims import fold_text
from mailwarden.detectors import Context, detector
from mailwarden.message.attachments import KIND_HTML, KIND_PDF, KIND_SVG, analyse
from mailwarden.message.parse import Message
from mailwarden.result import Finding

TEXT_SCAN_CHARS = 50_000
# "Windows Key + R", "Win+R", "Windows Button + R", "Windows-Taste + R", "touche Windows + R".
_RUN_DIALOG = re2.compile(
    r"\b(?:win|windows)(?:[\s-]*(?:key|button|btn|taste|toets|logo key|logo|-taste))?"
    r"\s*\+\s*[\"'“]?r\b"
)
# "CTRL + V", "Strg+V", "Cmd + V".
_PASTE = re2.compile(r"\b(?:ctrl|strg|control|cmd|command)\s*\+\s*[\"'“]?v\b")
# The pretext: a human check or a fix.
_PRETEXT = re2.compile(
    r"captcha|not a robot|verify (?:that )?you are (?:a )?human|human verification"
    r"|verification steps?|verify you are not|kein roboter|pas un robot|no soy un robot"
    r"|nao sou um robo|non sono un robot|geen robot|\bto fix\b|\bfix (?:the|this) (?:error|issue)"
)


def _instructed(text: str) -> list[str]:
    folded = fold_text(text[:TEXT_SCAN_CHARS])
    run = _RUN_DIALOG.search(folded)
    paste = _PASTE.search(folded)
    pretext = _PRETEXT.search(folded)
    if run is None or paste is None or pretext is None:
        return []
    return [run.group(0), paste.group(0), pretext.group(0)]


@detector(emits={"CONTENT_CLICKFIX"}, group="content")
def clickfix(msg: Message, ctx: Context) -> Iterator[Finding]:
    signs: list[str] = []
    where: list[str] = []
    said = _instructed(msg.subject + "\n" + msg.body_text)
    if said:
        signs.extend(said)
        where.append("body")
    for item in analyse(msg):
        if item.clipboard_commands:
            signs.extend(item.clipboard_commands)
            where.append(item.label)
        if item.kind in (KIND_HTML, KIND_SVG, KIND_PDF):
            said = _instructed(item.text)
            if said:
                signs.extend(said)
                where.append(item.label)
    if not signs:
        return
    yield Finding(
        "CONTENT_CLICKFIX",
        summary="the reader is told to paste a command into the Run dialog (ClickFix)",
        evidence={"signs": list(dict.fromkeys(signs))[:8], "where": list(dict.fromkeys(where))},
    )
