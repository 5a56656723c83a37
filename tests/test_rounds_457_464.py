"""Rounds 457-464: what the session's first batch of unseen mail showed."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from tests.helpers import finding_ids, make_message, scan_offline

_PASS = "mx.example; dkim=pass header.d={d}; spf=pass smtp.mailfrom={d}; dmarc=pass header.from={d}"


def _prizes(text: str) -> list[str]:
    return [m.phrase for m in lures_in_text(text, load_knowledge()) if m.category == "scam_prize"]


def test_dutch_congratulations_on_a_sale_is_no_prize() -> None:
    """Round 459: WooCommerce's order notice ends "Gefeliciteerd met de verkoop"."""
    assert _prizes("Gefeliciteerd met de verkoop.") == []
    assert _prizes("Gefeliciteerd! Uw e-mailadres heeft € 975.000 gewonnen") != []
    assert _prizes("Gefeliciteerd, je bent geselecteerd voor een cadeaukaart") != []


def test_a_delivery_lure_only_quoted_in_a_linkless_mail_is_told_about() -> None:
    """Round 457: a client asks for a "failed delivery" reason in the app being built."""
    quoted = 'Could you add a "failed delivery" reason to the driver app? Thanks, Mike'
    said = "Failed delivery: pay the redelivery fee today. Thanks, Mike"
    ids = {"CONTENT_SCAM_DELIVERY", "CONTENT_LURE_DENSE"}
    assert not finding_ids(scan_offline(make_message(subject="App notes", text=quoted))) & ids
    assert "CONTENT_SCAM_DELIVERY" in finding_ids(
        scan_offline(make_message(subject="App notes", text=said))
    )
    # With a link, the quoted words are the lure itself.
    linked = make_message(
        subject="Parcel",
        html=f'<p>{quoted}</p><a href="https://redeliver.example/pay">Pay</a>',
    )
    assert "CONTENT_SCAM_DELIVERY" in finding_ids(scan_offline(linked))


def test_a_signing_platforms_name_adds_no_wording_to_the_density() -> None:
    """Rounds 457 and 460: an accountant's draft accounts ("payment due", "for your
    e-signature"), a client's "I'll send the form through DocuSign"."""
    text = (
        "Please find the draft accounts attached. Corporation tax payment due 1 April. "
        "I'll send the engagement letter for your e-signature through DocuSign."
    )
    ids = finding_ids(scan_offline(make_message(subject="Draft accounts", text=text)))
    assert "CONTENT_SHARED_DOCUMENT" in ids
    assert "CONTENT_LURE_DENSE" not in ids
    two = text + " Your password will expire today, keep your current password."
    assert "CONTENT_LURE_DENSE" in finding_ids(
        scan_offline(make_message(subject="Draft accounts", text=two))
    )


def _bulletin(link: str) -> bytes:
    d = "service.govdelivery.com"
    return make_message(
        from_="IRS Tax Tips <irs@service.govdelivery.com>",
        subject="IRS Tax Tip: year-end giving",
        html=f'<p>Tips for giving.</p><a href="{link}">Read more</a>'
        '<a href="https://public.govdelivery.com/accounts/USIRS/subscriber/edit">Manage</a>',
        headers=[("Authentication-Results", _PASS.format(d=d))],
    )


def test_a_bulletins_tracker_whose_token_does_not_decode_is_the_service_own() -> None:
    """Rounds 446 and 460: GovDelivery bulletins whose lnks.gd tokens name no target."""
    ids = finding_ids(scan_offline(_bulletin("https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.WQ73Tk")))
    assert not ids & {"LINK_OFF_BRAND", "BRAND_DISPLAY_NAME_MISMATCH"}
    # A link anywhere else is judged as before.
    other = finding_ids(scan_offline(_bulletin("https://irs-refund.example/claim")))
    assert other & {"LINK_OFF_BRAND", "BRAND_DISPLAY_NAME_MISMATCH"}


def test_brands_of_the_round() -> None:
    knowledge = load_knowledge()
    owners = {d: b.name for b in knowledge.brands for d in b.domains}
    assert owners["yahoo-net.jp"] == "Yahoo"  # Yahoo! JAPAN's help centre (round 462)
    assert owners["myob.com.au"] == "MYOB"  # round 460's declined subscription payment


def _display_claims(display: str) -> list[str]:
    raw = make_message(from_=f"{display} <billing@unrelated-sender.example>", text="Hello")
    return [f.id for f in scan_offline(raw).findings if f.id == "BRAND_DISPLAY_NAME_MISMATCH"]


