"""`detector train` and `detector evaluate` end to end on a tiny manifest with the toy signals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detector.cli import main
from detector.config import Settings
from detector.model import CLASSIFIER_KIND

FARM = (
    "Story {i} -Best Deals Hub\nCurrent:Home > Scams\nStory {i}\n"
    + "BEIJING (AP) — Officials met on Tuesday to talk about trade and other things. " * 6
    + "\nveryGood! (5)\nRanking\n- Celebrity {i} shows new look\n- Star {i} splits again\n"
    + "- Singer {i} engaged\n- Actor {i} on vacation\n"
)
PLAIN = "Story {i} - The Town Gazette\nStory {i}\n" + (
    "The council met on Tuesday and agreed on a new budget for the parks. " * 6
)


def _manifest(root: Path, n: int = 60) -> Path:
    pages = root / "pages"
    pages.mkdir(parents=True)
    rows = []
    for i in range(n):
        label = i % 2
        text = (FARM if label else PLAIN).format(i=i)
        (pages / f"{i}.txt").write_text(text)
        rows.append(
            {
                "id": f"p{i}", "kind": "text", "label": label,
                "family": ("farm_a", "farm_b")[i % 4 // 2] if label else "real",
                "group": "farm" if label else "real", "source": f"s{i}", "site": f"site{i % 13}",
                "split": ("train", "train", "train", "validation", "test")[i % 5],
                "path": f"pages/{i}.txt", "url": f"https://site{i % 13}.example/{i}",
                "fetched": "2024-05-01",
            }
        )  # fmt: skip
    manifest = root / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return manifest


@pytest.fixture
def settings_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings whose default model and model card live in tmp_path."""
    models = tmp_path / "models"
    monkeypatch.setenv("DETECTOR_MODELS_DIR", str(models))
    monkeypatch.setenv("DETECTOR_MODEL_PATH", str(models / "default"))
    monkeypatch.setenv("DETECTOR_INDEX_PATH", str(tmp_path / "no.idx"))
    return Settings(models_dir=models, model_path=models / "default")


def test_train_writes_model_sidecar_report_card(
    tmp_path: Path,
    toy_registry: tuple[str, ...],
    settings_here: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    manifest = _manifest(tmp_path / "data")
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps({"url": "https://x.example/a", "text": PLAIN.format(i=99), "label": "original"})
        + "\n"
    )
    signals = ",".join(toy_registry)
    out = tmp_path / "models" / "toy1"
    argv = ["train", "--manifest", str(manifest), "--out", str(out), "--signals", signals,
            "--extra", str(extra), "--no-progress"]  # fmt: skip
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "leave one family out" in printed and "fp_real_outlet" in printed
    sidecar = json.loads((out / "model.json").read_text())
    assert sidecar["training_data"]["pages"] == 61  # 60 manifest pages + 1 user-labelled
    assert sorted(sidecar["registry"]) == sorted(toy_registry)
    assert sidecar["format"] == 3 and sidecar["classifier"]["kind"] == CLASSIFIER_KIND
    report = json.loads((out / "report.json").read_text())
    assert report["data"]["by_family"]["extra"]["pages"] == 1
    assert (out / "README.md").read_text().startswith("# Model")
    assert (out / "reliability.png").is_file()
    assert not settings_here.model_path.exists(), "not the default without --make-default"

    # The default's place is refused without the flag, then installed with it.
    assert main([*argv[:3], "--out", str(settings_here.model_path), *argv[5:]]) == 2
    assert main([*argv, "--make-default"]) == 0
    assert (settings_here.model_path / "model.json").is_file()
    assert (settings_here.models_dir / "README.md").is_file()
    # A second model is compared with the default on the same held-out pages.
    capsys.readouterr()
    assert main([*argv[:4], str(tmp_path / "models" / "toy2"), *argv[5:]]) == 0
    assert "then default" in capsys.readouterr().out

    # Deterministic: the same data and seed give the same weights.
    again = json.loads((tmp_path / "models" / "toy2" / "report.json").read_text())
    assert again["weights"] == report["weights"]

    # Evaluate the default model on the manifest.
    evaluation = tmp_path / "eval"
    argv = ["evaluate", str(manifest), "--split", "all", "--out", str(evaluation), "--lofo"]
    assert main(argv) == 0
    got = json.loads((evaluation / "report.json").read_text())
    assert got["metrics"]["all"]["n"] == 60
    assert got["lofo"]["families"]  # refitted with the model's own (signed) classifier
    assert (evaluation / "reliability.png").is_file() and (evaluation / "curves.png").is_file()


def test_bad_extra_file_is_a_clear_error(
    tmp_path: Path,
    toy_registry: tuple[str, ...],
    settings_here: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    manifest = _manifest(tmp_path / "data", n=20)
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"url": "u", "text": "hello there", "label": "maybe"}\n')
    code = main(["train", "--manifest", str(manifest), "--out", str(tmp_path / "m"),
                 "--signals", ",".join(toy_registry), "--extra", str(extra), "--no-progress"])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert "extra.jsonl:1" in err and "label 'maybe'" in err
