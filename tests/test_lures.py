"""Lure normalisation and matching (mailwarden.lures) and the lure data files."""

from __future__ import annotations

from mailwarden.config import load_policy
from mailwarden.detectors.content_lures import CATEGORY_IDS
from mailwarden.knowledge import LurePhrase, Negation, load_knowledge
from mailwarden.lures import build_matcher, lures_in_text, normalise
from tests.helpers import lure_categories as _categories

VOCABULARIES = {
    "call_to_action", "sender_role",
    # destinations.it_role_on_personal_mailbox: the IT service desk's name as a display name
    "it_role",
    # a money function as a mailbox's name (sender_platform_relay's finance mailbox)
    "finance_role",
    # data/lures/forms.toml and market.toml: vocabularies of content_form_* and content_crime_market
    "form_name_label", "form_message_label", "form_greeting", "form_notice", "form_pitch_word",
    "market_goods", "market_goods_strong",
    # the text says a file comes with the message (phantom-attachment checks)
    "attachment_mention",
    # attach_document_lure (callback in a PDF) and attach_qr_link (scan the code)
    "callback_cue", "qr_scan",
    # content_callback_only: the words that hand the reader a phone number (G3), and a
    # company's legal mention of its share capital (an amount that is no charge)
    "callback_call", "share_capital",
    # content_callback_only and destinations: the notice sends the reader to its own app
    "app_channel",
    # content_callback_only: a written answer offered beside the phone number, and a receipt
    # (the amount is paid)
    "written_reply", "payment_settled",
    # claims.CREDENTIAL_LURES: the organisation's mailbox as a page's key (no finding of its own)
    "org_signin",
    # content_callback_only and attach_document_lure (a purchase to disown by telephone)
    "callback_disown",
    # link_document_on_web_page (a document offered through a site-builder page)
    "document_offer",
    # link_user_content: the reader's pay, benefits or a tax refund as the topic (I1)
    "pay_topic",
    # destinations.awareness_notice, link_user_content (a platform only named) and
    # link_meeting_off_platform (an online-meeting invitation's words)
    "awareness", "platform_name", "meeting_invite",
    # content_lures and sender_platform_relay: new bank details to be checked by calling a
    # number the reader already holds
    "verify_out_of_band",
    # content_pay_via_messenger: a rate of pay's words, and the chat apps a task scam moves to
    "pay_period", "messenger_app",
    # content_callback_only: a line closing a letter; a number below it is the writer's own
    "sign_off",
}


def _phrases(*items: tuple[str, str]) -> list[LurePhrase]:
    return [LurePhrase(cat, "en", phrase) for cat, phrase in items]


def test_normalise_folds_case_accents_and_punctuation() -> None:
    assert normalise("Ihr Passwort LÄUFT ab!") == "ihr passwort lauft ab"
    assert normalise("Unusual Sign-in   activity") == "unusual sign in activity"
    assert normalise("ﬁnal notice") == "final notice"  # NFKC ligature


def test_normalise_drops_invisible_characters_and_lookalikes() -> None:
    assert normalise("Pass\u200bword") == "password"
    assert normalise("Re\u0650quired") == "required"
    assert normalise("Vеrify") == "verify"  # Cyrillic е
    assert normalise("B\U000e0109illing") == "billing"


def test_normalise_glues_letter_spaced_words_only() -> None:
    assert normalise("P a s s w o r d expires") == "password expires"
    assert normalise("p.a.s.s.w.o.r.d") == "password"
    assert normalise("plan a b test") == "plan a b test"


def test_matcher_matches_whole_words_only() -> None:
    m = build_matcher(_phrases(("urgency", "final notice")))
    assert [p.phrase for p in m.scan("This is your FINAL-notice.")] == ["final notice"]
    assert m.scan("finalnotice") == []
    assert m.scan("final notices") == []


def test_matcher_prefix_wildcard_and_overlaps() -> None:
    m = build_matcher(
        _phrases(("a", "account suspend*"), ("b", "verify your account"), ("c", "your account"))
    )
    found = {p.phrase for p in m.scan("Please verify your account: account suspended")}
    assert found == {"account suspend*", "verify your account", "your account"}


def test_matcher_on_empty_and_hostile_input() -> None:
    m = build_matcher(_phrases(("a", "b c")))
    assert m.scan("") == []
    assert m.scan("\x00\ufffd" * 1000) == []
    # Long inputs are handled word by word (no backtracking); this must just finish.
    assert m.scan("b " * 200_000) == []
    assert len(m.scan("ab " * 100_000 + "b c")) == 1


