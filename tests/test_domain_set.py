"""knowledge.DomainSet: exact domains, and "*.zone" entries that hold a provider's hosts."""

from __future__ import annotations

import pickle

from mailwarden.knowledge import DomainSet, load_knowledge


def test_exact_entries_match_only_themselves() -> None:
    domains = DomainSet(["gmail.com"])
    assert "gmail.com" in domains
    assert "mail.gmail.com" not in domains
    assert "xgmail.com" not in domains


def test_wildcard_entry_holds_the_zone_and_every_host_under_it() -> None:
    domains = DomainSet(["*.biglobe.ne.jp"])
    assert "biglobe.ne.jp" in domains
    assert "bma.biglobe.ne.jp" in domains
    assert "a.b.biglobe.ne.jp" in domains
    assert "notbiglobe.ne.jp" not in domains
    assert "ne.jp" not in domains
    assert sorted(domains) == ["biglobe.ne.jp"]


def test_survives_pickling_for_worker_processes() -> None:
    copy = pickle.loads(pickle.dumps(DomainSet(["gmail.com", "*.ocn.ne.jp"])))
    assert "xy.ocn.ne.jp" in copy
    assert "gmail.com" in copy


def test_shipped_freemail_list_holds_isp_hosts() -> None:
    freemail = load_knowledge().freemail
    assert "kmf.biglobe.ne.jp" in freemail
    assert "outlook.com" in freemail
    assert "biglobe.co.jp" not in freemail
