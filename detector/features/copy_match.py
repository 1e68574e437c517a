"""Copy match: does the page's main text copy a known original, from where, and how much later?

The strongest single proof of a scraped republisher is "this body is a copy of <original>,
published N days earlier on another site". This family looks the page's main text up in the
known-originals index (MinHash/LSH, see `detector.originals`) and reports the best verified
match. The index is opened lazily, once per process (a process-wide cache); when there is no
index the family emits `copy_index_missing` and says so in its evidence instead of failing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from detector.errors import OriginalsIndexError
from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.originals.index import OriginalsIndex, open_index
from detector.originals.records import Match
from detector.page import Page


def _domain(url_or_host: str) -> str:
    from detector.features.provenance import registered_domain

    return registered_domain(url_or_host)


@register("copy_match_v1")
class CopyMatch(PageFeatures):
    """The best verified copy match of the page's body in the originals index.

    Args:
        index_path: the index file; None means the settings' `index_path` (read when first
            needed). Loaded once per process and shared by every extractor that names it.
        date_cap_days: date gaps are clipped to +-this many days (100 years).
    """

    FEATURES = (
        "copy_found",  # 1 when a verified original was found
        "copy_similarity",  # estimated Jaccard similarity with the best original
        "copy_containment_of_original",  # share of the original the page holds
        "copy_containment_of_page",  # share of the page body that is copied
        "copy_other_site",  # 1 when the original is on another site than the page
        "copy_site_missing",  # 1 when a match exists but the page's own site is unknown
        "copy_date_gap_days",  # page's claimed date minus the original's date (0 when missing)
        "copy_date_gap_missing",  # 1 when there is no match or either date is unknown
        "copy_index_missing",  # 1 when no originals index could be opened
    )

    def __init__(self, index_path: str | Path | None = None, date_cap_days: int = 36500) -> None:
        self.index_path = index_path
        self.date_cap_days = date_cap_days

    def __getstate__(self) -> dict[str, Any]:
        """Pickle hyperparameters only (never the last page or a resolved path)."""
        state: dict[str, Any] = super().__getstate__()
        state.pop("_path", None)
        return state

    def _index(self, page: Page) -> tuple[OriginalsIndex | None, str]:
        path = getattr(self, "_path", None)
        if path is None:
            path = self.index_path
            if path is None:
                from detector.config import load_settings

                path = load_settings().index_path
            self._path = path
        # open_index checks the file (resolve, stat) on every call: once per page is enough.
        return memo(page, ("copy_index", str(path)), lambda: _open(path))

    def matches(self, page: Page, top: int = 3) -> list[Match]:
        """The verified matches of a page, best first ([] without an index)."""
        index, _ = self._index(page)

        def find() -> tuple[Match, ...]:
            if index is None or not page.paragraphs:
                return ()
            return tuple(index.match_page(page, top=top))

        # Several families (and the scorer) ask about the same page one after another.
        return list(memo(page, ("copy_matches", str(self._path), top), find))

    def best_match(self, page: Page) -> dict[str, Any] | None:
        """The best match as a dict for the scorer's output, or None when nothing matches.

        Keys: id, url, site, title, published (ISO date or None), similarity,
        containment_of_original, containment_of_page, days_earlier.
        """
        found = self.matches(page, top=1)
        if not found:
            return None
        out = found[0].as_dict()
        out.pop("corpus", None)
        return out

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in `FEATURES` order and the evidence behind them."""
        index, why = self._index(page)
        if index is None:
            return (0, 0, 0, 0, 0, 0, 0, 1, 1), (f"no originals index: {why}",)
        found = self.matches(page, top=1)
        if not found:
            return (0, 0, 0, 0, 0, 0, 0, 1, 0), ()
        m = found[0]
        page_site = _domain(page.url or page.canonical)
        orig_site = _domain(m.site) if m.site else ""
        other = 1.0 if page_site and orig_site and page_site != orig_site else 0.0
        site_missing = 0.0 if page_site else 1.0
        gap_missing = 1.0 if m.days_earlier is None else 0.0
        gap = 0.0
        if m.days_earlier is not None:
            gap = float(max(-self.date_cap_days, min(self.date_cap_days, m.days_earlier)))
        values = (
            1.0,
            m.similarity,
            m.containment_of_original,
            m.containment_of_page,
            other,
            site_missing,
            gap,
            gap_missing,
            0.0,
        )
        return values, (_evidence(m),)


# The index last opened from each path (as given, from the working directory) and the file's
# (mtime, size) then: while they hold, `open_index` would return the same index, so its path
# resolution (about 40 µs a page) is skipped. A missing file or a Redis spec always goes to
# `open_index`.
_OPENED: dict[tuple[str, str], tuple[tuple[float, int], OriginalsIndex]] = {}


def _open(path: str | Path) -> tuple[OriginalsIndex | None, str]:
    key = (os.getcwd(), str(path))
    try:
        st = os.stat(key[1])
        stamp: tuple[float, int] | None = (st.st_mtime, st.st_size)
    except (OSError, ValueError):
        stamp = None
    hit = _OPENED.get(key)
    if stamp is not None and hit is not None and hit[0] == stamp:
        return hit[1], ""
    try:
        index = open_index(path)
    except OriginalsIndexError as exc:
        return None, str(exc)
    if stamp is not None:
        _OPENED[key] = (stamp, index)
    return index, ""


def _evidence(m: Match) -> str:
    """`copies 94% of reuters.com "title" (1987-02-26), republished 2,730 days later`."""
    where = m.site or m.url or m.id
    title = m.title if len(m.title) <= 80 else m.title[:77] + "..."
    when = f" ({m.published.isoformat()})" if m.published else " (date unknown)"
    text = f'copies {m.containment_of_original:.0%} of {where} "{title}"{when}'
    if m.containment_of_page < 0.995:
        text += f" ({m.containment_of_page:.0%} of the page body)"
    if m.days_earlier is not None:
        if m.days_earlier > 0:
            text += f", republished {m.days_earlier:,} days later"
        elif m.days_earlier < 0:
            text += f", dated {-m.days_earlier:,} days before the original"
        else:
            text += ", same day"
    return text
