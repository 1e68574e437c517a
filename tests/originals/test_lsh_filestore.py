"""LSH keys and lookups; the index file: round trip, atomic write, checksums, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from detector.errors import OriginalsIndexError
from detector.originals import lsh
from detector.originals.filestore import MAGIC, load_index, read_header, write_index
from detector.originals.index import IndexBuilder, build_index, open_index
from detector.originals.records import Original
from detector.originals.sketch import IndexParams


def test_band_layout_is_checked() -> None:
    sigs = np.zeros((2, 128), np.uint32)
    assert lsh.band_keys(sigs, 96, 2).shape == (2, 96)
    with pytest.raises(ValueError):
        lsh.band_keys(sigs, 32, 2)  # 64 positions of 128 uncovered
    with pytest.raises(ValueError):
        lsh.band_keys(sigs, 200, 2)  # more bands than the key can number


def test_band_keys_carry_the_band_number() -> None:
    rng = np.random.default_rng(1)
    keys = lsh.band_keys(rng.integers(0, 2**32, (5, 128), dtype=np.uint32), 96, 2)
    assert np.array_equal(keys[0] >> lsh.HASH_BITS, np.arange(96))


@pytest.mark.parametrize(("num_perm", "bands", "rows"), [(128, 96, 2), (128, 32, 4), (64, 64, 3)])
def test_band_hasher_gives_band_keys_rows(num_perm: int, bands: int, rows: int) -> None:
    rng = np.random.default_rng(num_perm + bands + rows)
    sigs = rng.integers(0, 2**32, (20, num_perm), dtype=np.uint32)
    sigs[0] = 0xFFFFFFFF  # an empty text's signature
    hasher = lsh.BandHasher(num_perm, bands, rows)
    want = lsh.band_keys(sigs, bands, rows)
    got = np.stack([hasher.keys(sig) for sig in sigs])
    assert got.dtype == np.uint32 and np.array_equal(got, want)
    with pytest.raises(ValueError):
        lsh.BandHasher(128, 32, 2)


def test_lookup_finds_sharing_documents_only() -> None:
    rng = np.random.default_rng(2)
    sigs = rng.integers(0, 2**32 - 1, (50, 128), dtype=np.uint32)
    sigs[7, :2] = sigs[3, :2]  # documents 3 and 7 share their first band
    keys = lsh.band_keys(sigs, 96, 2)
    table = lsh.build_tables(keys, np.ones(50, bool))
    assert lsh.lookup(*table, keys[3], 100, 10).tolist() == [3, 7]
    assert lsh.lookup(*table, keys[3], 1, 10).tolist() == [3]  # bucket cut, lowest first


def _originals(n: int) -> list[Original]:
    return [
        Original(id=f"t:{i}", text=f"story {i} " + " ".join(f"w{i}_{j}" for j in range(40)),
                 site="example.org", title=f"Story {i}")
        for i in range(n)
    ]  # fmt: skip


def _build(tmp_path: Path, n: int = 30) -> Path:
    builder = IndexBuilder()
    for o in _originals(n):
        builder.add(o)
    path = tmp_path / "t.idx"
    write_index(path, builder.params, builder.arrays())
    return path


def test_round_trip_and_no_temp_files(tmp_path: Path) -> None:
    path = _build(tmp_path)
    store, header = load_index(path)
    assert len(store) == 30 and header["count"] == 30
    assert store.meta(4)["id"] == "t:4"
    assert [p.name for p in tmp_path.iterdir()] == ["t.idx"]
    index = open_index(path)
    assert [m.id for m in index.match_text(_originals(30)[12].text)] == ["t:12"]


def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    path = _build(tmp_path)
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF  # flip a byte in the metadata blob
    path.write_bytes(bytes(data))
    with pytest.raises(OriginalsIndexError, match="checksum"):
        load_index(path)


def test_truncated_and_foreign_files_are_refused(tmp_path: Path) -> None:
    path = _build(tmp_path)
    path.write_bytes(path.read_bytes()[:-4096])
    with pytest.raises(OriginalsIndexError, match=r"truncated|checksum"):
        load_index(path)
    other = tmp_path / "x.idx"
    other.write_bytes(b"PK\x03\x04 not an index")
    with pytest.raises(OriginalsIndexError, match="bad magic"):
        load_index(other)
    with pytest.raises(OriginalsIndexError, match="no originals index"):
        open_index(tmp_path / "missing.idx")


def test_other_format_version_or_scheme_is_refused(tmp_path: Path) -> None:
    path = _build(tmp_path)
    header, _ = read_header(path)
    for change in (
        {"format_version": 99},
        {"params": header["params"] | {"minhash_scheme": "legacy"}},
    ):
        head = json.dumps(header | change).encode()
        raw = path.read_bytes()
        old = int.from_bytes(raw[8:16], "little")
        bad = tmp_path / "bad.idx"
        bad.write_bytes(MAGIC + len(head).to_bytes(8, "little") + head + raw[16 + old :])
        with pytest.raises(OriginalsIndexError, match="rebuild"):
            load_index(bad)


def test_add_extends_and_rejects_duplicate_ids(tmp_path: Path) -> None:
    first = tmp_path / "a.jsonl"
    second = tmp_path / "b.jsonl"
    originals = _originals(20)
    first.write_text(
        "".join(json.dumps(o.meta() | {"text": o.text}) + "\n" for o in originals[:10])
    )
    second.write_text(
        "".join(json.dumps(o.meta() | {"text": o.text}) + "\n" for o in originals[5:])
    )
    path = tmp_path / "t.idx"
    assert build_index([first], path, progress=False).added == 10
    report = build_index([second], path, progress=False, add_to_existing=True)
    assert report.added == 10 and report.bad == {"duplicate_id": 5}
    index = open_index(path)
    assert len(index) == 20
    for o in originals:
        assert index.match_text(o.text)[0].id == o.id


def test_params_are_stored(tmp_path: Path) -> None:
    path = _build(tmp_path)
    store, header = load_index(path)
    assert IndexParams.from_dict(header["params"]) == store.params == IndexParams()
    assert header["versions"]["datasketch"] == "2.0.0"
