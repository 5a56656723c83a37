"""parse → authenticate → detectors → policy: the one pipeline every front-end calls."""

from __future__ import annotations

import functools
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

from mailwarden.auth import authenticate, resolver_from_settings
from mailwarden.config import DnsSettings, Policy, load_policy
from mailwarden.detectors import Context, DetectorSpec, all_emitted_ids, load_all, run_detector
from mailwarden.knowledge import load_knowledge
from mailwarden.message.parse import Message
from mailwarden.policy.scoring import check_registry, score
from mailwarden.result import Envelope, Finding, ScanResult
from mailwarden.textmodel import load_text_model


class DeadlineExceeded(BaseException):
    """Raised inside a running detector when the per-message deadline passes.

    A BaseException so that the detector wrapper's ``except Exception`` lets it through."""


class _Deadline:
    """A per-message time budget.

    Between detectors the engine checks it; inside a detector (pure-Python loops) a SIGALRM
    timer interrupts it, when we run in the main thread where signals can be delivered.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self._armed = False
        self.inside_detector = False

    def passed(self) -> bool:
        return time.monotonic() >= self.ends

    def __enter__(self) -> _Deadline:
        if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            self._previous = signal.signal(signal.SIGALRM, self._alarm)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self._armed = True
        return self

    def _alarm(self, signum: int, frame: Any) -> None:
        if self.inside_detector:
            raise DeadlineExceeded()

    def __exit__(self, *exc: object) -> None:
        if self._armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)


# A plain notice with a link and an HTML part: enough for every detector to build what it
# builds on first use. Example domains only, and no DNS (``_OFFLINE``).
_WARM_UP_MESSAGE = (
    b"From: Example Notices <notices@example.org>\r\nTo: reader@example.net\r\n"
    b"Subject: Your account\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Please review your account: https://www.example.org/account\r\n"
    b"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b'<p>Please review <a href="https://www.example.org/account">your account</a>.</p>\r\n'
    b"--b--\r\n"
)
_OFFLINE = DnsSettings(offline=True)


class Engine:
    def __init__(self, policy: Policy | None = None, resolver: Any = None) -> None:
        self.policy = policy or load_policy()
        self.knowledge = load_knowledge()
        self.text_model = load_text_model(self.policy.text_model.path)
        self.detectors: list[DetectorSpec] = sorted(load_all().values(), key=lambda s: s.name)
        check_registry(all_emitted_ids(), self.policy)
        # From [dns] unless the caller brings one; shared (with its cache) by engines with
        # the same settings.
        self.resolver = resolver or resolver_from_settings(self.policy.dns)
        self._warm_up()

    def _warm_up(self) -> None:
        """Run every detector once on a small message of our own, outside any deadline and
        without DNS. The detectors build their matchers (the lure vocabularies of every
        language, the brand names) and compile their patterns on first use, which takes about
        a second: without this, that second came out of the first real message's deadline,
        and a busy worker's first message could be cut short (``ENGINE_DEADLINE``)."""
        msg = Message(_WARM_UP_MESSAGE, self.policy.limits)
        auth = authenticate(msg, self.policy, None, resolver_from_settings(_OFFLINE))
        ctx = Context(
            auth=auth, knowledge=self.knowledge, policy=self.policy, text_model=self.text_model
        )
        for spec in self.detectors:
            for _ in run_detector(spec, msg, ctx):
                pass

    def scan(self, raw: bytes, envelope: Envelope | None = None, source: str = "-") -> ScanResult:
        msg = Message(raw, self.policy.limits)
        auth = authenticate(msg, self.policy, envelope, self.resolver)
        ctx = Context(
            auth=auth, knowledge=self.knowledge, policy=self.policy, text_model=self.text_model
        )
        findings = list(self._run_detectors(msg, ctx))
        weighted, total, verdict, action = score(findings, self.policy)
        sender = msg.from_address.address if msg.from_address else ""
        return ScanResult(
            source=source,
            verdict=verdict,
            score=total,
            action=action,
            auth=auth,
            findings=weighted,
            sender=sender,
            subject=msg.subject[:200],
        )

    def _run_detectors(self, msg: Message, ctx: Context) -> Iterator[Finding]:
        deadline = _Deadline(self.policy.limits.deadline_seconds)
        skipped: list[str] = []
        with deadline:
            for spec in self.detectors:
                if deadline.passed():
                    skipped.append(spec.name)
                    continue
                try:
                    deadline.inside_detector = True
                    found = list(run_detector(spec, msg, ctx))
                except DeadlineExceeded:
                    skipped.append(spec.name)
                    continue
                finally:
                    deadline.inside_detector = False
                yield from found
        if skipped:
            yield Finding(
                "ENGINE_DEADLINE",
                summary=f"analysis stopped at the {deadline.seconds:g} s deadline",
                evidence={"skipped": skipped},
            )


@functools.cache
def default_engine() -> Engine:
    return Engine()


def scan(raw: bytes, envelope: Envelope | None = None) -> ScanResult:
    """Scan one message with the default policy."""
    return default_engine().scan(raw, envelope)
