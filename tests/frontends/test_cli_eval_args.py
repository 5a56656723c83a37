"""`eval --ham A B C` takes every folder a shell glob expands to."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from mailwarden.frontends.cli import main
from tests.helpers import make_message


def _folder(root: Path, name: str, count: int) -> str:
    folder = root / name
    folder.mkdir()
    for i in range(count):
        (folder / f"{i}.eml").write_bytes(make_message(subject=f"note {i}"))
    return str(folder)


def test_eval_accepts_several_folders_after_one_flag(tmp_path: Path) -> None:
    phish = _folder(tmp_path, "p", 1)
    ham = [_folder(tmp_path, f"h{i}", i + 1) for i in range(3)]
    result = CliRunner().invoke(
        main, ["eval", "--offline", "--phish", phish, "--ham", *ham, "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    for folder in ham:
        assert f"| {folder} | ham |" in result.output
    assert "| all ham | ham | 6 |" in result.output