def test_a_brands_billing_desk_in_other_languages_speaks_as_the_brand() -> None:
    """Round 463: "CFE Recibo Digital", "Claro Fatura Digital" from look-alike domains."""
    assert _display_claims("CFE Recibo Digital")
    assert _display_claims("Claro Fatura Digital")
    # "Claro" is also an ordinary word: a person's name after it claims nothing.
    assert not _display_claims("Claro Martinez")


def test_nordic_mailbox_and_portal_brands() -> None:
    knowledge = load_knowledge()
    owners = {d: b.name for b in knowledge.brands for d in b.domains}
    assert owners["kivra.com"] == "Kivra"
    assert owners["digipost.no"] == "Digipost"
    assert owners["taxdome.com"] == "TaxDome"
    assert owners["claro.com.br"] == "Claro"


def test_the_bosss_payment_errand_in_several_languages() -> None:
    """Rounds 463 and 464: "I need you to process an urgent faster payment ... can't log in
    to the bank from here", "Necesito que me gestiones una transferencia hoy"."""
    knowledge = load_knowledge()

    def bec(text: str) -> list[str]:
        return [m.phrase for m in lures_in_text(text, knowledge) if m.category == "scam_bec"]

    assert bec("I need you to process an urgent faster payment for Hale & Sons today.")
    assert bec("I'm at the trade show and can't log in to the bank from here.")
    assert bec("Necesito que me gestiones una transferencia hoy sin falta.")
    assert bec("Preciso que você faça uma transferência ainda hoje.")
    # Processing an order or a refund is no payment errand.
    assert not bec("I need you to process a refund for order 1182.")


def test_a_phrase_inside_another_is_one_advance_fee_wording_in_a_relay() -> None:
    """Round 467: a PayPal receipt's note, a donation "for my late father" ("late father"
    is inside it): one wording, not the two a relayed advance-fee story needs."""
    raw = make_message(
        from_="service@paypal.com.au",
        subject="Receipt for your payment to Bodhi Vihara Melbourne Inc",
        text='Note to Bodhi Vihara Melbourne Inc: "Retreat dana + lamp offering for my late'
        ' father"',
    )
    assert "SENDER_PLATFORM_RELAYED_LURE" not in finding_ids(scan_offline(raw))


def test_brands_of_the_second_batch() -> None:
    knowledge = load_knowledge()
    owners = {d: b.name for b in knowledge.brands for d in b.domains}
    assert owners["bracbank.com"] == "BRAC Bank"  # round 466's one-time password
    assert owners["vancopayments.com"] == "Vanco"  # round 467's declined gift
    assert owners["msr-cmt.org"] == "Microsoft"  # round 469's "Microsoft CMT" reminder


def test_academic_publishing_brands() -> None:
    """Round 471: journals' systems, author identifiers and funders' portals imitated."""
    knowledge = load_knowledge()
    owners = {d: b.name for b in knowledge.brands for d in b.domains}
    assert owners["editorialmanager.com"] == "Elsevier"
    assert owners["manuscriptcentral.com"] == "Clarivate"
    assert owners["orcid.org"] == "ORCID"
    assert owners["researchgatemail.net"] == "ResearchGate"  # its notifications (round 469)
    raw = make_message(
        from_="ORCID <support@orcid-records.org>",
        subject="Action required: confirm your affiliation",
        html="<p>Confirm your affiliation.</p>"
        '<a href="https://orcid-records.org/signin">Sign in</a>',
    )
    assert "BRAND_LOOKALIKE_SENDER" in finding_ids(scan_offline(raw))


def test_regional_brands_of_round_472() -> None:
    """Round 472: "Tesla" from tesla-ownersupport.com, "M-PESA Safaricom" from
    mpesa-reversal-safaricom.com, "KRA iTax" from a hijacked co-operative's mailbox."""
    knowledge = load_knowledge()
    owners = {d: b.name for b in knowledge.brands for d in b.domains}
    assert owners["sarsefiling.co.za"] == "SARS"  # eFiling's own site (round 470)
    raw = make_message(
        from_="M-PESA Safaricom <reversals@mpesa-reversal-safaricom.com>",
        subject="M-PESA: Reversal request",
        text="Confirm the reversal within 2 hours.",
    )
    assert "BRAND_LOOKALIKE_SENDER" in finding_ids(scan_offline(raw))
    # Nikola Tesla is no claim of the car maker.
    person = make_message(from_="Nikola Tesla Society <info@teslasociety.example>", text="Hi")
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(scan_offline(person))
