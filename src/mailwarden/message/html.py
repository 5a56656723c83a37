"""HTML bodies and attachments: visible text, anchors, forms, images (selectolax/lexbor).

Lexbor is an HTML5 parser written for hostile input; it never raises on malformed markup and
is linear in the input size. We extract only what the detectors need, once per document.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\ufeff]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


@dataclass(frozen=True)
class Anchor:
    href: str
    text: str


@dataclass(frozen=True)
class Form:
    action: str
    method: str
    input_types: tuple[str, ...]
    input_names: tuple[str, ...]

    @property
    def asks_password(self) -> bool:
        return "password" in self.input_types or any(
            re.search(r"pass|pwd|kennwort|passwort", n, re.I) for n in self.input_names
        )


@dataclass(frozen=True)
class ParsedHtml:
    text: str
    anchors: tuple[Anchor, ...] = ()
    forms: tuple[Form, ...] = ()
    images: tuple[str, ...] = ()
    meta_refresh: str = ""
    scripts: tuple[str, ...] = ()  # inline script text, truncated; for script-based redirects


EMPTY = ParsedHtml(text="")


def _clean(text: str) -> str:
    text = _SPACE.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


def parse_html(document: str, max_links: int = 500) -> ParsedHtml:
    if not document.strip():
        return EMPTY
    tree = LexborHTMLParser(document)
    anchors = []
    for node in tree.css("a[href], area[href]"):
        if len(anchors) >= max_links:
            break
        href = (node.attributes.get("href") or "").strip()
        if href:
            anchors.append(Anchor(html_lib.unescape(href), _clean(node.text(separator=" "))))
    forms = []
    for node in tree.css("form"):
        inputs = node.css("input")
        forms.append(
            Form(
                action=(node.attributes.get("action") or "").strip(),
                method=(node.attributes.get("method") or "get").strip().lower(),
                input_types=tuple((i.attributes.get("type") or "text").lower() for i in inputs),
                input_names=tuple(
                    (i.attributes.get("name") or i.attributes.get("id") or "") for i in inputs
                ),
            )
        )
    images = tuple(
        (n.attributes.get("src") or "").strip() for n in tree.css("img[src]")[:max_links]
    )
    refresh = ""
    for node in tree.css("meta[http-equiv]"):
        if (node.attributes.get("http-equiv") or "").lower() == "refresh":
            refresh = node.attributes.get("content") or ""
    scripts = tuple((n.text() or "")[:4000] for n in tree.css("script")[:20])
    for node in tree.css("script, style, head, title, noscript"):
        node.decompose()
    body = tree.body or tree.root
    text = body.text(separator="\n") if body is not None else ""
    return ParsedHtml(
        text=_clean(text),
        anchors=tuple(anchors),
        forms=tuple(forms),
        images=images,
        meta_refresh=refresh,
        scripts=scripts,
    )
