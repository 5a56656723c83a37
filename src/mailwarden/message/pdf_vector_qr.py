"""QR codes drawn as vector squares in a PDF page, not embedded as a picture.

Quishing kits draw the code module by module with the PDF path operators ``x y w h re``
and ``f`` (ISO 32000-1, 8.5.2), so that a scanner looking for images in the PDF finds none.
This module collects the small, square filled rectangles of the first pages' content
streams, paints them on a white canvas and hands the picture to zxing-cpp, like an embedded
image. Transformations (``cm``) are not followed: kits place the squares in page space.

Called by ``mailwarden.message.attachments`` on pages of a PDF it has already opened under its
lowered pypdf limits and time budget. Bounded work on hostile input: the content-stream bytes
read and the rectangles painted are capped, the rectangle pattern is matched with re2 (linear
time), the canvas has a maximum side, and any failure of the reader simply means no QR code.
"""

from __future__ import annotations

from typing import Any

import re2

MAX_STREAM_BYTES = 2_000_000
MAX_RECTS = 20_000
# A QR code (version 1: 21x21 modules) has at least about a hundred dark modules.
MIN_RECTS = 100
# Module side in PDF units: 1 to 20 points (a code 21-60 mm wide); larger boxes are layout.
MODULE_MIN, MODULE_MAX = 0.5, 20.0
CANVAS_MAX = 1600
_RECT = re2.compile(r"(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) re")


def _rects(stream: str) -> list[tuple[float, float, float, float]]:
    rects: list[tuple[float, float, float, float]] = []
    for match in _RECT.finditer(stream):
        x, y, w, h = (float(v) for v in match.groups())
        if MODULE_MIN <= w <= MODULE_MAX and abs(w - h) <= 0.01 * max(w, h) + 0.01:
            rects.append((x, y, w, h))
            if len(rects) >= MAX_RECTS:
                break
    return rects


def _paint(rects: list[tuple[float, float, float, float]]) -> Any:
    from PIL import Image, ImageDraw

    x0 = min(r[0] for r in rects)
    y0 = min(r[1] for r in rects)
    x1 = max(r[0] + r[2] for r in rects)
    y1 = max(r[1] + r[3] for r in rects)
    module = min(r[2] for r in rects)
    # About 4 pixels a module, a quiet zone of 4 modules, never above CANVAS_MAX a side.
    scale = min(4.0 / module, CANVAS_MAX / max(x1 - x0 + 8 * module, y1 - y0 + 8 * module))
    margin = 4 * module
    width = int((x1 - x0 + 2 * margin) * scale) + 1
    height = int((y1 - y0 + 2 * margin) * scale) + 1
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    for x, y, w, h in rects:
        # PDF y grows upwards; image y grows downwards.
        left = (x - x0 + margin) * scale
        top = (y1 - (y + h) + margin) * scale
        draw.rectangle((left, top, left + w * scale - 1, top + h * scale - 1), fill=0)
    return img


def vector_qr_texts(page: Any) -> list[str]:
    """Texts of QR codes drawn with vector squares on one page of an opened PDF (a pypdf page)."""
    try:
        import zxingcpp

        contents = page.get_contents()
        if contents is None:
            return []
        raw = contents.get_data()[:MAX_STREAM_BYTES]
        rects = _rects(raw.decode("latin-1"))
        if len(rects) < MIN_RECTS:
            return []
        formats = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode)
        results = zxingcpp.read_barcodes(_paint(rects), formats=formats)  # type: ignore[arg-type]
        return [r.text for r in results[:5] if isinstance(r.text, str) and r.text.strip()]
    except Exception:  # noqa: BLE001 - a page the reader cannot take has no QR code for us
        return []
