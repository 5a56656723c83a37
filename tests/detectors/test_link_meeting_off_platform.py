from tests.helpers import finding_ids, make_message, scan_offline

ID = "LINK_MEETING_OFF_PLATFORM"


def _ids(text: str) -> set[str]:
    return finding_ids(scan_offline(make_message(text=text)))


def test_teams_invitation_joining_through_a_workers_page() -> None:
    text = (
        "Microsoft Teams meeting\nClick here to join the meeting: "
        "https://teams-join.contoso-meet.workers.dev/join?m=884120\nMeeting ID: 392 771 508"
    )
    assert ID in _ids(text)


def test_dutch_invitation_and_a_recording_on_a_site_builder() -> None:
    assert ID in _ids(
        "Microsoft Teams-vergadering\nKlik hier om deel te nemen: https://x.pages.dev/j"
    )
    text = "The cloud recording is now available. Watch recording: https://rec.wixsite.com/v/1"
    assert ID in _ids(text)


def test_genuine_invitation_with_the_service_link_and_an_agenda_page() -> None:
    text = (
        "Microsoft Teams meeting\nClick here to join the meeting: "
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x\n"
        "Agenda: https://our-team.netlify.app/agenda"
    )
    assert ID not in _ids(text)


def test_invitation_words_with_a_file_share_only() -> None:
    # The slides shared on Google Drive are a document, not a page posing as the meeting.
    text = "Join Zoom Meeting details follow. Slides: https://docs.google.com/presentation/d/x"
    assert ID not in _ids(text)
