"""The resolver: dict answers, nameserver syntax, caching (positive, negative, TTL), failures,
offline mode and the per-message budget. Real DNS questions go only to tests/dnsserver.py on
127.0.0.1."""

from __future__ import annotations

import socket
import time
from typing import Any

import pytest
import spf

from mailwarden.auth.dns import (
    CachingResolver,
    DictResolver,
    DnsOffline,
    DnsTempError,
    MessageDns,
    OfflineResolver,
    parse_nameserver,
    resolver_from_settings,
)
from mailwarden.config import DnsSettings, load_policy
from mailwarden.engine import Engine
from mailwarden.errors import ConfigError
from tests.dnsserver import ZoneServer
from tests.helpers import make_message

ZONE: dict[str, dict[str, list[Any]]] = {
    "example.com": {
        "TXT": ["v=spf1 ip4:192.0.2.0/24 -all", "other"],
        "A": ["192.0.2.1"],
        "MX": [(10, "mx.example.com")],
    },
    "mx.example.com": {"A": ["192.0.2.25"], "AAAA": ["2001:db8::25"]},
    "alias.example.com": {"CNAME": ["example.com"]},
    "long.example.com": {"TXT": ["x" * 3000]},
}


# -- the dict resolver ----------------------------------------------------------------------


def test_dict_resolver_answers_nxdomain_nodata_and_follows_cnames() -> None:
    r = DictResolver(ZONE, tempfail=["broken.example"])
    assert r.lookup("Example.COM.", "A").records == ("192.0.2.1",)
    assert r.lookup("example.com", "MX").records == ((10, "mx.example.com"),)
    assert r.lookup("nowhere.example.com", "TXT").status == "nxdomain"
    assert r.lookup("mx.example.com", "TXT").status == "nodata"
    assert r.lookup("alias.example.com", "A").records == ("192.0.2.1",)
    with pytest.raises(DnsTempError):
        r.lookup("broken.example", "TXT")
    long_txt = r.lookup("long.example.com", "TXT").records[0]
    assert len(long_txt) == 12 and all(len(s) <= 255 for s in long_txt)


# -- nameserver syntax ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,expected",
    [
        ("127.0.0.1", ("127.0.0.1", 53)),
        ("127.0.0.1:5353", ("127.0.0.1", 5353)),
        ("::1", ("::1", 53)),
        ("[::1]", ("::1", 53)),
        ("[::1]:5300", ("::1", 5300)),
        ("[2001:db8::53]:53", ("2001:db8::53", 53)),
        (" 192.0.2.53 ", ("192.0.2.53", 53)),
    ],
)
def test_nameserver_forms(value: str, expected: tuple[str, int]) -> None:
    assert parse_nameserver(value) == expected


@pytest.mark.parametrize("value", ["127.0.0.1:0", "127.0.0.1:99999", "[::1]x", "[::1", ":53",
                                   "127.0.0.1:dns"])
def test_bad_nameservers_are_config_errors(value: str) -> None:
    with pytest.raises(ConfigError):
        parse_nameserver(value)


def test_a_bad_nameserver_fails_when_the_engine_is_built() -> None:
    with pytest.raises(ConfigError):
        Engine(load_policy(extra={"dns": {"nameservers": ["127.0.0.1:notaport"]}}))


# -- the caching resolver against a local server ---------------------------------------------


def test_answers_are_cached_for_their_ttl() -> None:
    with ZoneServer(ZONE, ttl=1) as server:
        r = CachingResolver(timeout=2, lifetime=3, nameservers=[server.address])
        first = r.lookup("example.com", "TXT")
        assert first.status == "ok"
        assert sorted(b"".join(rec) for rec in first.records) == [
            b"other", b"v=spf1 ip4:192.0.2.0/24 -all"
        ]
        assert r.lookup("EXAMPLE.com.", "TXT") == first
        assert server.queries.count(("example.com", "TXT")) == 1
        time.sleep(1.2)
        r.lookup("example.com", "TXT")
        assert server.queries.count(("example.com", "TXT")) == 2


def test_negative_answers_are_cached() -> None:
    with ZoneServer(ZONE, negative_ttl=300) as server:
        r = CachingResolver(timeout=2, lifetime=3, nameservers=[server.address])
        assert r.lookup("nowhere.example.com", "TXT").status == "nxdomain"
        assert r.lookup("nowhere.example.com", "TXT").status == "nxdomain"
        assert r.lookup("mx.example.com", "TXT").status == "nodata"
        assert r.lookup("mx.example.com", "TXT").status == "nodata"
        assert server.queries == [("nowhere.example.com", "TXT"), ("mx.example.com", "TXT")]


