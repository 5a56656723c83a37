"""The learned text model: its features, its arithmetic, its detector and its training tool."""

from __future__ import annotations

import importlib
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

from mailwarden import textmodel
from mailwarden.config import load_policy
from mailwarden.engine import Engine
from mailwarden.errors import ConfigError
from mailwarden.message.parse import Message
from mailwarden.textmodel import TextModel, load_text_model, message_words, words
from tests.helpers import finding_ids, make_message

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def test_words_leave_out_addresses_numbers_and_dates() -> None:
    found = words(
        "Prezado rodrigo-f-p@hotmail.com, see https://x.pages.dev/a?b=c and www.foo.com "
        "by Monday 12 August 2026: R$ 1.250,00 ref A7X9"
    )
    assert found == {"prezado", "see", "and", "by", "ref"}


def test_message_words_mask_the_recipients_own_address() -> None:
    raw = make_message(
        to="Jane Doe <jane.doe@example.org>", subject="Jane, your prize",
        text="Dear jane, claim it at example now",
    )
    found = message_words(Message(raw))
    assert {"your", "prize", "dear", "claim", "it", "at", "now"} <= found
    assert not {"jane", "doe", "example", "org"} & found


def test_judge_is_a_logistic_of_the_present_weights() -> None:
    model = TextModel(intercept=-2.0, weights={"prize": 3.0, "claim": 1.5, "meeting": -4.0})
    verdict = model.judge({"prize", "claim", "unknown"})
    assert verdict.probability == pytest.approx(1 / (1 + math.exp(-2.5)))
    assert verdict.top_words == (("prize", 3.0), ("claim", 1.5))
    assert model.judge({"meeting"}).probability == pytest.approx(1 / (1 + math.exp(6.0)))
    # No overflow however large the sum.
    huge = TextModel(0.0, {f"w{i}": 50.0 for i in range(100)})
    assert huge.judge({f"w{i}" for i in range(100)}).probability == 1.0
    assert TextModel(0.0, {"x": -5000.0}).judge({"x"}).probability == 0.0


def test_dump_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    TextModel(-1.25, {"prize": 2.5}, "test").dump(path, {"heldout": []})
    loaded = TextModel.load(path)
    assert loaded == TextModel(-1.25, {"prize": 2.5}, "test")


def test_a_named_model_that_cannot_be_read_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot load"):
        load_text_model(str(tmp_path / "missing.json"))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 99}')
    with pytest.raises(ConfigError, match="format"):
        load_text_model(str(bad))


