""""sign in with your college credentials" forms are credential lures; naming the account is not."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text


def test_credentials_sign_in_forms_are_credential_lures() -> None:
    knowledge = load_knowledge()
    for text in (
        "Please sign in with your college credentials to access it",
        "log in with your network credentials",
    ):
        cats = {m.category for m in lures_in_text(text, knowledge, where="body")}
        assert "credential" in cats, text
    # Genuine IT mail names the account, not the password.
    cats = {
        m.category
        for m in lures_in_text("sign in with your Northwind account", knowledge, where="body")
    }
    assert "credential" not in cats



def test_the_mailbox_as_the_key_to_any_end() -> None:
    # Rounds 296 and 306: "sign in with your email to access the secure folder", "Bitte melden
    # Sie sich mit der E-Mail-Adresse an, unter der Sie diese Nachricht erhalten haben".
    knowledge = load_knowledge()
    for text in (
        "Please sign in with your email to access the secure folder.",
        "The portal will ask you to verify with your email login.",
        "Please sign in to download them for your records.",
        "Bitte melden Sie sich mit der E-Mail-Adresse an, unter der Sie diese Nachricht erhalten.",
    ):
        cats = {m.category for m in lures_in_text(text, knowledge, where="body")}
        assert "credential" in cats, text
