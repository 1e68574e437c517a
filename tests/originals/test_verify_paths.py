"""Verification worked out in Python floats for a few candidates equals the numpy path."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from detector.originals.verify import Thresholds, _decide, _decide_few

_CANDIDATE = st.tuples(st.integers(0, 128), st.integers(0, 3000))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_CANDIDATE, min_size=1, max_size=32),
    st.integers(1, 3000),
    st.sampled_from([Thresholds(), Thresholds(one_side=0.5, both_sides=0.2, min_shared=0.0)]),
)
def test_few_candidates_path_equals_numpy_path(
    cands: list[tuple[int, int]], page_n: int, thresholds: Thresholds
) -> None:
    cands = cands + cands[:3]  # equal scores: both keep candidate order
    hits = np.array([c[0] for c in cands], dtype=np.int64)
    sizes = np.array([c[1] for c in cands], dtype=np.uint32)
    want = _decide(hits, sizes, page_n, 128, thresholds)
    got = _decide_few(hits.tolist(), sizes.tolist(), page_n, 128, thresholds)
    assert np.array_equal(got.rows, want.rows)
    for name in ("similarity", "containment_of_original", "containment_of_page"):
        assert np.array_equal(getattr(got, name), getattr(want, name)), name


def test_a_whole_copy_passes_on_both_paths() -> None:
    hits, sizes = np.array([128, 3, 64]), np.array([200, 200, 400], dtype=np.uint32)
    for ver in (
        _decide(hits, sizes, 200, 128, Thresholds()),
        _decide_few(hits.tolist(), sizes.tolist(), 200, 128, Thresholds()),
    ):
        assert ver.rows.tolist()[0] == 0 and 1 not in ver.rows.tolist()
