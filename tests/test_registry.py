from __future__ import annotations

import pytest

from mailwarden.config import load_policy
from mailwarden.detectors import all_emitted_ids
from mailwarden.errors import RegistryMismatch
from mailwarden.policy.scoring import check_registry


def test_every_emitted_id_has_a_weight_and_every_weight_an_id() -> None:
    check_registry(all_emitted_ids(), load_policy())


def test_a_weight_for_an_unknown_id_is_an_error() -> None:
    policy = load_policy(extra={"weights": {"LINK_DOES_NOT_EXIST": 1.0}})
    with pytest.raises(RegistryMismatch, match="LINK_DOES_NOT_EXIST"):
        check_registry(all_emitted_ids(), policy)
