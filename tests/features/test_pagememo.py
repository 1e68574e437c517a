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
