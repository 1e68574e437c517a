"""Turn per-feature contributions to the log-odds into reasons a person can read.

A reason names the signal (`family__feature`), its value on the page, the extractor's evidence
sentence, and its weight: how much it moved the log-odds (positive pushes towards
"republisher"). The top N reasons by |weight| come with every score.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

import numpy as np

from detector.results import Reason

TOP_N = 5
# A contribution smaller than this (in log-odds) says nothing worth reading.
MIN_WEIGHT = 0.01
MAX_EVIDENCE_CHARS = 240


def _family_and_feature(name: str) -> tuple[str, str]:
    family, _, feature = name.partition("__")
    return family, feature


# Parts of feature names that say nothing about which evidence sentence belongs to the feature.
_VAGUE = {"missing", "log", "days", "years", "share", "count", "max", "per", "the", "has", "is"}


_ALNUM_RUN = re.compile(r"[^\W_]+")  # a maximal run of str.isalnum() characters


@functools.lru_cache(maxsize=4096)  # feature names and evidence sentences come back often
def _stems(text: str) -> frozenset[str]:
    words = _ALNUM_RUN.findall(text.lower())
    return frozenset(w[:5] for w in words if len(w) > 2 and w not in _VAGUE)


def evidence_sentence(
    feature: str,
    index: int,
    family_features: Sequence[str],
    family_evidence: Sequence[str],
    value: float,
) -> str:
    """The extractor's evidence for one feature, or a plain sentence when it gave none.

    Extractors either give one evidence string per feature (same order as FEATURES) or a few
    sentences about the whole family. In the second case the sentence sharing the most words
    with the feature's name is taken (e.g. `sidebar_lag_years` -> "newest sidebar item is..."),
    or all of them joined when none does.
    """
    said = ""
    if 0 <= index < len(family_evidence) == len(family_features) > 1:
        said = family_evidence[index].strip()
    sentences = [s.strip() for s in family_evidence if s and s.strip()]
    if not said and len(sentences) > 1:
        stems = _stems(feature)
        overlap = [len(stems & _stems(s)) for s in sentences]
        best = max(overlap)
        if best > 0 and overlap.count(best) == 1:
            said = sentences[overlap.index(best)]
    if not said:
        said = "; ".join(sentences)
    if not said:
        said = f"{feature} = {value:g}"
    if len(said) > MAX_EVIDENCE_CHARS:
        said = said[: MAX_EVIDENCE_CHARS - 1].rstrip() + "…"
    return said


def reasons(
    names: Sequence[str],
    values: np.ndarray,
    contributions: np.ndarray,
    evidence: Mapping[str, Sequence[str]],
    features_of: Mapping[str, Sequence[str]],
    *,
    top_n: int = TOP_N,
) -> tuple[Reason, ...]:
    """The `top_n` reasons of one page, by |contribution|, largest first.

    Args:
        names: feature names `family__feature`, in column order.
        values: the page's raw feature values (one per name).
        contributions: the page's contributions to the log-odds (one per name).
        evidence: family -> the evidence strings its extractor gave for this page.
        features_of: family -> its FEATURES (to line evidence up with features).
        top_n: how many reasons to return.
    """
    order = np.argsort(-np.abs(contributions), kind="stable")
    out: list[Reason] = []
    for j in order[:top_n]:
        weight = float(contributions[j])
        if abs(weight) < MIN_WEIGHT:
            break
        family, feature = _family_and_feature(names[j])
        feats = list(features_of.get(family, ()))
        index = feats.index(feature) if feature in feats else -1
        sentence = evidence_sentence(
            feature, index, feats, list(evidence.get(family, ())), float(values[j])
        )
        out.append(
            Reason(
                signal=names[j], value=float(values[j]), evidence=sentence, weight=round(weight, 4)
            )
        )
    return tuple(out)


def format_reasons(items: Sequence[Reason]) -> str:
    """One line per reason, for tables and logs: `+1.23 family__feature=4 (evidence)`."""
    return "\n".join(f"{r.weight:+.2f} {r.signal}={r.value:g} ({r.evidence})" for r in items)