def test_the_built_in_model_is_optional(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(textmodel, "default_model_path", lambda: tmp_path / "none.json")
    assert load_text_model("") is None


def test_min_probability_must_be_a_probability() -> None:
    with pytest.raises(ConfigError, match="min_probability"):
        load_policy(extra={"text_model": {"min_probability": 1.5}})


def _engine_with(tmp_path: Path, model: TextModel) -> Engine:
    path = tmp_path / "model.json"
    model.dump(path)
    return Engine(load_policy(extra={"dns": {"offline": True}, "text_model": {"path": str(path)}}))


PRIZE_MODEL = TextModel(-1.0, {"prize": 3.0, "winner": 3.0, "agenda": -3.0})


def test_detector_fires_with_the_words_that_weighed(tmp_path: Path) -> None:
    engine = _engine_with(tmp_path, PRIZE_MODEL)
    raw = make_message(
        from_="Rewards <info@deals.example>", subject="Winner!",
        html='<p>You are a prize winner. <a href="https://collect.example.net/x">Collect</a></p>',
        text=None,
    )
    result = engine.scan(raw)
    found = [f for f in result.findings if f.id == "CONTENT_TEXT_MODEL"]
    assert len(found) == 1
    assert found[0].evidence["probability"] == pytest.approx(1 / (1 + math.exp(-5.0)), abs=1e-4)
    assert found[0].evidence["words"] == ["prize (+3.00)", "winner (+3.00)"]
    assert found[0].weight == load_policy().weights["CONTENT_TEXT_MODEL"]


def test_detector_is_silent_below_the_threshold(tmp_path: Path) -> None:
    engine = _engine_with(tmp_path, PRIZE_MODEL)
    raw = make_message(subject="Agenda", text="The prize winner agenda for Monday.")
    assert "CONTENT_TEXT_MODEL" not in finding_ids(engine.scan(raw))


def test_detector_is_silent_when_the_links_stay_with_the_sender(tmp_path: Path) -> None:
    engine = _engine_with(tmp_path, PRIZE_MODEL)
    html = '<p>Our prize winner story. <a href="https://www.shop.example/story">Read</a></p>'
    own = make_message(from_="Shop <news@shop.example>", html=html, text=None)
    assert "CONTENT_TEXT_MODEL" not in finding_ids(engine.scan(own))
    elsewhere = make_message(
        from_="Shop <news@shop.example>", text=None,
        html=html.replace("www.shop.example", "claim.other.example"),
    )
    assert "CONTENT_TEXT_MODEL" in finding_ids(engine.scan(elsewhere))


def _training_tool() -> ModuleType:
    """tools/train_text_model.py, imported as a module (tools/ is not a package)."""
    sys.path.insert(0, str(TOOLS))
    try:
        return importlib.import_module("train_text_model")
    finally:
        sys.path.remove(str(TOOLS))


def _write_folder(folder: Path, texts: list[str]) -> None:
    folder.mkdir(parents=True)
    for i, text in enumerate(texts):
        raw = make_message(subject=f"note {i}", text=text)
        (folder / f"m{i:02d}.eml").write_bytes(raw)


def test_training_tool_learns_and_reports_held_out_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    train_text_model = _training_tool()
    spam = [f"Claim your lottery prize today, lucky winner number {i}" for i in range(30)]
    ham = [f"Minutes of the build meeting, see the agenda item {i}" for i in range(30)]
    _write_folder(tmp_path / "phish", spam)
    _write_folder(tmp_path / "ham", ham)
    out = tmp_path / "model.json"
    code = train_text_model.main([
        "--phish", str(tmp_path / "phish"), "--ham", str(tmp_path / "ham"),
        "--out", str(out), "--min-documents", "2", "--jobs", "1",
    ])
    assert code == 0
    printed = capsys.readouterr().out
    assert "held-out figures" in printed and "| phish |" in printed
    model = TextModel.load(out)
    assert model.judge({"lottery", "prize", "winner"}).probability > 0.8
    assert model.judge({"meeting", "agenda", "build"}).probability < 0.2
    # Function words never get a weight: they say which language, not what is asked.
    assert "your" not in model.weights and "the" not in model.weights


def test_training_tool_rejects_missing_folders(tmp_path: Path) -> None:
    train_text_model = _training_tool()
    with pytest.raises(SystemExit) as exit_info:
        train_text_model.main(["--phish", str(tmp_path / "nope"), "--ham", str(tmp_path)])
    assert exit_info.value.code == 2


def test_learned_from_says_how_much_of_a_folder_was_learned(tmp_path: Path) -> None:
    corpus, extra = tmp_path / "corpus", tmp_path / "extra"
    model = TextModel(0.0, {}, trained_on=((str(corpus / "phish"), "half"), (str(extra), "whole")))
    assert model.learned_from(str(corpus / "phish")) == "half"
    assert model.learned_from(str(corpus / "phish" / "sub")) == "half"
    assert model.learned_from(str(extra)) == "whole"
    assert model.learned_from(str(corpus)) == "part"
    assert model.learned_from(str(tmp_path / "unseen")) == ""


def test_the_split_is_a_stable_hash_of_the_path_in_the_folder() -> None:
    assert textmodel.folder_key("../corpora/ham", "../corpora/ham/2021.mbox:17") == "2021.mbox:17"
    keys = [f"sample-{i}.eml" for i in range(2000)]
    share = sum(map(textmodel.held_out, keys)) / len(keys)
    assert 0.45 < share < 0.55
    assert textmodel.held_out("sample-1.eml") == textmodel.held_out("sample-1.eml")


def test_eval_report_shows_the_held_out_half() -> None:
    from mailwarden.evaluation import Evaluation, FolderStats, render_markdown
    from mailwarden.result import Action, AuthSummary, ScanResult, Verdict

    evaluation = Evaluation(text_model="a model", model_learned={"phish": "half"})
    folder = FolderStats("phish", "phish")
    evaluation.folders.append(folder)
    for i, verdict in enumerate([Verdict.PHISHING, Verdict.CLEAN, Verdict.PHISHING]):
        result = ScanResult(f"m{i}", verdict, 9.0, Action.TAG, AuthSummary(), ())
        evaluation.add(folder, result, in_slice=False, held_out=i > 0)
    evaluation.finish()
    text = render_markdown(evaluation.to_dict())
    assert "| phish | half | 2 | 1 | 50.00% |" in text
