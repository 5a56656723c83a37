"""A platform whose customers send its notices under its name is not claimed by that name."""

from __future__ import annotations

from mailwarden.claims import claimed_brands
from mailwarden.knowledge import load_knowledge
from mailwarden.message.parse import Message
from tests.helpers import make_message


def _display_claims(from_: str) -> set[str]:
    msg = Message(make_message(from_=from_, subject="Training", text="Please complete it."))
    return {
        c.brand.name for c in claimed_brands(msg, load_knowledge()) if c.where == "display-name"
    }


def test_customer_sent_platform_name_claims_nothing() -> None:
    assert "KnowBe4" not in _display_claims("KnowBe4 <training@nordwerk.example>")
    assert "Workday" not in _display_claims("Workday <noreply@acme.example>")
    # A self-managed GitLab's default display name.
    assert "GitLab" not in _display_claims("GitLab <gitlab@git.uni-example.de>")


def test_other_platform_names_still_claim() -> None:
    assert "ADP" in _display_claims("ADP Payroll Coordinator <payroll@meridian.example>")
    assert "Microsoft" in _display_claims("Microsoft <support@meridian.example>")
