"""The command line: exit status, JSON Lines, --explain, --jobs, --policy, progress, eval.

Most tests call the click command in-process (CliRunner); the ones about the installed entry
point (no traceback on policy errors, progress on a terminal) run ``.venv/bin/mailwarden``.
Messages are made here. Verdicts do not depend on other detectors' tuning: a small policy file
weighs MIME_LIMIT_EXCEEDED (raised by a nesting bomb the test builds) heavily enough.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner, Result

from mailwarden.frontends.cli import display_source, main
from tests.helpers import make_message

MAILWARDEN = Path(sys.executable).parent / "mailwarden"
CLEAN = make_message(subject="Lunch tomorrow?", text="Hi Bob, lunch tomorrow at noon? Alice")


def nesting_bomb(depth: int = 40) -> bytes:
    out = [b"From: Mallory <m@example.com>\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"]
    for level in range(depth):
        out.append(
            b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
        )
    out.append(b"Content-Type: text/plain\r\n\r\ndeep\r\n")
    return b"".join(out)


@pytest.fixture
def heavy_limit_policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text("[weights]\nMIME_LIMIT_EXCEEDED = 9.0\n", "utf-8")
    return path


@pytest.fixture
def mail(tmp_path: Path) -> Path:
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "1-clean.eml").write_bytes(CLEAN)
    (folder / "2-bomb.eml").write_bytes(nesting_bomb())
    (folder / "3-clean.eml").write_bytes(make_message(subject="Minutes", text="Attached."))
    (folder / "4-empty.eml").write_bytes(b"")
    return folder


def invoke(*args: str, input: bytes | None = None, columns: int = 80) -> Result:
    runner = CliRunner(env={"COLUMNS": str(columns)})
    return runner.invoke(main, list(args), input=input, catch_exceptions=False)


def json_lines(output: str) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in output.splitlines() if line.strip()]


def assert_one_line_error(result: Result, *needles: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert any(line.startswith("Error:") for line in result.output.splitlines()), result.output
    for needle in needles:
        assert needle in result.output


# -- exit status --------------------------------------------------------------------------


def test_exit_0_when_every_message_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "clean.eml"
    path.write_bytes(CLEAN)
    result = invoke("scan", "--offline", str(path))
    assert result.exit_code == 0, result.output
    assert "clean" in result.output


def test_exit_1_when_any_message_is_not_clean(mail: Path, heavy_limit_policy: Path) -> None:
    result = invoke("scan", "--offline", "--policy", str(heavy_limit_policy), str(mail))
    assert result.exit_code == 1, result.output
    assert "phishing" in result.output
    assert "MIME_LIMIT_EXCEEDED" in result.output


def test_exit_2_on_a_missing_path_and_the_rest_still_scanned(tmp_path: Path) -> None:
    path = tmp_path / "clean.eml"
    path.write_bytes(CLEAN)
    missing = tmp_path / "missing.eml"
    result = invoke("scan", "--offline", "--json", str(missing), str(path))
    assert result.exit_code == 2
    assert f"mailwarden: {missing}: no such file or directory" in result.stderr
    assert "Traceback" not in result.output
    lines = json_lines(result.stdout)
    assert [line["source"] for line in lines] == [str(missing), str(path)]
    assert lines[0]["error"] == "no such file or directory"
    assert lines[1]["verdict"] == "clean"


def test_unreadable_file_in_a_folder_is_an_io_error(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(CLEAN)
    (tmp_path / "b.eml").symlink_to(tmp_path / "gone")
    result = invoke("scan", "--offline", "--json", str(tmp_path))
    assert result.exit_code == 2
    assert "b.eml: cannot read" in result.stderr
    assert len(json_lines(result.stdout)) == 2


@pytest.mark.parametrize(
    "args,needle",
    [
        (["scan", "--no-such-option", "x"], "No such option"),
        (["scan"], "Missing argument"),
        (["frobnicate"], "No such command"),
        (["scan", "--jobs", "0", "x"], "--jobs"),
        (["scan", "--jobs", "many", "x"], "--jobs"),
        (["scan", "--nameserver", "dns.example", "x"], "not an IP address"),
        (["scan", "--nameserver", "192.0.2.1:99999", "x"], "bad port"),
        (["scan", "--nameserver", "[2001:db8::1]x", "x"], "--nameserver"),
        (["scan", "--policy", "/nonexistent/policy.toml", "x"], "cannot read policy file"),
    ],
    ids=["unknown-option", "no-paths", "unknown-command", "jobs-0", "jobs-word",
         "nameserver-name", "nameserver-port", "nameserver-v6", "policy-missing"],
)
def test_exit_2_on_usage_errors(args: list[str], needle: str) -> None:
    assert_one_line_error(invoke(*args), needle)


def test_nameserver_forms_accepted(tmp_path: Path) -> None:
    path = tmp_path / "clean.eml"
    path.write_bytes(CLEAN)
    for value in ("192.0.2.1", "192.0.2.1:5353", "2001:db8::1", "[2001:db8::1]:53"):
        result = invoke("scan", "--offline", "--nameserver", value, str(path))
        assert result.exit_code == 0, (value, result.output)


def test_exit_2_on_invalid_toml_policy(tmp_path: Path) -> None:
    policy = tmp_path / "bad.toml"
    policy.write_text("[weights\nMIME_MALFORMED = \n", "utf-8")
    result = invoke("scan", "--offline", "--policy", str(policy), "x")
    assert_one_line_error(result, "not valid TOML")


def test_exit_2_on_a_policy_weight_for_an_unknown_id(tmp_path: Path) -> None:
    policy = tmp_path / "typo.toml"
    policy.write_text("[weights]\nMIME_LIMIT_EXCEDED = 3.0\n", "utf-8")
    assert_one_line_error(
        invoke("scan", "--offline", "--policy", str(policy), "x"), "MIME_LIMIT_EXCEDED"
    )


def test_exit_2_on_a_policy_that_is_a_directory(tmp_path: Path) -> None:
    assert_one_line_error(invoke("scan", "--offline", "--policy", str(tmp_path), "x"), "--policy")


def test_installed_entry_point_reports_policy_errors_without_traceback(tmp_path: Path) -> None:
    policy = tmp_path / "bad.toml"
    policy.write_text("[thresholds]\nsuspicious = 'high'\n", "utf-8")
    proc = subprocess.run(
        [str(MAILWARDEN), "scan", "--offline", "--policy", str(policy), str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "[thresholds]" in proc.stderr
    assert proc.stdout == ""


# -- output -------------------------------------------------------------------------------


def test_json_lines_carry_every_field(mail: Path, heavy_limit_policy: Path) -> None:
    result = invoke("scan", "--offline", "--json", "--policy", str(heavy_limit_policy), str(mail))
    lines = json_lines(result.stdout)
    assert [Path(str(line["source"])).name for line in lines] == [
        "1-clean.eml", "2-bomb.eml", "3-clean.eml", "4-empty.eml"
    ]
    for line in lines:
        assert {"source", "verdict", "score", "action", "auth", "findings", "error"} <= set(line)
        auth = line["auth"]
        assert isinstance(auth, dict)
        assert {"spf", "dkim", "dmarc", "arc", "from_domain", "basis"} <= set(auth)
        assert line["verdict"] in ("clean", "suspicious", "phishing")
        assert line["action"] in ("deliver", "tag", "quarantine", "reject")
    bomb = lines[1]
    assert bomb["verdict"] == "phishing" and bomb["action"] == "quarantine"
    assert bomb["auth"]["from_domain"] == "example.com"  # type: ignore[index]
    findings = bomb["findings"]
    assert isinstance(findings, list)
    limit = next(f for f in findings if f["id"] == "MIME_LIMIT_EXCEEDED")
    assert set(limit) == {"id", "weight", "summary", "evidence"}
    assert limit["weight"] == 9.0 and limit["evidence"]
    assert bomb["score"] >= 9.0  # type: ignore[operator]


def test_explain_prints_every_finding_with_evidence_and_auth_basis(
    mail: Path, heavy_limit_policy: Path
) -> None:
    result = invoke(
        "scan", "--offline", "--explain", "--policy", str(heavy_limit_policy),
        str(mail / "2-bomb.eml"),
    )
    out = result.stdout
    for mechanism in ("spf", "dkim", "arc", "dmarc"):
        assert f"auth {mechanism}=" in out
    assert out.count("[basis: ") == 4
    json_result = invoke(
        "scan", "--offline", "--json", "--policy", str(heavy_limit_policy),
        str(mail / "2-bomb.eml"),
    )
    [line] = json_lines(json_result.stdout)
    for finding in line["findings"]:  # type: ignore[attr-defined]
        assert f"{finding['id']}: {finding['summary']}" in out
        for key in finding["evidence"]:
            assert f"{key}: " in out


def test_attacker_text_is_not_console_markup(tmp_path: Path) -> None:
    raw = make_message(from_="[/] <x@example.org>", subject="[/bold] [red]urgent[/red] [/]")
    path = tmp_path / "markup.eml"
    path.write_bytes(raw)
    for mode in ([], ["--explain"]):
        result = invoke("scan", "--offline", *mode, str(path), columns=200)
        assert result.exit_code in (0, 1), result.output
        assert "[/bold] [red]urgent[/red] [/]" in result.stdout


@pytest.mark.parametrize("columns", [80, 120, 200])
def test_table_shows_a_readable_source(mail: Path, columns: int) -> None:
    result = invoke("scan", "--offline", str(mail), columns=columns)
    assert "1-clean.eml" in result.stdout
    assert "4-empty.eml" in result.stdout
    assert "MIME_LIMIT_EXCEEDED" in result.stdout  # ids are never split
    assert all(len(line) <= columns for line in result.stdout.splitlines())
    if columns >= 120:
        assert "Lunch tomorrow?" in result.stdout


def test_display_source() -> None:
    cwd = Path.cwd()
    assert display_source(str(cwd / "examples" / "a.eml")) == os.path.join("examples", "a.eml")
    assert display_source("-:3") == "-:3"
    far = "/nonexistent-root/x/y/phish/box.mbox:12"
    if not str(cwd).startswith("/nonexistent-root"):
        assert display_source(far) == os.path.join("\u2026", "phish", "box.mbox:12")


def test_stdin_single_message_and_mbox() -> None:
    result = invoke("scan", "--offline", "--json", "-", input=CLEAN)
    assert [line["source"] for line in json_lines(result.stdout)] == ["-"]
    mbox = b"From a@example.org Mon Jan  5 09:30:00 2026\n" + CLEAN + b"\n"
    mbox += b"From b@example.org Mon Jan  5 09:31:00 2026\n" + CLEAN + b"\n"
    result = invoke("scan", "--offline", "--json", "-", input=mbox)
    assert [line["source"] for line in json_lines(result.stdout)] == ["-:0", "-:1"]
    assert result.exit_code == 0


# -- options ------------------------------------------------------------------------------


def test_jobs_2_gives_the_same_results_in_the_same_order(
    mail: Path, heavy_limit_policy: Path
) -> None:
    for i in range(12):  # more than one window's worth of interleaving
        (mail / f"5-extra-{i:02d}.eml").write_bytes(nesting_bomb(25) if i % 3 == 0 else CLEAN)
    common = ["scan", "--offline", "--json", "--policy", str(heavy_limit_policy), str(mail)]
    one = invoke(*common, "--jobs", "1")
    two = invoke(*common, "--jobs", "2")
    assert one.exit_code == two.exit_code == 1
    assert json_lines(one.stdout) == json_lines(two.stdout)
    assert len(json_lines(two.stdout)) == 16


def test_policy_overriding_one_weight_changes_the_score(
    mail: Path, heavy_limit_policy: Path, tmp_path: Path
) -> None:
    bomb = str(mail / "2-bomb.eml")
    [default] = json_lines(invoke("scan", "--offline", "--json", bomb).stdout)
    [heavy] = json_lines(
        invoke("scan", "--offline", "--json", "--policy", str(heavy_limit_policy), bomb).stdout
    )
    default_weight = next(
        f["weight"] for f in default["findings"] if f["id"] == "MIME_LIMIT_EXCEEDED"  # type: ignore[attr-defined]
    )
    assert heavy["score"] == pytest.approx(default["score"] - default_weight + 9.0)  # type: ignore[operator]


def test_progress_only_when_stderr_is_a_terminal(mail: Path) -> None:
    args = [str(MAILWARDEN), "scan", "--offline", "--json", str(mail)]
    piped = subprocess.run(args, capture_output=True, timeout=120)
    assert piped.stderr == b""
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=follower, timeout=120)
        os.close(follower)
        follower = -1
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal's other side is closed
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    assert proc.returncode == 0
    assert b"scanning" in seen
    assert len(json_lines(proc.stdout.decode())) == 4


# -- eval -------------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    phish, ham = tmp_path / "phish", tmp_path / "ham"
    phish.mkdir()
    ham.mkdir()
    (phish / "caught.eml").write_bytes(nesting_bomb())
    (phish / "missed.eml").write_bytes(make_message(subject="Missed one", text="hello"))
    (ham / "ok.eml").write_bytes(CLEAN)
    (ham / "fp.eml").write_bytes(nesting_bomb(30))
    (ham / "ok2.eml").write_bytes(make_message(subject="Agenda", text="See you"))
    return phish, ham


def test_eval_markdown_report(corpus: tuple[Path, Path], heavy_limit_policy: Path,
                              tmp_path: Path) -> None:
    phish, ham = corpus
    report = tmp_path / "out.md"
    result = invoke("eval", "--offline", "--policy", str(heavy_limit_policy),
                    "--phish", str(phish), "--ham", str(ham), "--report", str(report))
    assert result.exit_code == 0, result.output
    text = report.read_text("utf-8")
    assert text == result.stdout.rstrip("\n") + "\n"
    assert f"| {phish} | phish | 2 | 1 | 50.00% |" in text
    assert f"| {ham} | ham | 3 | 1 | 33.33% |" in text
    assert "| all phish | phish | 2 | 1 | 50.00% |" in text
    assert "| MIME_LIMIT_EXCEEDED | 1 | 1 |" in text
    assert "missed.eml" in text.split("## Worst false negatives")[1]
    assert "fp.eml" in text.split("## Worst false positives")[1]


def test_eval_json_report(corpus: tuple[Path, Path], heavy_limit_policy: Path,
                          tmp_path: Path) -> None:
    phish, ham = corpus
    report = tmp_path / "out.json"
    result = invoke("eval", "--offline", "--policy", str(heavy_limit_policy),
                    "--phish", str(phish), "--ham", str(ham), "--report", str(report),
                    "--jobs", "2")
    assert result.exit_code == 0, result.output
    data = orjson.loads(report.read_bytes())
    assert [(f["side"], f["messages"], f["flagged"]) for f in data["folders"]] == [
        ("phish", 2, 1), ("ham", 3, 1)
    ]
    assert data["phish_overall"]["rate"] == 0.5
    assert data["ham_overall"]["flagged"] == 1
    assert data["findings_fired"]["MIME_LIMIT_EXCEEDED"] == {"phish": 1, "ham": 1}
    assert [Path(r["source"]).name for r in data["worst_false_negatives"]] == ["missed.eml"]
    assert [Path(r["source"]).name for r in data["worst_false_positives"]] == ["fp.eml"]


def test_eval_same_folder_twice_does_not_collide(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    phish, ham = corpus
    result = invoke("eval", "--offline", "--phish", str(phish), "--phish", str(phish),
                    "--ham", str(ham), "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert "| all phish | phish | 4 |" in result.stdout


@pytest.mark.parametrize("name", ["out.txt", "out.html", "out"])
def test_eval_report_with_another_suffix_is_a_usage_error(
    corpus: tuple[Path, Path], tmp_path: Path, name: str
) -> None:
    phish, ham = corpus
    result = invoke("eval", "--offline", "--phish", str(phish), "--ham", str(ham),
                    "--report", str(tmp_path / name))
    assert_one_line_error(result, "--report")
    assert not (tmp_path / name).exists()


def test_eval_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("eval", "--phish", str(tmp_path / "nope"), "--ham", str(tmp_path))
    assert_one_line_error(result, "--phish")
