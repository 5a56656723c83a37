"""The per-message memo (``Message.cached``), lazy header decoding, and the shared
computations that use the memo (lure matches, brand claims): computed once, same answer."""

from __future__ import annotations

import dataclasses

import pytest

from mailwarden import claims, lures
from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import lookalike_of
from mailwarden.message.parse import parse
from tests.helpers import make_message

K = load_knowledge()


def _phish() -> bytes:
    return make_message(
        from_="Microsoft account team <alerts@account-verify.example>",
        subject="Your password will expire today",
        text="Your Microsoft account password will expire. Verify your account now: "
        "https://microsoft-login.example.top/verify",
    )


def test_cached_computes_once_per_key() -> None:
    msg = parse(b"Subject: x\r\n\r\nbody")
    calls: list[str] = []

    def compute(tag: str) -> tuple[str, ...]:
        calls.append(tag)
        return (tag,)

    first = msg.cached("a", lambda: compute("a"))
    assert msg.cached("a", lambda: compute("again")) is first
    assert msg.cached(("b", K), lambda: compute("b")) == ("b",)
    assert calls == ["a", "b"]
    # Another message has its own memo.
    assert parse(b"Subject: y\r\n\r\n").cached("a", lambda: compute("other")) == ("other",)


def test_cached_keeps_falsy_values() -> None:
    msg = parse(b"\r\n")
    calls: list[int] = []
    for _ in range(3):
        assert msg.cached("empty", lambda: calls.append(1) or ()) == ()
    assert calls == [1]


def test_cached_does_not_cache_an_error() -> None:
    msg = parse(b"Subject: x\r\n\r\n")
    attempts: list[int] = []

    def failing() -> int:
        attempts.append(1)
        raise ValueError("boom")

    for _ in range(2):
        with pytest.raises(ValueError):
            msg.cached("bad", failing)
    assert len(attempts) == 2  # every caller sees the error, as without a memo
    assert msg.cached("bad", lambda: 7) == 7


def test_lures_and_claims_are_shared_and_equal_to_a_fresh_computation() -> None:
    msg = parse(_phish())
    found = lures.find_lures(msg, K)
    assert found and lures.find_lures(msg, K) is found
    assert found == lures._find_lures(parse(_phish()), K)
    brands = claims.claimed_brands(msg, K)
    assert brands and claims.claimed_brands(msg, K) is brands
    assert brands == claims._claimed_brands(parse(_phish()), K)
    speaking = claims.speaking_claims(msg, K)
    assert speaking == list(claims._speaking(parse(_phish()), K))
    speaking.clear()  # a caller's list is its own
    assert claims.speaking_claims(msg, K)


def test_memo_is_per_knowledge_object() -> None:
    msg = parse(_phish())
    assert claims.claimed_brands(msg, K)
    no_brands = dataclasses.replace(K, brands=())
    assert claims.claimed_brands(msg, no_brands) == ()
    no_lures = dataclasses.replace(K, lures=())
    assert lures.find_lures(msg, no_lures) == ()
    assert lures.find_lures(msg, K)


def test_headers_decode_lazily_with_the_same_values() -> None:
    raw = (
        b"Received: from a.example\r\n\tby b.example; Mon, 5 Jan 2026 09:30:00 +0000\r\n"
        b"Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= \r\n"
        b"X-Note: one\r\n"
        b"x-note: two\r\n"
        b"\r\nbody"
    )
    lazy = parse(raw)
    assert lazy.header("subject") == "Grüße"
    assert lazy.header_all("X-NOTE") == ["one", "two"]
    assert lazy.header("missing") == "" and lazy.header_all("missing") == []
    eager = parse(raw)
    assert eager.headers == lazy.headers
    received = "from a.example by b.example; Mon, 5 Jan 2026 09:30:00 +0000"
    assert eager.headers[0] == ("Received", received)
    assert eager.header("Subject") == "Grüße"


def test_knowledge_and_brand_hashing() -> None:
    copy = dataclasses.replace(K)
    assert copy is not K and copy != K  # identity: keys memos by the object
    assert hash(K) == hash(K)
    brand = K.brands[0]
    twin = dataclasses.replace(brand)
    assert twin == brand and hash(twin) == hash(brand)
    assert dataclasses.replace(brand, keywords=("other",)) != brand


def test_lookalike_cache_answers_like_the_first_call() -> None:
    first = lookalike_of("outlook.office365.com.example.top", K)
    assert first is not None and first.kind == "brand-as-subdomain"
    assert lookalike_of("OUTLOOK.office365.com.example.top.", K) == first
    assert lookalike_of("microsoft.com", K) is None


def test_matcher_for_reuses_and_rebuilds() -> None:
    matcher = lures.matcher_for(K.lures)
    assert lures.matcher_for(K.lures) is matcher
    distinct = tuple(list(K.lures))  # equal phrases, another tuple: its own matcher
    assert distinct == K.lures and distinct is not K.lures
    assert lures.matcher_for(distinct).scan("your password will expire") == matcher.scan(
        "your password will expire"
    )


def test_registrable_domain_cache_matches_the_uncached_answer() -> None:
    from mailwarden.message import urls

    for host in ("mail.example.co.uk", "X.Contoso.onmicrosoft.com", "192.0.2.1", ""):
        assert urls.registrable_domain(host) == urls._registrable(urls.to_ascii_host(host))
        assert urls.registrable_domain(host) == urls.registrable_domain(host)
    long_host = "a." * 200 + "example.com"  # no DNS name: answered, but never cached
    assert urls.registrable_domain(long_host) == "example.com"
