"""link_document_on_web_page: a short cover note offering a document through a web page anyone
can build, counted as the reader sees it (one rendering of a multipart/alternative body)."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

NOTE = (
    "Hi Dana,\n\nWe are on track for the December closing. I've posted the settlement statement "
    "draft, the title commitment and the buyer's confirmation to the closing room for your "
    "review:\n\nClosing Documents - 2214 Alder Creek Dr\n{link}\n\nPlease confirm the commission "
    "figures on page 2 of the settlement statement by Monday.\n\nThank you,\n\nLaura Pryor\n"
    "Senior Real Estate Paralegal\nWhitcombe & Pryor, PLLC\n500 N. Tryon Street, Suite 1800, "
    "Charlotte, NC 28202\nDirect: (704) 555-0157\n"
)
LINK = "https://wp-closingroom.notion.site/Closing-Documents-b691cb2c38e0"


def _alternative(text: str) -> bytes:
    html = "<html><body>" + text.replace("\n", "<br>").replace(
        LINK, f'<a href="{LINK}">{LINK}</a>'
    ) + "</body></html>"
    return make_message(
        from_="Laura Pryor <lpryor@whitcombepryor.com>",
        subject="Closing Documents for Review",
        text=text,
        html=html,
    )


def test_short_note_in_two_renderings_is_still_short() -> None:
    # About 80 words, said twice (plain and HTML): still a cover note.
    raw = _alternative(NOTE.format(link=LINK))
    assert "LINK_DOCUMENT_ON_WEB_PAGE" in finding_ids(scan_offline(raw))


def test_a_long_letter_is_no_cover_note() -> None:
    letter = NOTE.format(link=LINK) + (
        "As discussed, the seller has agreed to the repairs listed in the inspection response, "
        "and the lender has confirmed the appraisal came in at value. "
    ) * 4
    assert "LINK_DOCUMENT_ON_WEB_PAGE" not in finding_ids(scan_offline(_alternative(letter)))


def test_an_authoritys_notice_on_a_site_builder_page() -> None:
    # Round 306: a hijacked town hall serves its "notificación" on Google Sites.
    text = (
        "Estimada Sra. Sánchez:\n\nLe comunicamos que se ha emitido resolución en el expediente "
        "2026/LA-0418. La notificación se encuentra a su disposición en la sede electrónica.\n\n"
        "Consultar notificación: https://sites.google.com/view/sede-notificacion/exp-0418\n\n"
        "Atentamente,\nRegistro General\n"
    )
    raw = make_message(
        from_="Registro General <registro@villanuevadelpardo.es>",
        subject="Notificación: resolución expediente 2026/LA-0418",
        text=text,
    )
    assert "LINK_DOCUMENT_ON_WEB_PAGE" in finding_ids(scan_offline(raw))
