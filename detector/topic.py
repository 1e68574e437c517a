"""A small topic space learned from news corpora: embed short texts, compare them, label them.

The space is latent semantic analysis (sublinear TF-IDF over words, then truncated SVD) fitted on
the news corpora in `data_dir/originals/` (BBC 2004-05, AG News, Reuters 2017, Reuters-21578),
plus a logistic-regression news-category classifier on top of the embeddings. Because words that
co-occur in the news land close together, a one-word breadcrumb ("Scams") and a story share a
direction even when they share no word.

At run time nothing is fitted: `load_topic_space()` reads `models/topic_space.joblib` once per
process. Estimates on text the space cannot read (another language, all unknown words) come with
a low `coverage`, and callers treat them as missing.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import itertools
import json
import math
import platform
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from detector.errors import ModelError
from detector.wordruns import word_runs

FORMAT_VERSION = 1
CATEGORIES: tuple[str, ...] = ("politics/world", "business", "sport", "tech", "entertainment")
# Corpus labels mapped onto the shared categories above.
_AG_LABELS = {1: "politics/world", 2: "sport", 3: "business", 4: "tech"}
_BBC_LABELS = {
    "business": "business",
    "entertainment": "entertainment",
    "politics": "politics/world",
    "sport": "sport",
    "tech": "tech",
}
# The corpora's label names (BBC folders, AG News classes), taught to the classifier as words.
LABEL_NAMES: dict[str, tuple[str, ...]] = {
    "politics/world": ("politics", "world"),
    "business": ("business",),
    "sport": ("sport", "sports"),
    "tech": ("tech", "sci/tech"),
    "entertainment": ("entertainment",),
}
CORPUS_FILES: tuple[str, ...] = (
    "bbc.jsonl.gz",
    "ag_news_test.jsonl.gz",
    "isot_reuters_2017.jsonl.gz",
    "reuters21578.jsonl.gz",
)
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS)
# 1 + log(count), the sublinear term frequency, for the counts a text usually has.
_SUBLINEAR = [0.0] + [1.0 + math.log(c) for c in range(1, 256)]


def held_out(record_id: str, modulo: int = 10) -> bool:
    """True for the pinned held-out split (about 1 in `modulo` records, by CRC32 of the id)."""
    return zlib.crc32(record_id.encode("utf-8")) % modulo == 0


def _stem(word: str) -> str:
    """Harman's S-stemmer: fold English plurals ("scams" -> "scam", "policies" -> "policy")."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


