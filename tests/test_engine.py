"""The engine's own guarantees: one ScanResult per message whatever happens in a detector,
the per-message deadline, and the registry/policy agreement checked at start-up."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from mailwarden.config import load_policy
from mailwarden.detectors import Context, DetectorSpec
from mailwarden.engine import Engine
from mailwarden.errors import RegistryMismatch
from mailwarden.message.parse import Message
from mailwarden.result import Finding, ScanResult, Verdict
from tests.helpers import finding_ids, make_message

RAW = make_message(subject="Lunch", text="Hi Bob, lunch at noon? Alice")


def engine_with(*extra: DetectorSpec, deadline: float | None = None) -> Engine:
    overrides: dict[str, dict[str, object]] = {"dns": {"offline": True}}
    if deadline is not None:
        overrides["limits"] = {"deadline_seconds": deadline}
    engine = Engine(load_policy(extra=overrides))
    engine.detectors = [*extra, *engine.detectors]  # first: the real ones come after
    return engine


def spec(name: str, func: object, emits: str = "MIME_MALFORMED") -> DetectorSpec:
    return DetectorSpec(name, "mime", frozenset({emits}), func)  # type: ignore[arg-type]


def raising(msg: Message, ctx: Context) -> Iterator[Finding]:
    raise ValueError("boom")
    yield  # pragma: no cover


def looping(msg: Message, ctx: Context) -> Iterator[Finding]:
    while True:  # a detector gone quadratic on hostile input
        pass
    yield  # pragma: no cover


def undeclared(msg: Message, ctx: Context) -> Iterator[Finding]:
    yield Finding("MIME_SOMETHING_ELSE", summary="not declared")


def test_scan_returns_a_result_with_the_source_label() -> None:
    result = engine_with().scan(RAW, source="inbox:3")
    assert isinstance(result, ScanResult)
    assert result.source == "inbox:3"
    assert result.sender == "alice@example.org"
    assert result.subject == "Lunch"
    assert result.verdict is Verdict.CLEAN
    assert result.error is None


def test_a_raising_detector_becomes_a_finding_and_the_scan_goes_on() -> None:
    engine = engine_with(spec("zz_test.raising", raising))
    result = engine.scan(RAW)
    errors = [f for f in result.findings if f.id == "ENGINE_DETECTOR_ERROR"]
    assert len(errors) == 1
    assert errors[0].evidence["detector"] == "zz_test.raising"
    assert "ValueError: boom" in errors[0].evidence["error"]


def test_an_undeclared_id_is_an_engine_error() -> None:
    result = engine_with(spec("zz_test.undeclared", undeclared)).scan(RAW)
    assert "MIME_SOMETHING_ELSE" not in finding_ids(result)
    assert "ENGINE_DETECTOR_ERROR" in finding_ids(result)


def test_deadline_interrupts_a_looping_detector() -> None:
    seconds = 0.3
    engine = engine_with(spec("aa_test.looping", looping), deadline=seconds)
    engine.scan(RAW)  # warm caches outside the timing
    start = time.monotonic()
    result = engine.scan(RAW)
    elapsed = time.monotonic() - start
    assert elapsed < load_policy().limits.deadline_seconds  # the engine's own 2 s deadline
    deadline = next(f for f in result.findings if f.id == "ENGINE_DEADLINE")
    assert "aa_test.looping" in deadline.evidence["skipped"]


def test_deadline_skips_the_rest_outside_the_main_thread() -> None:
    """No SIGALRM in a worker thread: a slow detector finishes, the ones after it are skipped."""

    def slow(msg: Message, ctx: Context) -> Iterator[Finding]:
        time.sleep(0.4)
        yield from ()

    engine = engine_with(spec("aa_test.slow", slow), deadline=0.2)
    results: list[ScanResult] = []
    thread = threading.Thread(target=lambda: results.append(engine.scan(RAW)))
    thread.start()
    thread.join(timeout=30)
    [result] = results
    deadline = next(f for f in result.findings if f.id == "ENGINE_DEADLINE")
    assert deadline.evidence["skipped"]
    assert "aa_test.slow" not in deadline.evidence["skipped"]


def test_a_policy_weight_for_an_unknown_id_stops_the_engine() -> None:
    with pytest.raises(RegistryMismatch, match="MIME_NO_SUCH_ID"):
        Engine(load_policy(extra={"weights": {"MIME_NO_SUCH_ID": 1.0}}))


@pytest.mark.parametrize("raw", [b"", b"\x00" * 10, b"\xff\xfe", b"From:\r\n\r\n"])
def test_odd_bytes_give_a_verdict(raw: bytes) -> None:
    result = engine_with().scan(raw)
    assert result.verdict in tuple(Verdict)
    assert "ENGINE_DETECTOR_ERROR" not in finding_ids(result)
