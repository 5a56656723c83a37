"""The learned text model reads the message as the genre of phishing and spam it was trained on.

A second signal, never a verdict on its own (see ``textmodel``): its weight is set so that it
needs one more finding to make a message suspicious. The evidence names the words that weighed
most, so a reader can see what it recognised.

The model reads words, not destinations. A message whose links all lead back to its own
sender's organisation (``destinations.stays_with_sender``) uses the genre's words about the
sender's own business: a wallet maker's security tips ("verify your wallet", "claim"), a law
firm's probate newsletter. There the words prove nothing the rules have not weighed, and the
model stays silent; so it does on a security-awareness notice (``destinations.awareness_notice``),
which quotes phishing as examples.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.destinations import awareness_notice, stays_with_sender
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding
from mailwarden.textmodel import message_words


@detector(emits={"CONTENT_TEXT_MODEL"}, group="content")
def text_model(msg: Message, ctx: Context) -> Iterator[Finding]:
    model = ctx.text_model
    if model is None:
        return
    verdict = model.judge(message_words(msg))
    threshold = ctx.policy.text_model.min_probability
    if verdict.probability < threshold or stays_with_sender(msg, ctx):
        return
    if awareness_notice(msg, ctx):  # quotes phishing as examples, with nowhere to follow them
        return
    shown = ", ".join(word for word, _ in verdict.top_words[:4])
    yield Finding(
        "CONTENT_TEXT_MODEL",
        summary=f"the text reads like the phishing and spam the model learned ({shown})",
        evidence={
            "probability": round(verdict.probability, 4),
            "threshold": threshold,
            # The heaviest words present, each with its weight (log-odds it adds).
            "words": [f"{w} ({v:+.2f})" for w, v in verdict.top_words],
        },
    )
