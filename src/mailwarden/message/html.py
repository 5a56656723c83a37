"""HTML bodies and attachments: visible text, anchors, forms, images (selectolax/lexbor).

Lexbor is an HTML5 parser written for hostile input; it never raises on malformed markup. It
is linear in the input size except in the depth of open elements: block tags walk the stack of
open elements (HTML Standard 13.2.6.4.7, "has a p element in button scope"), so 40,000 nested
``<div>`` take seconds. ``bound_nesting`` first drops layout start tags beyond a fixed depth, in
one linear pass, keeping links, forms, images and text. We extract only what the detectors
need, once per document.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\ufeff]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

MAX_OPEN_ELEMENTS = 256
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})")
_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
# Never dropped: what the detectors read. None of them nests in the parser's stack (a new
# <a> or <form> closes or is ignored; script, style, title, textarea, iframe hold raw text).
_KEEP = frozenset("a area base form iframe img input link meta script style textarea title".split())
# A start tag that closes an open one of the same name directly above it (<p>x<p>y, <li>, <td>).
_SIBLING_CLOSES = frozenset("dd dt li optgroup option p rp rt td th tr".split())
# Phrasing elements (HTML Standard 3.2.5.2.5) that browsers lay out inside the line: their text
# runs on without a break. "<span>M</span><span>o</span>..." reads "Mo...", the per-letter
# wrapping that spam uses to break words apart for filters (held-out phishing_pot 2052 wrote
# "Stealth Airdrop" a letter a span). Text is joined across these, broken at every other tag.
# <a> is one of them too, unwrapped only once the anchors are read.
_INLINE = (
    "abbr b bdi bdo big cite code data dfn em font i ins kbd mark q s samp small span strike "
    "strong sub sup time tt u var"
).split()
# An inline element styled invisible whose few characters sit inside a word
# ("Pass<span style="font-size:0">xq</span>word") is filler the reader never sees; joined
# into the word it would spoil it ("Passxqword"). CONTENT_HIDDEN_TEXT reports the trick with
# the same style test and bound; here the filler goes before the text is joined. Longer
# hidden text (a preheader) stays. The style test ends a value at the attribute's quote or at
# the end of the attribute alone; plain syntax, so that google-re2 compiles it too.
HIDDEN_STYLE = (
    r"""font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:[;!"']|$)|display\s*:\s*none"""
    r"""|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:[;!"']|$)"""
)
HIDDEN_FILLER_CHARS = 40
_HIDDEN_STYLE = re.compile(HIDDEN_STYLE, re.IGNORECASE)
_STYLED_INLINE = ", ".join(f"{tag}[style]" for tag in _INLINE)


def bound_nesting(document: str, limit: int = MAX_OPEN_ELEMENTS) -> str:
    """The document with start (and matching end) tags removed where the open-element stack
    would grow beyond ``limit``; unchanged when it never does. Linear in the document."""
    if document.count("<") <= limit:
        return document
    stack: list[str] = []
    dropped: dict[str, int] = {}
    cuts: list[tuple[int, int]] = []
    for match in _TAG.finditer(document):
        closing, name = match.group(1), match.group(2).lower()
        if name in _VOID:
            continue
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                cuts.append(_tag_extent(document, match))
            elif name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
            continue
        if name in _SIBLING_CLOSES and stack and stack[-1] == name:
            stack.pop()
        if len(stack) >= limit and name not in _KEEP:
            dropped[name] = dropped.get(name, 0) + 1
            cuts.append(_tag_extent(document, match))
            continue
        stack.append(name)
    if not cuts:
        return document
    pieces = []
    position = 0
    for start, end in cuts:
        pieces.append(document[position:start])
        position = end
    pieces.append(document[position:])
    return "".join(pieces)


def _tag_extent(document: str, match: re.Match[str]) -> tuple[int, int]:
    end = document.find(">", match.end(), match.end() + 4096)
    return match.start(), (end + 1 if end >= 0 else match.end())


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
    tree = LexborHTMLParser(bound_nesting(document))
    if _HIDDEN_STYLE.search(document):
        for node in tree.css(_STYLED_INLINE):
            style = (node.attributes.get("style") or "")[:1000]
            if _HIDDEN_STYLE.search(style) and len(node.text()) <= HIDDEN_FILLER_CHARS:
                node.decompose()
    # The inline tags go first, so that their text nodes touch and merge as the reader sees
    # them, in anchors ("<a><span>pay</span><span>pal.com</span></a>") and in the body.
    tree.unwrap_tags(_INLINE)
    tree.merge_text_nodes()
    anchors: list[Anchor] = []
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
    tree.unwrap_tags(["a"])
    tree.merge_text_nodes()
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