def test_lures_in_text_reports_category_language_where() -> None:
    found = lures_in_text("Bitte bestätigen Sie Ihr Konto", load_knowledge(), "subject")
    assert any(
        m.category == "credential" and m.language == "de" and m.where == "subject"
        for m in found
    )


def test_every_lure_category_has_a_finding_and_a_weight() -> None:
    weights = load_policy().weights
    categories = {lure.category for lure in load_knowledge().lures}
    assert categories - VOCABULARIES <= set(CATEGORY_IDS)
    for finding_id in CATEGORY_IDS.values():
        assert finding_id in weights


def test_lure_data_covers_languages_and_normalises() -> None:
    lures = load_knowledge().lures
    languages = {lure.language for lure in lures}
    assert {"en", "de", "fr", "es", "it", "nl", "pt"} <= languages
    for lure in lures:
        assert normalise(lure.phrase.rstrip("*")), lure
    german = {lure.category for lure in lures if lure.language == "de"}
    assert {"password_expiry", "mailbox_full", "unusual_signin", "invoice", "credential",
            "urgency"} <= german


def test_raw_8bit_subject_is_read_as_utf8() -> None:
    from mailwarden.lures import subject_text
    from mailwarden.message.parse import parse

    raw = "Subject: Ihr Gutschein wartet: Prämie für Sie\r\n\r\nHallo".encode()
    assert subject_text(parse(raw)) == "Ihr Gutschein wartet: Prämie für Sie"
    latin1 = "Subject: Prämie\r\n\r\nHallo".encode("latin-1")
    assert subject_text(parse(latin1)) == "Prämie"


def test_scam_lures_in_several_languages() -> None:
    assert "scam_legal_threat" in _categories("Intimação eletrônica: ação trabalhista contra você")
    assert "scam_legal_threat" in _categories("Sie erhalten eine Vorladung vom Gerichtsvollzieher")
    assert "scam_health" in _categories("Endlich Nagelpilz und Krampfadern loswerden")
    assert "scam_health" in _categories("Perca peso rápido e diga adeus às varizes")
    assert "scam_marketing" in _categories("Kijk of uw woning in aanmerking komt voor zonnepanelen")
    assert "scam_marketing" in _categories("Get a free quote on your home warranty today")
    assert "scam_dating" in _categories("Ontmoet Oekraïense meisjes bij jou in de buurt")
    assert "scam_delivery" in _categories("Seu pedido foi bloqueado pela fiscalização alfandegária")
    assert "scam_crypto" in _categories("Claim airdrop now: connect your wallet")
    assert "scam_prize" in _categories("Einkaufsgutschein: Teilnahme bestätigen")


def test_advance_fee_and_romance_notes() -> None:
    assert "scam_advance_fee" in _categories(
        "Dear friend, I am a widow and I am donating to you for the purpose of charity. "
        "Kindly reply."
    )
    assert "scam_advance_fee" in _categories("Olá amigo, tenho uma oferta delicada. Responda-me.")
    assert "scam_dating" in _categories("I am 25 years old, looking for a lover. Click for date")


def test_everyday_words_are_not_scam_lures() -> None:
    found = _categories(
        "The court case was in the news; our antivirus update is out, the lawsuit is settled, "
        "and the pills, the tokens and the crypto library are in the release. It is urgent "
        "that the inode will be locked before the heritage site visit. Please get back to me."
    )
    assert not {c for c in found if c.startswith("scam_")}
    assert "urgency" not in found