def test_record_types_and_cname_chains() -> None:
    with ZoneServer(ZONE) as server:
        r = CachingResolver(timeout=2, lifetime=3, nameservers=[server.address])
        assert r.lookup("example.com", "MX").records == ((10, "mx.example.com"),)
        assert r.lookup("mx.example.com", "AAAA").records == ("2001:db8::25",)
        assert r.lookup("alias.example.com", "A").records == ("192.0.2.1",)


def test_a_long_txt_record_arrives_over_tcp() -> None:
    with ZoneServer(ZONE) as server:
        r = CachingResolver(timeout=2, lifetime=3, nameservers=[server.address])
        answer = r.lookup("long.example.com", "TXT")
        assert b"".join(answer.records[0]) == b"x" * 3000


def test_failures_raise_and_are_not_cached() -> None:
    with ZoneServer(ZONE, servfail=["broken.example.com"]) as server:
        r = CachingResolver(timeout=1, lifetime=1, nameservers=[server.address])
        for _ in range(2):
            with pytest.raises(DnsTempError):
                r.lookup("broken.example.com", "TXT")
        assert server.queries.count(("broken.example.com", "TXT")) >= 2


def test_a_silent_server_times_out_within_the_lifetime() -> None:
    with ZoneServer(ZONE, silent=["slow.example.com"]) as server:
        r = CachingResolver(timeout=0.2, lifetime=0.5, nameservers=[server.address])
        started = time.monotonic()
        with pytest.raises(DnsTempError, match="timeout"):
            r.lookup("slow.example.com", "TXT")
        assert time.monotonic() - started < 3


def test_invalid_names_are_nxdomain_without_asking() -> None:
    r = CachingResolver(nameservers=["127.0.0.1:9"])
    assert r.lookup("a" * 64 + ".example.com", "TXT").status == "nxdomain"
    assert r.lookup("a..b", "TXT").status == "nxdomain"
    assert r.network_questions == 0


# -- offline ------------------------------------------------------------------------------------


def test_offline_settings_give_a_resolver_that_asks_nothing() -> None:
    resolver = resolver_from_settings(DnsSettings(offline=True))
    assert isinstance(resolver, OfflineResolver)
    with pytest.raises(DnsOffline):
        resolver.lookup("example.com", "TXT")


def test_an_offline_scan_opens_no_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Engine(load_policy(extra={"dns": {"offline": True}}))

    def no_socket(*args: object, **kwargs: object) -> None:
        raise AssertionError("offline mode opened a socket")

    monkeypatch.setattr(socket, "socket", no_socket)
    monkeypatch.setattr(socket, "getaddrinfo", no_socket)
    raw = make_message(headers=[("Received", "from x.example (x.example [192.0.2.1]) by mx")])
    result = engine.scan(raw)
    assert result.auth.spf.basis == "none"
    assert "offline" in result.auth.spf.detail


# -- the per-message view ---------------------------------------------------------------------


def test_message_budget_bounds_the_questions() -> None:
    dns = MessageDns(DictResolver(ZONE), max_questions=2)
    dns.lookup("example.com", "A")
    dns.lookup("example.com", "A")
    with pytest.raises(DnsTempError, match="more than 2"):
        dns.lookup("example.com", "A")
    assert dns.asked[-1].outcome == "temperror"


def test_message_time_budget() -> None:
    dns = MessageDns(DictResolver(ZONE), max_seconds=0)
    with pytest.raises(DnsTempError, match="time budget"):
        dns.lookup("example.com", "A")


def test_library_adapters() -> None:
    dns = MessageDns(DictResolver(ZONE, tempfail=["broken.example"]))
    assert dns.dkim_txt(b"example.com.") == b"v=spf1 ip4:192.0.2.0/24 -all"
    assert dns.dkim_txt(b"nowhere.example.") is None
    assert dns.outcome("nowhere.example") == "nxdomain"
    import dkim

    with pytest.raises(dkim.DnsTimeoutError):
        dns.dkim_txt(b"broken.example.")
    assert dns.outcome("broken.example") == "temperror"
    txt = dns.spf_lookup("example.com", "TXT")
    assert txt[0] == (("example.com", "TXT"), [b"v=spf1 ip4:192.0.2.0/24 -all"])
    assert dns.spf_lookup("example.com", "MX") == [(("example.com", "MX"), (10, "mx.example.com"))]
    assert dns.spf_lookup("example.com", "SPF") == []
    with pytest.raises(spf.TempError):
        dns.spf_lookup("broken.example", "A")
