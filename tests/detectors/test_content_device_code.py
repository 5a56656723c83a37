import pytest

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_DEVICE_CODE"


@pytest.mark.parametrize(
    "text",
    [
        "1. Go to https://microsoft.com/devicelogin 2. Enter the code: HQ7N-KWZ4 3. Sign in.",
        "Rufen Sie https://microsoft.com/devicelogin auf und geben Sie den Code BXR4-7TQM ein.",
        "Enter code FGH7J9KLM at https://www.microsoft.com/devicelogin to open the data room.",
        "Visit google.com/device and type the code WDJB-MJHT within 15 minutes.",
    ],
)
def test_a_device_page_and_a_code(text: str) -> None:
    assert ID in finding_ids(scan_offline(make_message(text=text)))


def test_the_page_as_a_link_and_the_code_in_the_text() -> None:
    html = (
        '<p>Open the <a href="https://microsoft.com/devicelogin">secure document room</a> and'
        " enter the code <b>HQ7N-KWZ4</b>.</p>"
    )
    assert ID in finding_ids(scan_offline(make_message(html=html, text=None)))


@pytest.mark.parametrize(
    "text",
    [
        # An IT notice explaining device login has no code of its own to give.
        "To sign in on the meeting-room TV, go to https://microsoft.com/devicelogin and type"
        " the code the TV shows.",
        # A code without a device page is a one-time passcode, judged elsewhere.
        "Your verification code is HQ7N-KWZ4.",
        "Go to https://microsoft.com/devicelogin. Code of conduct: be nice.",
    ],
)
def test_no_device_code_handed_out(text: str) -> None:
    assert ID not in finding_ids(scan_offline(make_message(text=text)))
