"""The detector registry.

A detector is a generator function in its own module of this package, declared with
``@detector(emits={...}, group="link")``. The module's file prefix is its group (``link_``,
``brand_``, ``sender_``, ``content_``, ``attach_``, ``mime_``, ``auth_``, ``behaviour_``).
Detectors never see weights: they yield Findings; the policy scores them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailwarden.result import Finding

if TYPE_CHECKING:
    from mailwarden.config import Policy
    from mailwarden.knowledge import Knowledge
    from mailwarden.message.parse import Message
    from mailwarden.result import AuthSummary
    from mailwarden.textmodel import TextModel

GROUPS = frozenset({"auth", "link", "brand", "sender", "content", "attach", "mime", "behaviour"})


@dataclass(frozen=True)
class Context:
    """What a detector may know besides the message itself."""

    auth: AuthSummary
    knowledge: Knowledge
    policy: Policy
    # The learned text model, when one is configured and built (``[text_model]``).
    text_model: TextModel | None = None


DetectorFunc = Callable[["Message", Context], Iterable[Finding]]


@dataclass(frozen=True)
class DetectorSpec:
    name: str
    group: str
    emits: frozenset[str]
    func: DetectorFunc


REGISTRY: dict[str, DetectorSpec] = {}


def detector(*, emits: set[str], group: str) -> Callable[[DetectorFunc], DetectorFunc]:
    if group not in GROUPS:
        raise ValueError(f"unknown detector group {group!r}")
    prefix = group.upper() + "_"
    for finding_id in emits:
        if not finding_id.startswith(prefix):
            raise ValueError(f"finding id {finding_id} must start with {prefix}")

    def register(func: DetectorFunc) -> DetectorFunc:
        name = f"{func.__module__.rsplit('.', 1)[-1]}.{func.__name__}"
        REGISTRY[name] = DetectorSpec(name, group, frozenset(emits), func)
        return func

    return register


def load_all() -> dict[str, DetectorSpec]:
    """Import every detector module once; registration happens at import."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY


def all_emitted_ids() -> frozenset[str]:
    ids: set[str] = set()
    for spec in load_all().values():
        ids |= spec.emits
    return frozenset(ids)


def run_detector(spec: DetectorSpec, msg: Message, ctx: Context) -> Iterator[Finding]:
    """Run one detector; a detector that raises becomes an ENGINE_DETECTOR_ERROR finding.

    This wrapper is the one place where ``except Exception`` is allowed: a bug or a hostile
    message tripping one detector must not cost the verdict of the others.
    """
    try:
        found = list(spec.func(msg, ctx))
    except Exception as exc:  # noqa: BLE001 - see docstring
        yield Finding(
            "ENGINE_DETECTOR_ERROR",
            summary=f"detector {spec.name} failed: {type(exc).__name__}",
            evidence={"detector": spec.name, "error": f"{type(exc).__name__}: {exc}"},
        )
        return
    for finding in found:
        if finding.id not in spec.emits:
            yield Finding(
                "ENGINE_DETECTOR_ERROR",
                summary=f"detector {spec.name} emitted undeclared id {finding.id}",
                evidence={"detector": spec.name, "id": finding.id},
            )
        else:
            yield finding