# Scam kinds from the honeypot's remaining false negatives, written in our own words: each
# stacks three or more different phrases of the kind, so CONTENT_LURE_DENSE can add to the
# capped lure finding. The texts name no brand and copy no sample.
_DENSE_SCAMS = {
    "casino (en)": "Your casino welcome bonus is waiting: 200 bonus spins and a deposit match. "
    "Wagering requirements apply; maximum payout per player. Gamble responsibly.",
    "casino (pt)": "Nova plataforma de jogos! Bônus de primeiro depósito e bônus diário para "
    "você. Jogue agora e ganhe rodadas grátis.",
    "crypto airdrop": "Your eligibility has been confirmed. Visit the claim page, connect "
    "wallet and redeem your tokens before the token sale ends.",
    "crypto balance": "Your account has accumulated free crypto. Balance will be zeroed for "
    "inactive users; log in to your personal cabinet, it is ready for withdrawal.",
    "advance fee": "Attention beneficiary: as one of the scammed victims your deposited fund "
    "is intact. Reply urgently with your details for the payment of your compensation.",
    "loan": "Do you need a loan? We give out loans to private persons: a personal or "
    "business loan from a private lender, reply for more details.",
    "dating (nl)": "Gratis afspreken via onze ontmoetingssite: sekscontact met ondeugende "
    "dames uit de buurt.",
    "pharma (de)": "Das Aphrodisiakum für Ihr Liebesleben: Männlichkeit zurück, heiße Nächte "
    "mit Ihrer Sexualpartnerin.",
    "toll (pt)": "Pedágio em atraso: identificamos débitos de pedágio e passagens pendentes. "
    "Regularize seu pedágio e evite multa.",
    "callback (pt)": "Compra em análise no seu cartão. Para confirmar digite 1; se não foi "
    "você, fale com a área de segurança.",
    "certificate (de)": "Ihr Sicherheitszertifikat läuft ab. Aus Sicherheitsgründen bitten wir "
    "um eine Überprüfung Ihrer Informationen für eine unterbrechungsfreie Nutzung.",
    "suspension (fr)": "Afin d'éviter toute suspension de votre compte, envoyez votre "
    "justificatif d'identité: les comptes non vérifiés seront temporairement restreints.",
    "storage": "Backup interrupted: storage capacity exceeded. Your files are scheduled for "
    "deletion; upgrade to prevent data loss.",
    # Reply-based notes and romance openers: no link, only a request to write back.
    "reply note (en)": "Good day, my name is Mrs Adaeze. I have a noble proposal, kindly "
    "confirm to me on my private email.",
    "reply note (pt)": "Olá, preciso falar com você. Tenho uma proposta: responda urgente para o "
    "meu e-mail privado.",
    "reply note (es)": "Tengo una propuesta para usted; quiero hablar con usted por mi correo "
    "privado.",
    "romance (en)": "You have a new admirer! Someone noticed you; she tried to send a message "
    "but you were offline.",
    "romance (nl)": "Ik ben al een tijdje single en ik verlang naar een sterke man. Ontmoet mij.",
}
_NOT_DENSE = {"scam_marketing"} | VOCABULARIES


def _distinct_phrases(text: str) -> set[str]:
    return {
        m.phrase for m in lures_in_text(text, load_knowledge()) if m.category not in _NOT_DENSE
    }


def test_scam_kinds_stack_three_different_phrases() -> None:
    for kind, text in _DENSE_SCAMS.items():
        assert len(_distinct_phrases(text)) >= 3, (kind, _distinct_phrases(text))


def test_ordinary_wording_near_the_new_phrases_is_no_scam() -> None:
    # Everyday sentences that use the words of the new scam phrases: recruiters, banks,
    # brokers, charities, tax offices and shops write like this.
    texts = [
        "I am reaching out to you on behalf of our hiring team about a remote position.",
        "Make your first deposit into your new savings account; the minimum deposit is low.",
        "Contact us via WhatsApp or Telegram; kindly revert back with the signed contract.",
        "Our fund manager met a private client; the relief fund grant has been approved.",
        "Your withdrawal request was received; gas fees apply on the blockchain.",
        "Weitere Glieder der Kette: Standfestigkeit und Willkommensangebot im Überblick.",
        "Entre em contato comigo; aguardo sua resposta sobre o seu fundo de pensão.",
        "Connectez-vous à votre espace client pour voir le paiement en attente.",
        "Call us at the support number if you did not authorize this charge.",
        "Did you get my email about the quotation? Send your quotation with the bill of lading.",
        "LinkedIn: 3 people viewed your profile this week. Do you have a moment to review?",
    ]
    for text in texts:
        found = {m.category for m in lures_in_text(text, load_knowledge())}
        assert not {c for c in found if c.startswith("scam_")}, (text, found)


