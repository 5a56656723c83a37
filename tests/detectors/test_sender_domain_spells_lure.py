from tests.helpers import finding_ids, make_message, scan_offline

ID = "SENDER_DOMAIN_SPELLS_LURE"
PITCH = "Receba sua cotacao de um plano de saude com ate 40% de reducao."


def test_domain_made_of_the_pitch() -> None:
    raw = make_message(from_="Maria <helena@go.cotandoplanodesaude.com>", text=PITCH)
    result = scan_offline(raw)
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["phrase"] == "plano de saude"


def test_hyphens_do_not_hide_it() -> None:
    raw = make_message(from_="Planos <contato@cote-plano-de-saude.com>", text=PITCH)
    assert ID in finding_ids(scan_offline(raw))


def test_a_company_named_after_itself() -> None:
    raw = make_message(from_="Amil <contato@amil.com.br>", text=PITCH)
    assert ID not in finding_ids(scan_offline(raw))


def test_a_single_word_may_be_an_operators_name() -> None:
    # A state lottery's own domain holds "lottery"; one word is not a pitch.
    text = "Your lottery results: no winning numbers this week."
    raw = make_message(from_="Ohio Lottery <news@ohiolottery.com>", text=text)
    assert ID not in finding_ids(scan_offline(raw))


def test_domain_phrase_the_message_does_not_use() -> None:
    raw = make_message(from_="x <a@planodesaudeonline.com>", text="Meeting at 10.")
    assert ID not in finding_ids(scan_offline(raw))
