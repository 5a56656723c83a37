"""`mailwarden findings` lists every id with its weight from the policy in force."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from mailwarden.detectors import all_emitted_ids
from mailwarden.frontends.cli import main


def test_findings_lists_every_emitted_id_with_its_weight(tmp_path: Path) -> None:
    policy = tmp_path / "p.toml"
    policy.write_text("[weights]\nLINK_SHORTENER = 0.25\n", "utf-8")
    result = CliRunner().invoke(main, ["findings", "--policy", str(policy)])
    assert result.exit_code == 0, result.output
    listed = {line.split()[0]: line.split()[1] for line in result.output.splitlines()}
    assert set(listed) == set(all_emitted_ids())
    assert listed["LINK_SHORTENER"] == "0.25"