def test_never_before_a_phrase_in_its_clause_cancels_it() -> None:
    m = build_matcher(
        [*_phrases(("scam_delivery", "redelivery fee"), ("credential", "seed phrase"),
                   ("credential", "verify your account")),
         LurePhrase("scam_prize", "fr", "carte cadeau")]
    )
    assert m.scan("USPS will never ask you to pay a redelivery fee by email.") == []
    assert m.scan("Never share your seed phrase with anyone.") == []
    assert m.scan("DHL ne vous demandera jamais de payer par SMS ou par carte cadeau.") == []
    assert m.scan("Non vi chiederemo mai: verify your account") != []  # clause ended at ':'
    assert m.scan("Non chiederemo mai di verify your account") == []  # Italian "non ... mai"
    # A new clause, a far-away "never" or a month named "mai" do not cancel.
    assert m.scan("Never miss out: verify your account") != []
    assert m.scan("Never miss out\nverify your account") != []
    assert m.scan("le 3 mai verify your account") != []
    far = "We never did this before and so now we ask you kindly to verify your account"
    assert m.scan(far) != []
    # An occurrence that is not negated still counts.
    again = "Never share your seed phrase. Enter your seed phrase here"
    assert [p.phrase for p in m.scan(again)] == ["seed phrase"]


def test_do_not_is_no_negation_because_threats_use_it() -> None:
    m = build_matcher(_phrases(("credential", "verify your account")))
    assert m.scan("If you don't verify your account today it will be closed") != []
    assert m.scan("Do not ignore this: verify your account") != []


def test_german_and_dutch_negation_after_the_verb_cancels_the_phrase() -> None:
    from mailwarden.knowledge import load_knowledge
    from mailwarden.lures import lures_in_text

    knowledge = load_knowledge()
    said = {m.phrase for m in lures_in_text("Bitte antworten Sie umgehend.", knowledge)}
    assert "bitte antworten sie" in said
    text = "Bitte antworten Sie nicht auf diese E-Mail."
    unsaid = {m.phrase for m in lures_in_text(text, knowledge)}
    assert "bitte antworten sie" not in unsaid


def test_a_phrase_given_as_an_example_of_a_fake_does_not_count() -> None:
    from mailwarden.knowledge import load_knowledge
    from mailwarden.lures import lures_in_text

    knowledge = load_knowledge()
    example = 'Watch for fake parcel notifications ("your package is on hold").'
    assert not [m for m in lures_in_text(example, knowledge) if m.category == "scam_delivery"]
    request = "Your package is on hold until the customs fee is paid."
    assert [m for m in lures_in_text(request, knowledge) if m.category == "scam_delivery"]


def test_a_never_opens_a_list_of_what_will_not_be_asked() -> None:
    from mailwarden.knowledge import load_knowledge
    from mailwarden.lures import lures_in_text

    knowledge = load_knowledge()

    def said(text: str) -> list[str]:
        return [m.phrase for m in lures_in_text(text, knowledge, where="body")]

    assert said(
        "MetaMask will never DM you, ask for your Secret Recovery Phrase, "
        "or ask you to validate your wallet."
    ) == []
    assert said("We will never ask for your password, or request a gift card.") == []
    # Without an "or" item the comma still ends the negation.
    assert "verify your account" in said("We never sleep, verify your account now.")
    assert "verify your account" in said(
        "Your account has never been verified, verify your account to avoid suspension."
    )


def test_a_never_chain_joined_by_or_negates_its_last_request() -> None:
    from mailwarden.lures import lures_in_text

    knowledge = load_knowledge()

    def said(text: str) -> list[str]:
        return [m.phrase for m in lures_in_text(text, knowledge, where="body")]

    # Round 369: Medicare's standing warning, one clause, the request far from the "never".
    assert "update your card" not in said(
        "Medicare will never call you to sell you anything or ask for your Medicare number"
        " to update your card."
    )
    # "or" opening the threat, and a condition after the "or", leave the request counted.
    assert "update your card" in said("Please update your card or your account will close.")
    # English "of" is no "or": the request after it stays a request.
    assert "update your card" in said(
        "We have never had customers complain about any of the steps to update your card."
    )
    # Round 367: "it doesn't ask you to ... confirm your details" describes what is not asked.
    assert "confirm your details" not in said(
        "It doesn't ask you to click anything or confirm your details."
    )
    assert "confirm your details" not in said("We will not ask you to confirm your details.")
    assert "confirm your details" in said(
        "If you do not confirm your details within 24 hours your account will be closed."
    )
    assert "update your card" in said(
        "Your service will never be interrupted again or delayed if you simply update your card"
        " today."
    )


