"""sender_it_role_mailbox: the IT service desk's name over a person's own mailbox."""

from __future__ import annotations

import pytest

from tests.helpers import finding_ids, scan_mail

ID = "SENDER_IT_ROLE_PERSONAL_MAILBOX"
TEXT = "Please confirm your sign-in method before Friday.\n"


@pytest.mark.parametrize(
    "from_",
    [
        "IT Service Desk <l.pemberton@college.example.ac.uk>",
        "Mail Administrator <j.reinholt@uni.example.de>",
        "Lakeview Academy IT Helpdesk <d.morrow@lakeview.example.org>",
        "Soporte TI <maria_lopez@empresa.example.es>",
    ],
)
def test_desk_name_over_a_persons_mailbox(from_: str) -> None:
    assert ID in finding_ids(scan_mail(from_, "Action needed", TEXT))


@pytest.mark.parametrize(
    "from_",
    [
        # the desk's own mailbox, written like a person's
        "ICT Service Desk <ict.servicedesk@usask.example.ca>",
        "Information Services <is.helpline@ed.example.ac.uk>",
        "Soporte TI <soporte.ti@empresa.example.es>",
        "IT Service Desk <servicedesk@college.example.ac.uk>",
        # a person under their own name
        "Laura Pemberton <l.pemberton@college.example.ac.uk>",
        # a role that is not IT's
        "Accounts Payable <l.pemberton@college.example.ac.uk>",
    ],
)
def test_desk_mailboxes_and_people_are_silent(from_: str) -> None:
    assert ID not in finding_ids(scan_mail(from_, "Action needed", TEXT))
