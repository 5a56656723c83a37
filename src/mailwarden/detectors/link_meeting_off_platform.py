"""A meeting invitation or recording notice whose link leads to a page anyone can build.

Teams, Zoom, Meet and Webex invitations carry a "join" link to the service
(teams.microsoft.com, company.zoom.us, meet.google.com: ``data/lists/meeting_platforms.txt``),
and a recording notice links to the service's own player. Calendar-invitation phishing copies
the invitation's words ("Microsoft Teams meeting", "Click here to join the meeting",
"Vergadering-id") into the mail or its .ics event and points the join link at a page on a site
builder, an app host or a bucket (``hosting.txt``, ``buckets.txt``; not a file share) that
poses as the meeting's sign-in. So: meeting words (the ``meeting_invite`` vocabulary of
``data/lures``), no link to any meeting service, and a link to such a page. A genuine invitation
always has its service's link; an agenda or slides kept on a web page sit beside it.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import is_web_page_host
from mailwarden.detectors import Context, detector
from mailwarden.lures import find_lures
from mailwarden.message.parse import Message
from mailwarden.message.urls import host_matches, is_action_link
from mailwarden.result import Finding

MEETING_INVITE = "meeting_invite"


@detector(emits={"LINK_MEETING_OFF_PLATFORM"}, group="link")
def meeting_off_platform(msg: Message, ctx: Context) -> Iterator[Finding]:
    knowledge = ctx.knowledge
    # The meeting words first: the lures are found once per message and shared, and most
    # mail has none, so the links are not looked at.
    said = [m.phrase for m in find_lures(msg, knowledge) if m.category == MEETING_INVITE]
    if not said:
        return
    links = [link for link in msg.links if is_action_link(link)]
    if any(host_matches(link.host, knowledge.meeting_platforms) for link in links):
        return
    pages = [link for link in links if is_web_page_host(link.host, knowledge)]
    if not pages:
        return
    yield Finding(
        "LINK_MEETING_OFF_PLATFORM",
        summary=f'a meeting invitation ("{said[0]}") whose link goes to {pages[0].host},'
        " not to a meeting service",
        evidence={
            "phrases": list(dict.fromkeys(said))[:5],
            "url": [link.url for link in pages[:5]],
            "host": sorted({link.host for link in pages})[:5],
        },
    )