def test_each_languages_never_words_cancel_its_own_phrases() -> None:
    # Polish "nie" is a plain "not" that opens threats; German "nie" is "never".
    negators = {
        "pl": Negation(("nigdy",), ("aby", "abys", "ze")),
        "de": Negation(("niemals", "nie")),
        "en": Negation(("never",)),
    }
    m = build_matcher(
        [
            LurePhrase("account_problem", "pl", "konto zostanie zablokowane"),
            LurePhrase("credential", "de", "bestatigen sie ihr konto"),
            LurePhrase("credential", "xx", "verify your account"),
        ],
        negators,
    )
    threat = "Jeśli nie potwierdzisz danych, konto zostanie zablokowane"
    assert [p.language for p in m.scan(threat)] == ["pl"]
    assert m.scan("Nigdy nie prosimy, konto zostanie zablokowane") != []  # another clause
    assert m.scan("Bank nigdy nie napisze: konto zostanie zablokowane") != []
    assert m.scan("Bank nigdy nie pisze że konto zostanie zablokowane") == []
    # A comma before a "that" clause does not end what "never" governs.
    assert m.scan("Bank nigdy nie napisze, że konto zostanie zablokowane") == []
    assert m.scan("Bank nie czeka, konto zostanie zablokowane") != []
    assert m.scan("Wir werden Sie nie bitten: bestätigen Sie Ihr Konto") != []
    assert m.scan("Wir werden Sie nie bitten bestätigen Sie Ihr Konto") == []
    # A language that lists no never-words is cancelled by every language's.
    assert m.scan("we nigdy verify your account") == []


def test_letters_with_a_stroke_fold_to_the_plain_letter() -> None:
    # No Unicode decomposition, so accent folding alone keeps them; phishers leave them out.
    assert normalise("Twoje konto zostało zablokowane") == "twoje konto zostalo zablokowane"
    assert normalise("Svar på spørgsmål") == "svar pa sporgsmal"


def test_nothing_as_the_phrases_subject_cancels_it() -> None:
    found = lures_in_text("Niets wordt verwijderd.", load_knowledge())
    assert not [m for m in found if m.category == "urgency"]
    threat = lures_in_text("Uw account wordt verwijderd als u niets doet.", load_knowledge())
    assert [m for m in threat if m.category == "urgency"]
    # Only right before the phrase: "nothing" elsewhere in the clause is no subject of it.
    doing = lures_in_text("Do nothing and your files will be deleted.", load_knowledge())
    assert [m for m in doing if m.phrase == "files will be deleted"]
    mailbox = lures_in_text("Nothing in your mailbox will be deactivated.", load_knowledge())
    assert [m for m in mailbox if m.phrase == "mailbox will be deactivated"]


def test_a_not_after_the_verb_cancels_only_its_own_languages_phrases() -> None:
    german = LurePhrase("urgency", "de", "sofort antworten", False)
    polish = LurePhrase("urgency", "pl", "sofort antworten", False)
    rules = {
        "de": Negation(never=("nie",), after=("nicht",)),
        "pl": Negation(never=("nigdy",)),
    }
    assert build_matcher([german], rules).scan("Bitte sofort antworten nicht vergessen") == []
    # Polish lists no "not" after the verb: the German word does not cancel its phrase.
    assert build_matcher([polish], rules).scan("Bitte sofort antworten nicht vergessen")


def test_boleto_is_a_payment_slip_in_portuguese_only() -> None:
    # Spanish "boleto" is a ticket: "Con tu boleto del Sorteo de Oro" asks for no payment.
    assert "invoice" in _categories("Segue em anexo o boleto referente ao pedido 5521.")
    assert "invoice" not in _categories("Con tu boleto del Sorteo de Oro ayudas a la Cruz Roja.")


def test_receipt_authentication_code_is_no_credential_request() -> None:
    assert "credential" not in _categories("Valor pago: R$ 689,30\nAutenticação: 7A.3F1.09C")
    assert "credential" in _categories("O seu dispositivo de autenticação foi desativado.")


def test_the_matcher_in_use_survives_other_vocabularies() -> None:
    """The matcher cache drops the least recently used vocabulary when full, not all of them:
    the shipped vocabularies' matcher takes over a second to build, and rebuilding it inside a
    message's deadline cut that message short."""
    from mailwarden.lures import matcher_for

    k = load_knowledge()
    in_use = matcher_for(k.lures, k.negation)
    others = [tuple(_phrases(("urgency", f"final notice {i}"))) for i in range(4)]
    for i, other in enumerate(others):
        matcher_for(other)
        if i == 2:
            assert matcher_for(k.lures, k.negation) is in_use  # used again: now the newest
    assert matcher_for(k.lures, k.negation) is in_use
