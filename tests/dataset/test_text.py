"""Text helpers: WET-like conversion, spinning, paraphrasing, source cleaning."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detector.dataset.rewrite import paraphrase, sentences, spin
from detector.dataset.sources import clean_ag
from detector.dataset.wet import html_to_text

HTML = (
    "<!doctype html><html><head><title>T</title><script>var x = 1;</script><style>p{}</style></head>"
    "<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/b'>Biz</a></li></ul></nav>"
    "<h1>Head</h1><div>Date:2025-01-01</div><p>Para one.</p><p>Para <b>two</b>.</p>"
    "<div><a>veryGood!</a><span> (5)</span></div><footer>© 2024 X</footer></body></html>"
)


def test_html_to_text_is_one_line_per_block() -> None:
    assert html_to_text(HTML) == (
        "- Home\n- Biz\nHead\nDate:2025-01-01\nPara one.\nPara two.\nveryGood! (5)\n© 2024 X\n"
    )


def test_html_to_text_is_deterministic() -> None:
    assert html_to_text(HTML) == html_to_text(HTML)


def test_spin_swaps_words_and_can_leave_spintax() -> None:
    text = "The company said profits rose and the market was strong."
    spun = spin(text, random.Random(1), rate=1.0)
    assert spun != text
    assert "company" not in spun and "said" not in spun
    assert spin(text, random.Random(1), rate=1.0) == spun  # same generator state, same output
    left = spin(text, random.Random(2), rate=1.0, spintax_rate=1.0)
    assert re.search(r"\{company\|[^}]+\}", left)


def test_spin_keeps_capitals() -> None:
    assert spin("Said it.", random.Random(3), rate=1.0)[0].isupper()


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300),
    st.integers(0, 10**6),
)
def test_paraphrase_never_fails_and_keeps_digits(text: str, seed: int) -> None:
    out = paraphrase(text, random.Random(seed))
    assert isinstance(out, str)
    assert sorted(re.findall(r"\d", out)) == sorted(re.findall(r"\d", text))


def test_sentences_split_after_quotes() -> None:
    assert sentences('He left. "It is over." She stayed.') == [
        "He left.",
        '"It is over."',
        "She stayed.",
    ]


def test_clean_ag_repairs_entities() -> None:
    assert (
        clean_ag("Arafat #39;s nephew paid  #36;10 million\\more")
        == "Arafat's nephew paid $10 million more"
    )
