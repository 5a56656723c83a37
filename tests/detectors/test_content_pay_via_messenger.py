import pytest

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_PAY_VIA_MESSENGER"


@pytest.mark.parametrize(
    "text",
    [
        "Daily pay $300-$850/day, paid in USDT. Add our HR coordinator on WhatsApp.",
        "Compenso: 250-400 € al giorno. Scriveteci su WhatsApp al numero +39 351 555 0147.",
        "Verdienst bis 450 € pro Woche, melden Sie sich per Telegram bei unserer Koordinatorin.",
        "Gana 600€ al día desde casa. Escríbenos por WhatsApp.",
        "Verdien € 250 - € 800 per dag. Stuur ons een bericht via Telegram.",
        "Rate: USD 45–60 per hour, fully remote. Add our onboarding manager on Telegram.",
    ],
)
def test_a_rate_of_pay_and_a_chat_app(text: str) -> None:
    assert ID in finding_ids(scan_offline(make_message(text=text)))


@pytest.mark.parametrize(
    "text",
    [
        # A price, not a rate of pay.
        "The jacket is $120, message me on WhatsApp if you want it.",
        # A rate of pay without a chat app.
        "The role pays $35/hr; apply through our careers page.",
        # A chat app without any amount.
        "Join our WhatsApp group for the match schedule.",
    ],
)
def test_no_rate_or_no_chat_app(text: str) -> None:
    assert ID not in finding_ids(scan_offline(make_message(text=text)))


def test_a_babysitters_rate_on_whatsapp_is_only_a_second_signal() -> None:
    text = "Hi! I charge £12/hour for evenings. Text me on WhatsApp to arrange a time. Emma"
    result = scan_offline(make_message(text=text))
    assert ID in finding_ids(result)
    assert result.verdict.value == "clean"
