"""Scan a stream of messages in one process or many, in input order, losing none.

Front-ends that scan in bulk (``scan``, ``eval``) use this; each worker process builds its
own Engine once from picklable options.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailwarden.config import load_policy
from mailwarden.engine import Engine
from mailwarden.message.sources import Item
from mailwarden.result import Action, AuthSummary, ScanResult, Verdict


@dataclass(frozen=True)
class EngineOptions:
    policy_file: str | None = None
    offline: bool = False
    nameservers: tuple[str, ...] = ()

    def build(self) -> Engine:
        extra: dict[str, Any] = {}
        if self.offline or self.nameservers:
            extra["dns"] = {"offline": self.offline}
            if self.nameservers:
                extra["dns"]["nameservers"] = list(self.nameservers)
        policy_path = Path(self.policy_file) if self.policy_file else None
        return Engine(load_policy(policy_path, extra))


def error_result(label: str, error: str) -> ScanResult:
    """A message we could not analyse: reported, never silently dropped."""
    return ScanResult(
        source=label,
        verdict=Verdict.SUSPICIOUS,
        score=0.0,
        action=Action.TAG,
        auth=AuthSummary(),
        findings=(),
        error=error,
    )


def scan_item(engine: Engine, item: Item) -> ScanResult:
    if item.raw is None:
        return error_result(item.label, item.error or "unreadable")
    try:
        return engine.scan(item.raw, source=item.label)
    except Exception as exc:  # noqa: BLE001 - one message must never stop the run
        return error_result(item.label, f"internal error: {type(exc).__name__}: {exc}")


_worker_engine: Engine | None = None


def _init_worker(options: EngineOptions) -> None:
    global _worker_engine
    _worker_engine = options.build()


def _scan_in_worker(item: Item) -> ScanResult:
    assert _worker_engine is not None
    return scan_item(_worker_engine, item)


def scan_items(
    items: Iterable[Item], options: EngineOptions, jobs: int = 1
) -> Iterator[ScanResult]:
    """Results in input order. With ``jobs > 1`` at most ``jobs * 8`` messages are in flight,
    so an mbox of any size streams through in bounded memory."""
    if jobs <= 1:
        engine = options.build()
        for item in items:
            yield scan_item(engine, item)
        return
    window = jobs * 8
    with cf.ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(options,)
    ) as pool:
        pending: collections.deque[tuple[Item, cf.Future[ScanResult]]] = collections.deque()
        for item in items:
            pending.append((item, pool.submit(_scan_in_worker, item)))
            if len(pending) >= window:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())


def _collect(item: Item, future: cf.Future[ScanResult]) -> ScanResult:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a dead worker loses no message
        return error_result(item.label, f"worker failed: {type(exc).__name__}: {exc}")
