"""From a story's text to its weighted term vector.

The weighting was chosen on the VNTC training sample (bench/related_experiment.py):

* title and lead count ``HEAD_BOOST`` times, because they say what the
  story is about in the fewest words;
* term frequency is sublinear (1 + log tf), so a word repeated twenty times
  does not drown the rest;
* idf is raised to ``IDF_POWER`` (< 1): a story keeps only its ``TOP_K``
  heaviest terms, and full idf would fill them with names seen in two
  stories, which match almost nothing; a damped idf keeps the topical words
  that link a story to its field;
* a term of a single story is kept (dropping it scored half a point higher
  on a static corpus, but in a newsroom the first story on a new name must
  carry that name, or its follow-ups could not find it);
* vectors are L2-normalised, so a dot product is a cosine.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from hashlib import blake2b

import numpy as np

from ..sanitize import plain_text
from .terms import term_counts

HEAD_BOOST = 2.0
IDF_POWER = 0.5
TOP_K = 150
MIN_DF = 1

Vector = dict[int, float]


def term_id(text: str) -> int:
    """A stable, process-independent 63-bit id for a term (Python's hash() is salted)."""
    return int.from_bytes(blake2b(text.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def story_parts(title: str, lead: str, body_html: str) -> tuple[str, str]:
    """(title + lead, body text): the first part weighs more."""
    return f"{title}\n{lead}", plain_text(body_html)


def raw_tf(head: str, body: str) -> dict[str, float]:
    """Sublinear, head-boosted term frequencies of one story, by term text."""
    counts: dict[str, float] = {}
    for term, n in term_counts(head).items():
        counts[term] = HEAD_BOOST * n
    for term, n in term_counts(body).items():
        counts[term] = counts.get(term, 0.0) + n
    return {term: 1.0 + math.log(n) for term, n in counts.items()}


def idf(df: int, n_docs: int) -> float:
    """Damped, smoothed inverse document frequency."""
    if df < MIN_DF:
        return 0.0
    return (math.log((n_docs + 1) / (df + 1)) + 1.0) ** IDF_POWER


def weigh(tf: Mapping[int, float], df: Mapping[int, int], n_docs: int) -> Vector:
    """tf·idf, pruned to the TOP_K heaviest terms, L2-normalised."""
    weighted = []
    for tid, f in tf.items():
        w = f * idf(df.get(tid, 0), n_docs)
        if w > 0:
            weighted.append((w, tid))
    weighted.sort(reverse=True)
    weighted = weighted[:TOP_K]
    norm = math.sqrt(sum(w * w for w, _ in weighted)) or 1.0
    return {tid: w / norm for w, tid in weighted}


def by_id(tf_by_text: Mapping[str, float]) -> tuple[dict[int, float], dict[int, str]]:
    """Re-key term frequencies by term id; also return id -> text for reasons."""
    tf: dict[int, float] = {}
    names: dict[int, str] = {}
    for text, f in tf_by_text.items():
        tid = term_id(text)
        tf[tid] = f
        names[tid] = text
    return tf, names


def dot(a: Mapping[int, float], b: Mapping[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def display_term(text: str) -> str:
    """How a term reads in an explanation: "công_đoàn" -> "công đoàn"."""
    return text.replace("_", " ")


def top_terms(vector: Mapping[int, float], n: int) -> list[int]:
    return [t for t, _ in sorted(vector.items(), key=lambda kv: -kv[1])[:n]]


def shared_terms(a: Mapping[int, float], b: Mapping[int, float]) -> list[int]:
    """Terms of both vectors, biggest contribution to the cosine first."""
    common: Iterable[int] = a.keys() & b.keys()
    return sorted(common, key=lambda t: -a[t] * b[t])


def pack(terms: np.ndarray, weights: np.ndarray) -> bytes:
    """A vector as bytes (int64 term ids, then float32 weights) for RelatedDoc.vector."""
    return np.asarray(terms, "<i8").tobytes() + np.asarray(weights, "<f4").tobytes()


def unpack(blob: bytes) -> tuple[np.ndarray, np.ndarray]:
    n = len(blob) // 12
    return (
        np.frombuffer(blob, "<i8", count=n),
        np.frombuffer(blob, "<f4", count=n, offset=8 * n).astype(np.float64),
    )
