"""Vietnamese terms for relatedness: syllables and syllable bigrams.

Vietnamese writes one syllable per space-separated token, and most words span
two or three of them ("công đoàn", "người lao động"). Two ways to get words
back are a word segmenter (pyvi, underthesea) or simply every pair of
adjacent syllables. Measured with ``bench/related_experiment.py`` on 4,000
VNTC training stories (1,000 queries, precision@5, same weighting and
feedback for both): syllable unigrams + bigrams 0.798, pyvi words 0.801, a
tie within noise; but pyvi ran at ~16 stories/s on this (loaded) machine,
~100/s at best, against ~1,500 for this tokeniser. So we keep the bigrams: a real
word shows up as a frequent bigram, and a pair straddling two words is rare
and gets pruned by its weight.

Bigrams never cross punctuation, so "Hà Nội, công đoàn" yields no
"nội công". Stopwords come from ``stopwords_vi.txt``, a list derived from
document frequencies of a news corpus (syllables in most stories carry no
topic); a bigram is dropped only when both its syllables are stopwords.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

from ..text import nfc

# Punctuation, symbols, underscores and line breaks cut phrases; spaces do not.
_CUT_RE = re.compile(r"[^\w \t\u00a0]+|_+", re.UNICODE)

STOPWORDS_FILE = Path(__file__).with_name("stopwords_vi.txt")


@cache
def stopwords() -> frozenset[str]:
    """The shipped stopword list (static data, identical in every process)."""
    if not STOPWORDS_FILE.exists():
        return frozenset()
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _keep(token: str) -> bool:
    return not token.isdigit() and len(token) < 30


def phrases(text: str) -> list[list[str]]:
    """Lower-cased syllables of ``text``, grouped by punctuation-free phrase."""
    out = []
    for phrase in _CUT_RE.split(nfc(text).lower()):
        tokens = [t for t in phrase.split() if _keep(t)]
        if tokens:
            out.append(tokens)
    return out


def term_counts(text: str, bigrams: bool = True, stop: frozenset[str] | None = None) -> Counter:
    """Counts of syllables (minus stopwords) and, optionally, syllable bigrams.

    A bigram is written with an underscore ("công_đoàn"), the convention of
    Vietnamese word segmenters, so it can never collide with a syllable.
    """
    stop = stopwords() if stop is None else stop
    terms: list[str] = []
    for tokens in phrases(text):
        terms += [t for t in tokens if t not in stop]
        if bigrams and len(tokens) > 1:
            terms += [
                f"{a}_{b}"
                for a, b in zip(tokens, tokens[1:], strict=False)
                if a not in stop or b not in stop
            ]
    return Counter(terms)
