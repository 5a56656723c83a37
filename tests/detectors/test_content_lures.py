"""content_lures: one finding per lure category, with phrases, language and place."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def _finding(result, finding_id):  # type: ignore[no-untyped-def]
    return next(f for f in result.findings if f.id == finding_id)


def test_password_expiry_and_urgency_in_english() -> None:
    raw = make_message(
        subject="Your password will expire today",
        text="Dear user,\nyour password expires today. Keep your current password "
        "within 24 hours or your mailbox will be deactivated.",
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert {"CONTENT_PASSWORD_EXPIRY", "CONTENT_URGENCY"} <= ids
    found = _finding(result, "CONTENT_PASSWORD_EXPIRY")
    assert found.evidence["category"] == "password_expiry"
    assert "subject" in found.evidence["where"]
    assert found.evidence["languages"] == ["en"]


def test_german_mailbox_full_and_signin() -> None:
    raw = make_message(
        subject="Postfach voll",
        text="Ihr Postfach ist voll. Wir haben eine ungewöhnliche Anmeldeaktivität "
        "festgestellt. Bestätigen Sie Ihr Konto innerhalb von 24 Stunden.",
    )
    ids = finding_ids(scan_offline(raw))
    assert {
        "CONTENT_MAILBOX_FULL",
        "CONTENT_UNUSUAL_SIGNIN",
        "CONTENT_CREDENTIAL_REQUEST",
        "CONTENT_URGENCY",
    } <= ids


def test_obfuscated_phrase_still_found() -> None:
    raw = make_message(subject="Unusual s\u200bign-in activity", text="V е r i f y your account")
    ids = finding_ids(scan_offline(raw))
    assert {"CONTENT_UNUSUAL_SIGNIN", "CONTENT_CREDENTIAL_REQUEST"} <= ids


def test_scam_categories() -> None:
    raw = make_message(
        subject="You have won!",
        text="Claim your prize now. I am the next of kin of a late client. "
        "Send the customs fee for your parcel. 200 free spins, no deposit bonus.",
    )
    ids = finding_ids(scan_offline(raw))
    assert {
        "CONTENT_SCAM_PRIZE",
        "CONTENT_SCAM_ADVANCE_FEE",
        "CONTENT_SCAM_DELIVERY",
        "CONTENT_SCAM_CASINO",
    } <= ids


def test_ordinary_mail_raises_no_lure() -> None:
    raw = make_message(
        subject="Re: FPGA build fails on the B210",
        text="Hi all,\nthe build fails after the last update; the log is attached. "
        "Could someone review the timing constraints? Thanks, Alice",
    )
    ids = finding_ids(scan_offline(raw))
    assert not {i for i in ids if i.startswith("CONTENT_")}


def test_each_id_once_per_message() -> None:
    raw = make_message(
        subject="Final notice",
        text="final notice. urgent. within 24 hours. final warning. " * 50,
    )
    result = scan_offline(raw)
    ids = [f.id for f in result.findings]
    assert ids.count("CONTENT_URGENCY") == 1


def test_new_scam_categories_have_their_own_findings() -> None:
    raw = make_message(
        subject="Letzte Chance: abnehmen ohne Diät",
        text="Schnell abnehmen mit Keto, ohne Nebenwirkungen. Mandado de citação: "
        "comparecimento em audiência. Lower your bills: get your free quote on solar panels.",
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert {"CONTENT_SCAM_HEALTH", "CONTENT_SCAM_LEGAL_THREAT", "CONTENT_SCAM_MARKETING"} <= ids
    health = _finding(result, "CONTENT_SCAM_HEALTH")
    assert "de" in health.evidence["languages"]  # type: ignore[operator]


def test_marketing_newsletter_without_scam_words() -> None:
    raw = make_message(
        subject="Our spring catalogue",
        text="New garden tools are in stock. Visit the shop for prices; the insurance "
        "of your order and delivery are included. Unsubscribe at any time.",
    )
    ids = finding_ids(scan_offline(raw))
    assert not {i for i in ids if i.startswith("CONTENT_SCAM_")}


def test_three_different_lure_phrases_are_dense_two_are_not() -> None:
    dense = make_message(
        subject="Your account will be suspended",
        text="Verify your account within 24 hours or your mailbox is full and messages are "
        "on hold.",
    )
    light = make_message(subject="Hello", text="Please verify your account details at the desk.")
    assert "CONTENT_LURE_DENSE" in finding_ids(scan_offline(dense))
    assert "CONTENT_LURE_DENSE" not in finding_ids(scan_offline(light))


def test_casino_and_advance_fee_mail_stack_into_dense() -> None:
    casino = make_message(
        subject="Your welcome bonus is waiting",
        text="Claim your bonus now: 100 bonus spins and a deposit match on sign-up. "
        "Wagering requirements apply. Gamble responsibly.",
    )
    fee = make_message(
        subject="Payment of your compensation",
        text="Attention beneficiary, your deposited fund is intact. Reply urgently.",
    )
    shop = make_message(
        subject="Your first deposit",
        text="Welcome to the bank. Make your first deposit; call us at the support number.",
    )
    assert {"CONTENT_SCAM_CASINO", "CONTENT_LURE_DENSE"} <= finding_ids(scan_offline(casino))
    assert {"CONTENT_SCAM_ADVANCE_FEE", "CONTENT_LURE_DENSE"} <= finding_ids(scan_offline(fee))
    assert not {i for i in finding_ids(scan_offline(shop)) if i.startswith("CONTENT_SCAM_")}


def test_reply_based_note_is_dense_a_colleague_note_is_not() -> None:
    note = make_message(
        subject="Can I talk to you",
        text="Good day, my name is Mrs Ana. Did you get my previous message? I have a "
        "lucrative proposal for you; contact me privately on my private email.",
    )
    colleague = make_message(
        subject="Review",
        text="Hi Ana, did you see my previous message about the review? Let me know when "
        "you have time to talk; the proposal draft is attached.",
    )
    assert {"CONTENT_SCAM_ADVANCE_FEE", "CONTENT_LURE_DENSE"} <= finding_ids(scan_offline(note))
    ids = finding_ids(scan_offline(colleague))
    assert not {i for i in ids if i.startswith("CONTENT_SCAM_")}
    assert "CONTENT_LURE_DENSE" not in ids


def test_two_wordings_are_dense_but_one_word_twice_is_not() -> None:
    from mailwarden.detectors.content_lures import _different_wordings

    assert _different_wordings(["died intestate", "sum of usd"]) == ["died intestate", "sum of usd"]
    assert len(_different_wordings(["quick survey", "short survey"])) == 1
    # Articles and prepositions are not what a lure says: "for" joins nothing.
    assert len(_different_wordings(["looking for a lover", "click for date"])) == 2


def test_account_lures_only_in_quotation_marks_are_told_about_not_made() -> None:
    # A friend explains which of a mother's messages was fake (round 291).
    told = make_message(
        from_="Julien <julien@example.fr>",
        subject="Re: Message Orange de ma mère",
        text="Le mail « Votre facture Orange est disponible » est vrai. Le SMS « Orange : votre "
        "compte sera suspendu, régularisez 1,99 € ici » est une arnaque.",
    )
    assert not {"CONTENT_URGENCY", "CONTENT_INVOICE"} & finding_ids(scan_offline(told))
    # Said outside quotation marks, the same words are the lure.
    said = make_message(
        from_="Orange <service@example.fr>",
        subject="Votre compte",
        text="Votre facture est impayée : votre compte sera suspendu, régularisez 1,99 € ici.",
    )
    assert "CONTENT_URGENCY" in finding_ids(scan_offline(said))


def test_a_lure_quoted_and_also_said_still_counts() -> None:
    raw = make_message(
        subject="Mailbox",
        text='Subject: "Your password expires today". Your password expires today: keep it now.',
    )
    assert "CONTENT_PASSWORD_EXPIRY" in finding_ids(scan_offline(raw))


def test_account_lures_only_in_a_forwarded_message_without_links_are_told_about() -> None:
    # Round 291: a colleague forwards a notice to IT and asks whether it is safe to open.
    text = (
        "Hi Jonas,\n\nI was not expecting this one. Is this OK to open?\n\nThanks,\nSarah\n\n"
        "-----Original Message-----\nFrom: Rebecca via Docusign <dse@docusign.net>\n"
        "Sent: 17 November 2026 09:58\nSubject: Please DocuSign: Engagement Letter\n\n"
        "Rebecca sent you a document to review and sign. Please verify your account.\n"
    )
    forwarded = make_message(subject="FW: Engagement Letter", text=text)
    ids = finding_ids(scan_offline(forwarded))
    assert "CONTENT_CREDENTIAL_REQUEST" not in ids and "CONTENT_LURE_DENSE" not in ids
    # Above the forward, the same request is the sender's own.
    own = make_message(subject="Engagement Letter", text="Please verify your account now.")
    assert "CONTENT_CREDENTIAL_REQUEST" in finding_ids(scan_offline(own))


def test_lines_quoted_with_a_marker_are_quoted() -> None:
    text = "Sounds right to me.\n\n> Your password expires today, keep it here.\n"
    raw = make_message(subject="Re: odd mail", text=text)
    assert "CONTENT_PASSWORD_EXPIRY" not in finding_ids(scan_offline(raw))
