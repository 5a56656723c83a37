"""QR codes drawn as HTML tables (mailwarden.message.table_qr) become links like image QR codes."""

import time

import pytest

from mailwarden.config import Limits
from mailwarden.message.table_qr import table_qr_pictures
from tests.helpers import finding_ids, make_message, scan_offline
from tests.message.attach_builders import qr_table_html

URL = "https://mfa-enroll.example-pages.dev/?e=1"


@pytest.mark.parametrize(
    "style", ["background:#000", "background-color: #000000", "background-color:rgb(0, 0, 0)"]
)
def test_a_table_drawn_qr_code_is_read(style: str) -> None:
    html = (
        "<p>Scan the code below with your phone to re-register Microsoft Authenticator.</p>"
        + qr_table_html(URL, style)
    )
    result = scan_offline(make_message(html=html, text=None))
    assert "ATTACH_QR_LINK" in finding_ids(result)
    qr = [f for f in result.findings if f.id == "ATTACH_QR_LINK"][0]
    assert qr.evidence["url"] == URL
    assert qr.evidence["file"] == "body table"


def test_the_qr_table_inside_a_layout_table_is_read() -> None:
    html = f"<table><tr><td><p>Scan me</p>{qr_table_html(URL)}</td></tr></table>"
    assert len(table_qr_pictures(html)) == 1


@pytest.mark.parametrize(
    "html",
    [
        # An ordinary data table: too few cells.
        "<table>" + "<tr><td>a</td><td>b</td></tr>" * 30 + "</table>",
        # Ragged rows draw no grid.
        "<table>"
        + "".join(f"<tr>{'<td bgcolor=black></td>' * (21 + i % 2)}</tr>" for i in range(25))
        + "</table>",
        # A grid without a single dark cell.
        "<table>" + "<tr>" + "<td></td>" * 25 + "</tr>" * 25 + "</table>",
    ],
)
def test_tables_that_draw_no_code(html: str) -> None:
    assert table_qr_pictures(html) == []


def test_a_qr_table_after_deeply_nested_markup_is_read_within_the_deadline() -> None:
    # 80,000 nested <div> cost lexbor seconds; the nesting is bounded before parsing, as for
    # the body's own HTML, and the shallow table after them is still read.
    html = "<div>" * 80_000 + "</div>" * 80_000 + qr_table_html(URL)
    start = time.monotonic()
    pictures = table_qr_pictures(html)
    assert time.monotonic() - start < Limits().deadline_seconds
    assert len(pictures) == 1
