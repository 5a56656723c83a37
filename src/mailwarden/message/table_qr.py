"""QR codes drawn as HTML tables: each module a tiny table cell with a dark or light background.

Mail filters that look for QR codes decode images; a QR code built from a few hundred
``<td style="background:#000">`` cells is no image, yet every mail client draws it and a
phone camera reads it (reported in 2024-25 quishing campaigns as "table" or "ASCII" QR codes).
Here each table whose rows have the same number of cells, enough for the smallest QR code
(21 x 21), becomes a black-and-white picture, one cell one module, with a quiet zone around
it; zxing-cpp then reads it like any picture. Bounded: at most ``MAX_TABLES`` tables and
``MAX_CELLS`` cells each, only documents that hold enough cells at all, and the nesting depth
``message.html.bound_nesting`` allows.
"""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from mailwarden.message.html import bound_nesting

MIN_SIDE = 21  # a version-1 QR code is 21 modules a side
MAX_SIDE = 177  # version 40
MAX_CELLS = MAX_SIDE * MAX_SIDE
MAX_TABLES = 8
MODULE_PIXELS = 4
QUIET_MODULES = 4
# "background:#000", "background-color: rgb(0,0,0)", bgcolor="black": a cell's colour.
_STYLE_COLOUR = re.compile(r"background(?:-color)?\s*:\s*([^;\"']+)", re.IGNORECASE)
_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})\b", re.IGNORECASE)
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})", re.IGNORECASE)
_NAMED = {"black": 0, "white": 255, "transparent": 255, "none": 255}


def _luminance(colour: str) -> int | None:
    """0 (black) to 255 (white) for a CSS colour we can read, else None."""
    colour = colour.strip().lower()
    for name, value in _NAMED.items():
        if colour.startswith(name):
            return value
    hexa = _HEX.search(colour)
    if hexa is not None:
        digits = hexa.group(1)
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
        return (r * 299 + g * 587 + b * 114) // 1000
    rgb = _RGB.search(colour)
    if rgb is not None:
        r, g, b = (min(255, int(x)) for x in rgb.groups())
        return (r * 299 + g * 587 + b * 114) // 1000
    return None


def _cell_dark(attributes: dict[str, str | None]) -> bool:
    colours = [attributes.get("bgcolor") or ""]
    style = attributes.get("style") or ""
    colours += [m.group(1) for m in _STYLE_COLOUR.finditer(style)]
    for colour in reversed(colours):  # the style wins over the attribute; the last one wins
        value = _luminance(colour) if colour else None
        if value is not None:
            return value < 128
    return False


def _matrix(table: Any) -> list[list[bool]] | None:
    """The table's cells as rows of dark/light modules, when it is square-ish and regular."""
    rows: list[list[bool]] = []
    width = 0
    cells = 0
    for row in table.css("tr"):
        modules = [_cell_dark(cell.attributes) for cell in row.css("td")]
        if not modules:
            continue
        if width and len(modules) != width:
            return None
        width = len(modules)
        cells += width
        if cells > MAX_CELLS:
            return None
        rows.append(modules)
    if not MIN_SIDE <= width <= MAX_SIDE or not MIN_SIDE <= len(rows) <= MAX_SIDE:
        return None
    if not any(any(row) for row in rows):
        return None
    return rows


def _picture(rows: list[list[bool]]) -> Any:
    """A greyscale picture (Pillow image) of the modules, scaled, with a quiet zone."""
    from PIL import Image

    side = len(rows[0]) + 2 * QUIET_MODULES
    height = len(rows) + 2 * QUIET_MODULES
    light = bytes([255]) * side
    pixels = bytearray(light * QUIET_MODULES)
    margin = bytes([255]) * QUIET_MODULES
    for row in rows:
        pixels += margin + bytes(0 if dark else 255 for dark in row) + margin
    pixels += light * QUIET_MODULES
    image = Image.frombytes("L", (side, height), bytes(pixels))
    return image.resize((side * MODULE_PIXELS, height * MODULE_PIXELS), Image.Resampling.NEAREST)


def table_qr_pictures(html: str) -> list[Any]:
    """Pictures of the tables in ``html`` that may draw a QR code (Pillow images)."""
    if html.lower().count("<td") < MIN_SIDE * MIN_SIDE:
        return []
    # Bounded nesting as in message.html: lexbor takes seconds over 40,000 nested <div>.
    tree = LexborHTMLParser(bound_nesting(html))
    pictures: list[Any] = []
    for table in tree.css("table"):
        if len(pictures) >= MAX_TABLES:
            break
        # A layout table holding the QR table is not the QR code: only innermost tables (the
        # selector matches the table itself too).
        if len(table.css("table")) > 1:
            continue
        rows = _matrix(table)
        if rows is not None:
            pictures.append(_picture(rows))
    return pictures