def raw_tokens(text: str) -> list[str]:
    """Every lower-cased word token of `text`, as the space reads it."""
    low = text.lower()
    if "\u0307" in low:
        # Turkish dotted capital I lower-cases to "i" plus a combining dot, which would split
        # the word ("İstanbul" -> "i", "stanbul").
        low = low.replace("i\u0307", "i")
    return word_runs(low)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of `text` (tokens starting with a digit are dropped)."""
    return [t for t in raw_tokens(text) if not t[0].isdigit()]


def _is_content(token: str) -> bool:
    return len(token) > 1 and token not in STOP_WORDS and not token[0].isdigit()


def terms(text: str) -> list[str]:
    """The tokens the space indexes: stemmed, stop words and one-letter words removed."""
    return [_stem(t) for t in raw_tokens(text) if _is_content(t)]


@dataclass(frozen=True, slots=True)
class CorpusDoc:
    """One news article of the training corpora."""

    id: str
    title: str
    body: str
    category: str  # one of CATEGORIES


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def read_corpus(data_dir: Path, reuters_cap: int = 4000) -> list[CorpusDoc]:
    """Read the news corpora under `data_dir/originals/` as labelled documents.

    Reuters-21578 (1987 business wire) is capped at `reuters_cap` stories so that it does not
    swamp the general-news corpora; its stories count as `business`.
    """
    base = Path(data_dir) / "originals"
    missing = [name for name in CORPUS_FILES if not (base / name).is_file()]
    if missing:
        raise ModelError(f"topic corpus files missing under {base}: {missing}")
    docs: list[CorpusDoc] = []
    for rec in _read_jsonl(base / "bbc.jsonl.gz"):
        docs.append(
            CorpusDoc(f"bbc/{rec['id']}", rec["title"], rec["body"], _BBC_LABELS[rec["category"]])
        )
    for i, rec in enumerate(_read_jsonl(base / "ag_news_test.jsonl.gz")):
        body = rec["description"].replace("\\", " ")
        docs.append(CorpusDoc(f"ag/{i}", rec["title"], body, _AG_LABELS[int(rec["label"])]))
    for rec in _read_jsonl(base / "isot_reuters_2017.jsonl.gz"):
        docs.append(CorpusDoc(f"isot/{rec['id']}", rec["title"], rec["text"], "politics/world"))
    n = 0
    for rec in _read_jsonl(base / "reuters21578.jsonl.gz"):
        if n >= reuters_cap:
            break
        if rec.get("body") and rec.get("topics"):
            title = rec["title"].title()  # the 1987 titles are all capitals
            docs.append(CorpusDoc(f"r21578/{rec['newid']}", title, rec["body"], "business"))
            n += 1
    return docs


def corpus_hash(data_dir: Path) -> str:
    """SHA-256 over the corpus files the space is built from (name and bytes)."""
    digest = hashlib.sha256()
    for name in CORPUS_FILES:
        digest.update(name.encode())
        digest.update((Path(data_dir) / "originals" / name).read_bytes())
    return digest.hexdigest()


class TopicSpace:
    """A fitted topic space: term vectors, a category classifier, and the text-side helpers."""

    def __init__(
        self,
        vocabulary: dict[str, int],
        idf: np.ndarray,
        term_vectors: np.ndarray,
        class_coef: np.ndarray,
        class_intercept: np.ndarray,
        categories: Sequence[str] = CATEGORIES,
        alpha: float = 0.5,
        info: dict[str, Any] | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=np.float32)  # (V,)
        # SVD term loadings (V, d) and per-term class weights (V, k), side by side in one matrix
        # so that `read_tokens` gathers and sums both at once (each column sums alone: the
        # values are those of two separate sums).
        vectors = np.asarray(term_vectors, dtype=np.float32)
        self._term_weights = np.hstack([vectors, np.asarray(class_coef, dtype=np.float32)])
        self.term_vectors = self._term_weights[:, : vectors.shape[1]]
        self.class_coef = self._term_weights[:, vectors.shape[1] :]
        # The class weights alone, contiguous: a gather from the strided view above copies the
        # whole view first (`category_probabilities`).
        self._class_weights = np.ascontiguousarray(self.class_coef)
        self.class_intercept = np.asarray(class_intercept, dtype=np.float32)  # (k,)
        self.categories = tuple(categories)
        # Weight of the fine-grained LSA part in `similarity`; the rest compares categories
        # (Bhattacharyya coefficient), which carries section-level likeness for short texts.
        self.alpha = alpha
        self.info = dict(info or {})
        self._lookup: dict[str, int] = {}
        self._rare: dict[tuple[float, int], dict[str, str]] = {}

    @property
    def dims(self) -> int:
        """Number of dimensions of `embed` vectors (LSA dims + one per category)."""
        return int(self.term_vectors.shape[1]) + len(self.categories)

    def _term_id(self, token: str) -> int:
        """Vocabulary id of a raw token; -1 unknown, -2 not a content word (memoised)."""
        tid = self._lookup.get(token)
        if tid is None:
            tid = self.vocabulary.get(_stem(token), -1) if _is_content(token) else -2
            if len(self._lookup) < 500_000:
                self._lookup[token] = tid
        return tid

    def _term_ids(self, raw: list[str]) -> list[int]:
        """`_term_id` of every token (memo lookups first: only new tokens are stemmed)."""
        found: list[int | None] = list(map(self._lookup.get, raw))
        if None in found:
            term_id = self._term_id
            found = [term_id(t) if f is None else f for t, f in zip(raw, found, strict=True)]
        return found  # type: ignore[return-value]

    def _index(self, raw: list[str]) -> tuple[list[int], list[float], int, int]:
        """Known term ids, their sublinear tf, known-token count and content-token count."""
        return self._index_ids(self._term_ids(raw))

    @staticmethod
    def _index_ids(found: list[int]) -> tuple[list[int], list[float], int, int]:
        """`_index` of a text given as its tokens' `_term_id`s."""
        known = list(filter((-1).__lt__, found))  # the ids >= 0, filtered in C
        n_content = len(found) - found.count(-2)
        if len(known) < 32 and len(set(known)) == len(known):  # short texts: no repeats
            return known, [1.0] * len(known), len(known), n_content
        counts = Counter(known)
        tf = counts.values()
        return (
            list(counts),
            list(map(_SUBLINEAR.__getitem__, tf))
            if max(tf) < len(_SUBLINEAR)
            else [_SUBLINEAR[c] if c < len(_SUBLINEAR) else 1.0 + math.log(c) for c in tf],
            len(known),
            n_content,
        )

    def embed(self, texts: Iterable[str]) -> np.ndarray:
        """Unit vectors, one row per text (a zero row when no word of the text is known)."""
        return self.read(texts)[0]

    def read(self, texts: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """Unit vectors of `texts` and each text's coverage (share of known content words).

        See `read_tokens`, which takes texts already split by `raw_tokens`.
        """
        return self.read_tokens([raw_tokens(text) for text in texts])

    def read_tokens(self, token_lists: Iterable[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Unit vectors and coverages of texts given as `raw_tokens` lists.

        A row is `[sqrt(alpha) * lsa, sqrt(1 - alpha) * sqrt(p)]`: the unit LSA vector and the
        square roots of the category probabilities, so that a dot product of two rows is
        `alpha * cos_lsa + (1 - alpha) * sum(sqrt(p_a * p_b))`. Batched: one gather for all.
        """
        all_ids: list[int] = []
        all_tf: list[float] = []
        sizes: list[int] = []
        cover: list[float] = []
        lists = token_lists if isinstance(token_lists, list) else list(token_lists)
        # One lookup pass over every text's tokens (link blocks read 40 short texts at once).
        flat = self._term_ids(lists[0] if len(lists) == 1 else [t for raw in lists for t in raw])
        pos = 0
        for raw in lists:
            ids_, tf_, known, n_content = self._index_ids(flat[pos : pos + len(raw)])
            pos += len(raw)
            all_ids.extend(ids_)
            all_tf.extend(tf_)
            sizes.append(len(ids_))
            cover.append(known / n_content if n_content else 0.0)
        out = np.zeros((len(sizes), self.dims), dtype=np.float32)
        coverage = np.array(cover, dtype=np.float64)
        filled = [n for n in sizes if n]
        if not filled:
            return out, coverage
        # Numpy calls cost microseconds each: the offsets are summed in Python, and when every
        # text has a known word (the usual case) rows are written through slices, not an index.
        offsets = [0]
        for n in filled[:-1]:
            offsets.append(offsets[-1] + n)
        starts = np.array(offsets, dtype=np.int64)
        rows: slice | np.ndarray = (
            slice(None) if len(filled) == len(sizes) else np.flatnonzero(sizes)
        )
        ids = np.array(all_ids, dtype=np.int64)
        w = np.array(all_tf, dtype=np.float32) * self.idf[ids]
        norms = np.sqrt(np.add.reduceat(w * w, starts))
        w /= norms[0] if len(filled) == 1 else np.repeat(norms, filled)
        d = self.term_vectors.shape[1]
        # np.take gathers the same rows as indexing, in about half the time.
        summed = np.add.reduceat(
            np.take(self._term_weights, ids, axis=0) * w[:, None], starts, axis=0
        )
        lsa, logits = summed[:, :d], summed[:, d:]
        # np.linalg.norm(lsa, axis=1, keepdims=True), without its Python-level checks
        lsa_norm = np.sqrt(np.add.reduce(lsa * lsa, axis=1, keepdims=True))
        lsa_norm[lsa_norm == 0] = 1.0
        out[rows, :d] = math.sqrt(self.alpha) * lsa / lsa_norm
        probs = self._softmax(logits + self.class_intercept)
        out[rows, d:] = math.sqrt(1.0 - self.alpha) * np.sqrt(probs)
        return out, coverage

    def category_probabilities(self, raw: list[str]) -> tuple[np.ndarray, float]:
        """`probabilities(read_tokens([raw])[0])[0]` and the coverage, without the LSA part.

        The same operations as `read_tokens` on the class columns only (each column sums alone),
        so the values are those of a full read; a caller that needs the vector only when the
        category decides (a site's menus) skips the 128 LSA columns of every term.
        """
        ids_, tf_, known, n_content = self._index_ids(self._term_ids(raw))
        coverage = known / n_content if n_content else 0.0
        if not ids_:
            return np.zeros(len(self.categories), dtype=np.float64), coverage
        starts = np.zeros(1, dtype=np.int64)
        ids = np.array(ids_, dtype=np.int64)
        w = np.array(tf_, dtype=np.float32) * self.idf[ids]
        w /= np.sqrt(np.add.reduceat(w * w, starts))[0]
        logits = np.add.reduceat(self._class_weights[ids] * w[:, None], starts, axis=0)
        probs = self._softmax(logits + self.class_intercept)
        part = np.empty(probs.shape, dtype=np.float32)
        part[:] = math.sqrt(1.0 - self.alpha) * np.sqrt(probs)  # as stored in a `read` row
        return self.probabilities(part)[0], coverage

    def story_similarity(self, vectors: np.ndarray, target: np.ndarray) -> np.ndarray:
        """Cosine of the LSA parts only: "about the same subject", without the category part."""
        d = self.term_vectors.shape[1]
        sims: np.ndarray = (np.atleast_2d(vectors)[:, :d] @ target[:d]) / self.alpha
        return sims

    @staticmethod
    def _softmax(logits: np.ndarray) -> np.ndarray:
        z = np.exp(logits - logits.max(axis=-1, keepdims=True))
        out: np.ndarray = z / z.sum(axis=-1, keepdims=True)
        return out

    def profile(
        self, text: str, limit: int = 400
    ) -> tuple[np.ndarray, float, float, frozenset[str]]:
        """One pass over a story: its vector, coverage, English stop-word share and rare terms.

        The stop-word share is taken over the first `limit` words (see `english_share`).
        """
        raw = raw_tokens(text)
        # (The first `limit` words only: a long story's rest is not scanned for them.)
        words = list(itertools.islice((t for t in raw if not t[0].isdigit()), limit))
        stop_share = sum(map(STOP_WORDS.__contains__, words)) / len(words) if words else 0.0
        vectors, coverage = self.read_tokens([raw])
        return vectors[0], float(coverage[0]), stop_share, self.rare_tokens(raw)

    def rare_terms(self, text: str, min_idf: float = 4.5, min_len: int = 3) -> frozenset[str]:
        """Terms of `text` that name a specific subject: unknown words (names) or rare ones.

        idf >= 4.5 keeps terms found in fewer than ~1 in 30 training articles ("china", "hiv",
        "car"; not "new", "say", "president").
        """
        return self.rare_tokens(raw_tokens(text), min_idf, min_len)

    def rare_tokens(self, raw: list[str], min_idf: float = 4.5, min_len: int = 3) -> frozenset[str]:
        """`rare_terms` of a text given as its `raw_tokens`."""
        memo = self._rare.setdefault((min_idf, min_len), {})
        found: list[str | None] = list(map(memo.get, raw))
        if None in found:  # only the tokens not seen before are stemmed and looked up
            for i, token in enumerate(raw):
                if found[i] is not None:
                    continue
                term = ""
                if len(token) >= min_len and _is_content(token):
                    stem = _stem(token)
                    tid = self.vocabulary.get(stem)
                    if tid is None or self.idf[tid] >= min_idf:
                        term = stem
                if len(memo) < 500_000:
                    memo[token] = term
                found[i] = term
        out = set(found)
        out.discard("")
        return frozenset(out)  # type: ignore[arg-type]

    def coverage(self, text: str) -> float:
        """Share of the text's content words that the space knows (0 when it has none)."""
        _, _, known, n = self._index(raw_tokens(text))
        return known / n if n else 0.0

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two texts in the space (0 when either has no known word)."""
        va, vb = self.embed([a, b])
        return float(va @ vb)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Category probabilities (columns follow `categories`) read back from `embed` rows.

        A zero row (no known word) gives all-zero probabilities.
        """
        k = len(self.categories)
        part = np.atleast_2d(vectors)[:, -k:].astype(np.float64)
        probs: np.ndarray = part**2 / (1.0 - self.alpha)
        return probs

    def label(self, text: str) -> tuple[str, float]:
        """The most likely news category of `text` and its probability."""
        probs = self.probabilities(self.embed([text]))[0]
        best = int(np.argmax(probs))
        return self.categories[best], float(probs[best])

    def save(self, path: Path) -> Path:
        """Write the space (joblib) and its JSON sidecar (`<path>.json`)."""
        import joblib

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT_VERSION,
            "vocabulary": self.vocabulary,
            "idf": self.idf,
            "alpha": self.alpha,
            "term_vectors": self.term_vectors.astype(np.float16),
            "class_coef": self.class_coef,
            "class_intercept": self.class_intercept,
            "categories": self.categories,
        }
        joblib.dump(payload, path, compress=3)
        sidecar = dict(self.info)
        sidecar.update(
            format=FORMAT_VERSION,
            vocab_size=len(self.vocabulary),
            dims=self.dims,
            lsa_dims=int(self.term_vectors.shape[1]),
            alpha=self.alpha,
            categories=list(self.categories),
            artifact_sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        )
        sidecar_path(path).write_text(json.dumps(sidecar, indent=2, sort_keys=True) + "\n")
        return path


def sidecar_path(path: Path) -> Path:
    """Where the JSON sidecar of a topic-space artifact lives."""
    return Path(path).with_suffix(".json")


def read_space(path: Path) -> TopicSpace:
    """Load a topic space from `path`, checking it against its sidecar.

    Raises:
        ModelError: the file or its sidecar is missing, unreadable, or they do not match.
    """
    import joblib

    path = Path(path)
    side = sidecar_path(path)
    if not path.is_file() or not side.is_file():
        raise ModelError(
            f"topic space {path} (or its sidecar {side.name}) is missing; "
            "build it with `detector topic build`"
        )
    try:
        info = json.loads(side.read_text())
        payload = joblib.load(path)
    except Exception as exc:  # unpickling garbage raises anything (KeyError, TypeError, ...)
        raise ModelError(f"topic space {path} cannot be read: {exc!r}") from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT_VERSION:
        raise ModelError(f"topic space {path}: format is not version {FORMAT_VERSION}")
    if info.get("vocab_size") != len(payload["vocabulary"]) or info.get("lsa_dims") != int(
        payload["term_vectors"].shape[1]
    ):
        raise ModelError(f"topic space {path} does not match its sidecar {side.name}")
    return TopicSpace(
        payload["vocabulary"],
        payload["idf"],
        payload["term_vectors"],
        payload["class_coef"],
        payload["class_intercept"],
        payload["categories"],
        payload["alpha"],
        info,
    )


@functools.lru_cache(maxsize=4)
def _cached_space(path: str) -> TopicSpace:
    return read_space(Path(path))


def load_topic_space(path: Path | str | None = None) -> TopicSpace:
    """The topic space at `path` (default: settings' `topic_model_path`), loaded once per process."""
    return _cached_space(str(Path(path).resolve()) if path is not None else _default_path())


@functools.lru_cache(maxsize=1)
def _default_path() -> str:
    from detector.config import load_settings

    return str(Path(load_settings().topic_model_path).resolve())


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts in the default topic space."""
    return load_topic_space().similarity(a, b)


def embed(texts: Iterable[str]) -> np.ndarray:
    """Unit vectors of `texts` in the default topic space."""
    return load_topic_space().embed(texts)


def label(text: str) -> tuple[str, float]:
    """News category of `text` and its probability, in the default topic space."""
    return load_topic_space().label(text)


def english_share(text: str, limit: int = 400) -> float:
    """Share of the first `limit` word tokens that are English stop words (~0.4 in English prose)."""
    words = tokens(text)[:limit]
    if not words:
        return 0.0
    return sum(map(STOP_WORDS.__contains__, words)) / len(words)


def build_topic_space(
    data_dir: Path,
    dims: int = 128,
    max_vocab: int = 20000,
    min_df: int = 3,
    max_df: float = 0.4,
    reuters_cap: int = 4000,
    C: float = 10.0,
    alpha: float = 0.5,
    label_weight: float = 20.0,
    seed: int = 0,
) -> TopicSpace:
    """Fit the topic space and its category classifier on the training split of the corpora.

    Held-out records (`held_out(id)`) are never used; the returned space's `info` records the
    corpus hash, sizes, settings and library versions for the sidecar.
    """
    import scipy
    import scipy.sparse as sp
    import sklearn
    from sklearn.decomposition import TruncatedSVD
    from sklearn.linear_model import LogisticRegression

    docs = [d for d in read_corpus(data_dir, reuters_cap) if not held_out(d.id)]
    doc_terms = [terms(f"{d.title}\n{d.body}") for d in docs]
    df: Counter[str] = Counter()
    for found in doc_terms:
        df.update(set(found))
    n_docs = len(docs)
    keep = [t for t, c in df.items() if c >= min_df and c / n_docs <= max_df]
    keep.sort(key=lambda t: (-df[t], t))
    keep = sorted(keep[:max_vocab])
    vocab = {t: i for i, t in enumerate(keep)}
    idf = np.array([math.log((1 + n_docs) / (1 + df[t])) + 1.0 for t in keep], dtype=np.float64)

    def matrix(term_lists: Sequence[list[str]]) -> sp.csr_matrix:
        indptr, indices, data = [0], [], []
        for found in term_lists:
            counts = Counter(vocab[t] for t in found if t in vocab)
            for j, c in counts.items():
                indices.append(j)
                data.append((1.0 + math.log(c)) * idf[j])
            indptr.append(len(indices))
        m = sp.csr_matrix((data, indices, indptr), shape=(len(term_lists), len(vocab)))
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.csr_matrix(sp.diags(1.0 / norms) @ m)

    X = matrix(doc_terms)
    svd = TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=7, random_state=seed)
    svd.fit(X)
    # The classifier reads the same sparse TF-IDF rows: whole articles and titles alone, so that
    # it also reads short texts (a headline, a section name).
    # The corpora's own label names ("entertainment", "sci/tech", ...) join as one-word
    # documents, weighted up, so that a bare section name lands in its category.
    names = [(n, c) for c, group in LABEL_NAMES.items() for n in group]
    X_cls = sp.vstack(
        [X, matrix([terms(d.title) for d in docs]), matrix([terms(n) for n, _ in names])]
    ).tocsr()
    y = [d.category for d in docs] * 2 + [c for _, c in names]
    weights = np.concatenate([np.ones(2 * n_docs), np.full(len(names), label_weight)])
    clf = LogisticRegression(C=C, max_iter=3000, random_state=seed)
    clf.fit(X_cls, y, sample_weight=weights)
    order = [list(clf.classes_).index(c) for c in CATEGORIES]
    info = {
        "corpus_files": list(CORPUS_FILES),
        "corpus_sha256": corpus_hash(data_dir),
        "n_train_docs": n_docs,
        "held_out_rule": "crc32(id) % 10 == 0",
        "settings": {
            "dims": dims,
            "max_vocab": max_vocab,
            "min_df": min_df,
            "max_df": max_df,
            "reuters_cap": reuters_cap,
            "C": C,
            "alpha": alpha,
            "label_weight": label_weight,
            "seed": seed,
        },
        "explained_variance": float(svd.explained_variance_ratio_.sum()),
        "versions": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "scikit-learn": sklearn.__version__,
        },
    }
    return TopicSpace(
        vocab,
        idf,
        svd.components_.T,
        clf.coef_[order].T,
        clf.intercept_[order],
        CATEGORIES,
        alpha,
        info,
    )


# Section names that stand for each category in the evaluation of short texts (none of them
# is among the LABEL_NAMES the classifier sees).
SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "politics/world": ("Elections", "Government", "Parliament", "Diplomacy"),
    "business": ("Markets", "Economy", "Money", "Companies"),
    "sport": ("Football", "Tennis", "Olympics", "Cricket"),
    "tech": ("Science", "Internet", "Gadgets", "Computing"),
    "entertainment": ("Music", "Film", "Celebrity", "Movies"),
}


def _auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """Probability that a positive pair scores above a negative one (ties count half)."""
    scores = np.concatenate([pos, neg])
    ranks = np.empty(scores.size, dtype=np.float64)
    order = np.argsort(scores, kind="mergesort")
    ranks[order] = np.arange(1, scores.size + 1)
    for value in np.unique(scores):  # average ranks of ties
        tie = scores == value
        if tie.sum() > 1:
            ranks[tie] = ranks[tie].mean()
    return float((ranks[: pos.size].sum() - pos.size * (pos.size + 1) / 2) / (pos.size * neg.size))


def evaluate_topic_space(
    space: TopicSpace, data_dir: Path, reuters_cap: int = 4000, n_pairs: int = 4000, seed: int = 0
) -> dict[str, float]:
    """AUCs and accuracies on the held-out split (documents the space was not built from).

    - `auc_story`: a headline against its own article vs against another held-out article.
    - `auc_section_headlines`: two headlines of the same category vs of different categories.
    - `auc_section_name`: a section name ("Sport") against a headline of that category vs another.
    - `acc_title` / `acc_article`: category classifier accuracy on headlines / whole articles.
    """
    rng = np.random.default_rng(seed)
    docs = [d for d in read_corpus(data_dir, reuters_cap) if held_out(d.id)]
    titles = space.embed(d.title for d in docs)
    bodies = space.embed(d.body for d in docs)
    cats = np.array([CATEGORIES.index(d.category) for d in docs])
    n = len(docs)
    own = np.einsum("ij,ij->i", titles, bodies)
    other = np.einsum("ij,ij->i", titles, bodies[rng.permutation(n)])
    a, b = rng.integers(0, n, n_pairs * 3), rng.integers(0, n, n_pairs * 3)
    ok = a != b
    a, b = a[ok], b[ok]
    sims = np.einsum("ij,ij->i", titles[a], titles[b])
    same = cats[a] == cats[b]
    names = [(c, name) for c, group in SECTION_NAMES.items() for name in group]
    name_vecs = space.embed(name for _, name in names)
    name_cats = np.array([CATEGORIES.index(c) for c, _ in names])
    ns = rng.integers(0, len(names), n_pairs)
    ds = rng.integers(0, n, n_pairs)
    name_sims = np.einsum("ij,ij->i", name_vecs[ns], titles[ds])
    name_same = name_cats[ns] == cats[ds]
    title_pred = np.argmax(space.probabilities(titles), axis=1)
    article_pred = np.argmax(
        space.probabilities(space.embed(f"{d.title}\n{d.body}" for d in docs)), axis=1
    )
    return {
        "n_held_out": float(n),
        "auc_story": _auc(own, other),
        "auc_section_headlines": _auc(sims[same], sims[~same]),
        "auc_section_name": _auc(name_sims[name_same], name_sims[~name_same]),
        "acc_title": float((title_pred == cats).mean()),
        "acc_article": float((article_pred == cats).mean()),
    }
