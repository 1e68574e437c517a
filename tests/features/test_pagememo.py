"""The per-page memo: one computation per page object and key, replaced by the next page."""

from __future__ import annotations

import threading

from detector.features._pagememo import forget, memo
from detector.page import Page


def test_memo_computes_once_per_page_and_key() -> None:
    calls: list[str] = []

    def compute(tag: str) -> str:
        calls.append(tag)
        return tag.upper()

    page, other = Page(url="https://a.example/1"), Page(url="https://a.example/1")
    assert memo(page, "k", lambda: compute("a")) == "A"
    assert memo(page, "k", lambda: compute("b")) == "A"  # same page object: reused
    assert memo(page, ("k", 2), lambda: compute("c")) == "C"  # another key
    assert memo(other, "k", lambda: compute("d")) == "D"  # an equal page, another object
    assert memo(page, "k", lambda: compute("e")) == "E"  # the memo held `other` only
    assert calls == ["a", "c", "d", "e"]
    forget()
    assert memo(page, "k", lambda: compute("f")) == "F"


def test_memo_is_per_thread() -> None:
    page = Page(url="https://a.example/1")
    memo(page, "k", lambda: "main")
    seen: list[str] = []
    worker = threading.Thread(target=lambda: seen.append(memo(page, "k", lambda: "worker")))
    worker.start()
    worker.join()
    assert seen == ["worker"]
    assert memo(page, "k", lambda: "again") == "main"


def test_made_elsewhere_reuses_the_families_results() -> None:
    # made_elsewhere_v1 asks leftovers_v1, site_identity_v1 and byline_role_v1 for their
    # results: the same page gets the very same answer object, computed once.
    from detector.features.byline_role import BylineRole
    from detector.features.leftovers import Leftovers
    from detector.features.made_elsewhere import MadeElsewhere
    from detector.features.site_identity import SiteIdentity

    page = Page(url="https://a.example/1", kind="html", byline="By admin", paragraphs=("Hi.",))
    first = [ex.extract(page) for ex in (Leftovers(), SiteIdentity(), BylineRole())]
    assert MadeElsewhere().extract(page)[0] == (1.0,)
    again = [ex.extract(page) for ex in (Leftovers(), SiteIdentity(), BylineRole())]
    assert all(a is b for a, b in zip(first, again, strict=True))
    # Another hyperparameter is another key: not the memoised answer.
    assert Leftovers(max_count=3).extract(page) is not first[0]
