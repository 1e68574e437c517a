"""Reading the manifest back: rows, errors that name the line, content loading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detector.config import load_settings
from detector.dataset import content_hash, iter_page_contents, load_manifest, load_page_content
from detector.dataset.manifest import Row, write_manifest
from detector.errors import RecordError


def row(**kw: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "x/1/html", "kind": "html", "label": 1, "family": "network", "group": "farm",
        "source": "bbc:1", "site": "a.com", "split": "train", "path": "pages/x.html",
        "fetched": "2024-01-02",
    }  # fmt: skip
    base.update(kw)
    return base


def write_lines(tmp_path: Path, lines: list[str]) -> Path:
    p = tmp_path / "manifest.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_round_trip(tmp_path: Path) -> None:
    r = Row(**row(tells=("a", "b")))  # type: ignore[arg-type]
    p = tmp_path / "m.jsonl"
    write_manifest([r], p)
    back = load_manifest(p)
    assert back == [r]
    assert back[0].base_dir == str(tmp_path.resolve())
    assert content_hash(back) == content_hash([r])


def test_a_folder_means_its_manifest(tmp_path: Path) -> None:
    write_lines(tmp_path, [json.dumps(row())])
    assert load_manifest(tmp_path)[0].id == "x/1/html"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        (json.dumps({k: v for k, v in row().items() if k != "split"}), "lacks"),
        (json.dumps(row(kind="pdf")), "kind must be"),
        (json.dumps(row(record={"collection_file": "a", "record_id": "b"})), "exactly one"),
        (json.dumps(row(colour="blue")), "unknown manifest field"),
    ],
)
def test_bad_lines_are_named(tmp_path: Path, line: str, message: str) -> None:
    p = write_lines(tmp_path, [json.dumps(row()), line])
    with pytest.raises(RecordError, match=rf"manifest.jsonl:2: .*{message}"):
        load_manifest(p)


def test_missing_manifest_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="detector data build"):
        load_manifest(tmp_path / "nope.jsonl")


def test_missing_page_file_is_an_error_row_not_a_crash(tmp_path: Path) -> None:
    p = write_lines(
        tmp_path,
        [json.dumps(row()), json.dumps(row(id="x/2/text", kind="text", path="pages/y.txt"))],
    )
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "y.txt").write_text("Hello\nworld\n", encoding="utf-8")
    rows = load_manifest(p)
    with pytest.raises(RecordError, match="missing"):
        load_page_content(rows[0], load_settings())
    got = list(iter_page_contents(rows, load_settings()))
    assert isinstance(got[0][1], RecordError)
    assert got[1][1] == ("Hello\nworld\n", None, "text", rows[1].fetched_date)


def test_a_missing_real_record_is_named(tmp_path: Path) -> None:
    r = row(
        path=None, record={"collection_file": "html/goose3.jsonl.gz", "record_id": "goose3/nope"}
    )
    rows = load_manifest(write_lines(tmp_path, [json.dumps(r)]))
    with pytest.raises(RecordError, match="goose3/nope"):
        load_page_content(rows[0], load_settings())
