"""Plain text sent as format=flowed (RFC 3676): soft line breaks joined back into lines.

A flowed body wraps long lines for transport and marks each soft break with a trailing space
(section 4.2); a reader's client joins them again. Read as written, a telephone number or a
phrase that the wrap cut in two ("contact our support team at 1 865 / 287-0198") is lost to
every detector. With delsp=yes the trailing space was added by the wrap and is deleted on
joining (section 4.5); lines are space-stuffed when they start with a space, ">" or "From "
(section 4.4). Quoted lines join only with lines of the same quote depth (section 4.5), and
the signature separator "-- " is never a soft break (section 4.3).
"""

from __future__ import annotations

SIGNATURE_SEPARATOR = "-- "


def _quote_depth(line: str) -> int:
    depth = 0
    while depth < len(line) and line[depth] == ">":
        depth += 1
    return depth


def _quoted(depth: int, text: str) -> str:
    return ">" * depth + " " + text if depth else text


def unflow(text: str, delsp: bool = False) -> str:
    """The text with its soft line breaks joined; hard breaks stay."""
    out: list[str] = []
    paragraph: list[str] = []
    paragraph_depth = -1
    for line in text.split("\n"):
        line = line.removesuffix("\r")
        depth = _quote_depth(line)
        content = line[depth:]
        if content.startswith(" "):  # space-stuffed (or the space after quote marks)
            content = content[1:]
        if paragraph and depth != paragraph_depth:
            # A quote-depth change ends a paragraph even after a soft break (section 4.5).
            out.append(_quoted(paragraph_depth, "".join(paragraph)))
            paragraph = []
        paragraph_depth = depth
        soft = content.endswith(" ") and content != SIGNATURE_SEPARATOR
        if soft and delsp:
            content = content[:-1]
        paragraph.append(content)
        if not soft:
            out.append(_quoted(depth, "".join(paragraph)))
            paragraph = []
    if paragraph:
        out.append(_quoted(paragraph_depth, "".join(paragraph)))
    return "\n".join(out)
