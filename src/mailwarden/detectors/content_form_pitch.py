"""A site's form or sign-up notification that carries a visitor's pitch: money and a way out.

A registration, login-details, contact-form or forum notification is template text around
what a visitor typed (``mailwarden.formfields``). When a typed value holds both a sum of money
or a crypto word ("90966 EURO KUCOIN", "$3000 per day") and a destination (a link to another
site, a Telegram or WhatsApp handle), the notification is only the carrier of a pitch: the
site never wrote it, the visitor did, and sent it to the victim's address. Analysts describe
this as sign-up or contact-form abuse ("[Site] Login Details" whose username is a crypto
lure, a Contact Form 7 copy whose subject still reads "[your-subject]").

The notification must be recognised (a ``form_notice`` phrase, a ``wp-login.php`` link or an
unfilled form mail-tag in the subject), and both halves must sit in the same typed value: a
template that offers "$10 off" next to its own shop link is not a typed value.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.formfields import form_fields, notice_marker, pitch_words, value_traits
from mailwarden.message.parse import Message
from mailwarden.result import Finding

_MONEY = frozenset({"sum", "pitch_word"})
_WAY_OUT = frozenset({"link", "handle"})


@detector(emits={"CONTENT_FORM_NOTICE_PITCH"}, group="content")
def form_notice_pitch(msg: Message, ctx: Context) -> Iterator[Finding]:
    marker = notice_marker(msg, ctx.knowledge)
    if not marker:
        return
    for field in form_fields(msg, ctx.knowledge):
        traits = set(value_traits(field.value, ctx.knowledge))
        if not (traits & _MONEY and traits & _WAY_OUT):
            continue
        yield Finding(
            "CONTENT_FORM_NOTICE_PITCH",
            summary=f"a form notification carries a typed pitch ({field.label}: "
            f"{field.value[:50]})",
            evidence={
                "notice": marker,
                "field": f"{field.label}: {field.value[:100]}",
                "holds": sorted(traits & (_MONEY | _WAY_OUT)),
                "words": pitch_words(field.value, ctx.knowledge)[:5],
            },
        )
        return
