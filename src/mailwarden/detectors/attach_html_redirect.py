"""An attached page that sends the reader to a web page, or assembles its payload at run time.

Phishing kits attach a small HTML or SVG file instead of a link, because a file passes link
scanners: opened locally it jumps to the landing page (``<meta http-equiv=refresh>``,
``window.location``, a full-page remote iframe), writes a page decoded from ``atob`` or
``unescape``, or smuggles a file out of a large base64 blob through ``new Blob`` and
``createObjectURL`` ("HTML smuggling"). A PDF whose OpenAction opens a URL (ISO 32000-1
§12.6.4.7) does the same on open. Mostly-text pages with an incidental script (a saved web
page) are not what this names: script redirects count only on pages with little visible text,
and always in an SVG image, where no script belongs.

A page whose script walks the whole HTML-smuggling chain (decode data, wrap it in ``new Blob``,
give it an object URL, save it by a download attribute or scripted click) is named apart, as
ATTACH_HTML_SMUGGLING: it drops a file (an archive, an ISO, a script) past every scanner that
only sees the page; saved web pages, reports and receipts never build and save a file of their
own on opening. Such a page is not counted again as a redirect.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.attachments import (
    KIND_HTML,
    KIND_PDF,
    KIND_SVG,
    Attachment,
    analyse,
    link_domains,
)
from mailwarden.message.parse import Message
from mailwarden.result import Finding

# A page whose visible text is shorter than this has no content of its own to show: its
# script or frame is the point of the file.
THIN_PAGE_CHARS = 600


def _signs(item: Attachment) -> list[str]:
    signs = [r for r in item.redirects if r.startswith(("meta refresh", "opens "))]
    signs.extend(item.smuggling)
    thin = item.text_chars < THIN_PAGE_CHARS
    if item.kind == KIND_SVG or thin:
        signs.extend(r for r in item.redirects if not r.startswith(("meta refresh", "opens ")))
    if thin:
        signs.extend(f for f in item.remote_frames if f.startswith(("iframe", "frame", "embed")))
    if item.kind == KIND_SVG and "foreignObject" in item.svg_active and item.links:
        signs.append("SVG foreignObject with links")
    return signs


@detector(emits={"ATTACH_HTML_REDIRECT"}, group="attach")
def html_redirect(msg: Message, ctx: Context) -> Iterator[Finding]:
    files: list[str] = []
    signs: list[str] = []
    targets: list[str] = []
    for item in analyse(msg):
        if item.kind not in (KIND_HTML, KIND_SVG, KIND_PDF) or item.blob_download:
            continue
        found = _signs(item)
        if not found:
            continue
        files.append(item.label)
        signs.extend(found)
        targets.extend(url for url, _ in item.links)
    if not files:
        return
    yield Finding(
        "ATTACH_HTML_REDIRECT",
        summary=f"attachment {files[0]} redirects or builds its page by script: {signs[0]}",
        evidence={"files": files, "signs": signs, "domains": link_domains(targets)},
    )


@detector(emits={"ATTACH_HTML_SMUGGLING"}, group="attach")
def html_smuggling(msg: Message, ctx: Context) -> Iterator[Finding]:
    files: list[str] = []
    steps: list[str] = []
    for item in analyse(msg):
        if item.kind in (KIND_HTML, KIND_SVG) and item.blob_download:
            files.append(item.label)
            steps = steps or list(item.blob_download)
    if not files:
        return
    yield Finding(
        "ATTACH_HTML_SMUGGLING",
        summary=f"attachment {files[0]} builds a file by script and saves it (HTML smuggling)",
        evidence={"files": files, "steps": steps},
    )
