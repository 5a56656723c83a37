from __future__ import annotations

import pytest

from mailwarden.text_traits import is_generated_local_part
from tests.helpers import finding_ids, make_message, scan_offline


@pytest.mark.parametrize(
    "local",
    ["QePEMzkdT", "dvgvKKB", "nRqTFIiwV", "Qsfxjtwk", "mYIvLwxL", "EoZiRqo", "lcfNupd", "bdQAkfl",
     "MevaLiM", "DwAhOwx"],
)
def test_generated_local_parts(local: str) -> None:
    assert is_generated_local_part(local)


@pytest.mark.parametrize(
    "local",
    ["JohnSmith", "McAfee", "newsletter", "DoNotReply", "MyAccount", "iPhone", "jsmith2",
     "John.Smith", "NOREPLY", "eBayISAPI", "AnnaMaria", "KDEnews", "DeLaCruz", "UnlimitedTV",
     "NoReplyUS", "myHRportal", "GoToMeeting", "JoeDiMaggio", "LinkedIn", "SurveyMonkey"],
)
def test_chosen_local_parts(local: str) -> None:
    assert not is_generated_local_part(local)


def test_fires_on_a_random_sender_and_not_on_a_person() -> None:
    spam = make_message(from_="Bath Savings <AdzmHfqcF@pier.example.com>")
    person = make_message(from_="Anna Maria <AnnaMaria@example.com>")
    assert "SENDER_ANOMALY_RANDOM_LOCAL_PART" in finding_ids(scan_offline(spam))
    assert "SENDER_ANOMALY_RANDOM_LOCAL_PART" not in finding_ids(scan_offline(person))
