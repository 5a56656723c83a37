"""Each tests/messages/<case>.eml has a <case>.toml beside it: the findings the message must
raise (``must``), must not raise (``must_not``), and optionally its ``verdict`` (or the one
it must not get, ``verdict_not = "clean"``).

A case the engine is known to get wrong carries ``known_miss = "why"``: it stays in the set as
the record of the gap and is expected to fail (strictly: when a change fixes it, the test
says so and the marker must go)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.helpers import finding_ids, scan_offline

CASES = sorted(Path(__file__).parent.joinpath("messages").glob("*.eml"))


def _case(path: Path) -> object:
    expect = tomllib.loads(path.with_suffix(".toml").read_text("utf-8"))
    if "known_miss" not in expect:
        return pytest.param(path, id=path.stem)
    mark = pytest.mark.xfail(reason=str(expect["known_miss"]), strict=True)
    return pytest.param(path, id=path.stem, marks=mark)


@pytest.mark.parametrize("path", [_case(p) for p in CASES])
def test_message_case(path: Path) -> None:
    expect = tomllib.loads(path.with_suffix(".toml").read_text("utf-8"))
    result = scan_offline(path.read_bytes())
    ids = finding_ids(result)
    missing = set(expect.get("must", [])) - ids
    unwanted = set(expect.get("must_not", [])) & ids
    assert not missing, f"{path.name}: expected {sorted(missing)}; got {sorted(ids)}"
    assert not unwanted, f"{path.name}: must not raise {sorted(unwanted)}"
    if "verdict" in expect:
        assert result.verdict.value == expect["verdict"], result.findings
    if "verdict_not" in expect:
        assert result.verdict.value != expect["verdict_not"], result.findings
