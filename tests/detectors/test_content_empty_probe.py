from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_EMPTY_PROBE"


def _ids(raw: bytes) -> set[str]:
    return finding_ids(scan_offline(raw))


def test_fires_on_no_subject_and_empty_body() -> None:
    assert ID in _ids(make_message(subject="", text=""))


def test_fires_when_subject_and_body_are_only_punctuation_and_space() -> None:
    assert ID in _ids(make_message(subject=" - ", text="\n \n...\n"))


def test_fires_on_headers_only() -> None:
    assert ID in _ids(b"From: a@example.org\r\nSubject:\r\n\r\n")


def test_silent_on_an_empty_file_which_nobody_sent() -> None:
    assert ID not in _ids(b"")


def test_silent_with_a_subject() -> None:
    assert ID not in _ids(make_message(subject="Lunch?", text=""))


def test_silent_with_one_word_of_text_in_any_script() -> None:
    assert ID not in _ids(make_message(subject="", text="ok"))
    assert ID not in _ids(make_message(subject="", text="\u597d"))


def test_silent_with_a_link() -> None:
    assert ID not in _ids(make_message(subject="", text="https://example.net/x"))


def test_silent_with_an_attachment() -> None:
    attachment = ("a.bin", "application/octet-stream", b"x")
    raw = make_message(subject="", text="", attachments=[attachment])
    assert ID not in _ids(raw)


def test_silent_on_garbage() -> None:
    assert ID not in _ids(b"\x00\xff" * 50 + b"hello")
