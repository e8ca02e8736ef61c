"""How a candidate story is scored for a source story: one function for the
full rebuild and the incremental update, so both rank alike.

    text' = (cos + PRF_WEIGHT · prf) / (1 + PRF_WEIGHT)
    base  = text' + TAG_WEIGHT · tag cosine
    score = base · section factor · time factor

* ``cos`` is the cosine of the two term vectors (see vectors.py).
* ``prf`` is pseudo-relevance feedback (Rocchio): the mean cosine between the
  candidate and the source's ``PRF_K`` nearest stories. A candidate close to
  the source's whole neighbourhood, not just to its words, is more likely on
  topic; on the VNTC training sample it adds about a point of precision@5.
* tags are weighted by rarity (idf): sharing "Công đoàn Thủ đô" says more
  than sharing "Hà Nội".
* same section multiplies by 1 + SECTION_BONUS, the same family (parent,
  child or sibling) by 1 + FAMILY_BONUS: a bonus, never a source of
  candidates on its own.
* time: a story far from the source in publication time keeps TIME_FLOOR of
  its score, one published the same day keeps all of it, so a story from 2019
  gets 2019's neighbours rather than today's.
* a candidate whose text is almost the source's (cos >= DUPLICATE) is the same
  story re-run and is dropped; of two candidates that near-duplicate each
  other only the better one is kept.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

N_STORED = 12  # suggestions kept per story; the page shows 6 after pins and dedupe
N_CANDIDATES = 100  # candidates re-scored exactly per story
QUERY_TERMS = 40  # a source looks up the postings of its heaviest terms only
POSTINGS_PER_TERM = 500  # and only each term's heaviest postings
PRF_WEIGHT = 1.0
PRF_K = 10
TAG_WEIGHT = 0.5
SECTION_BONUS = 0.15
FAMILY_BONUS = 0.05
TIME_FLOOR = 0.7
TIME_SCALE_DAYS = 90.0
DUPLICATE = 0.85
MIN_BASE = 0.02


@dataclass
class StoryFacts:
    """What the score needs to know about a story besides its words."""

    pk: int
    section_id: int | None = None
    parent_id: int | None = None
    published: float | None = None  # POSIX timestamp
    tags: dict[int, float] = field(default_factory=dict)  # tag id -> normalised idf weight

    @property
    def family(self) -> int | None:
        return self.parent_id or self.section_id


@dataclass
class Scored:
    pk: int
    score: float
    text: float
    tag: float
    section: str  # "same", "family" or ""
    days: float | None


def tag_weights(tag_ids: Iterable[int], tag_df: dict[int, int], n_docs: int) -> dict[int, float]:
    """An L2-normalised idf vector of a story's tags."""
    weights = {t: math.log((n_docs + 1) / (tag_df.get(t, 0) + 1)) + 1.0 for t in tag_ids}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def tag_cosine(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def pair_features(src: StoryFacts, cand: StoryFacts) -> tuple[float, str, float | None]:
    """(tag cosine, section relation, days apart) of one pair: all symmetric."""
    tag = tag_cosine(src.tags, cand.tags) if src.tags and cand.tags else 0.0
    if src.section_id is not None and src.section_id == cand.section_id:
        section = "same"
    elif src.family is not None and src.family == cand.family:
        section = "family"
    else:
        section = ""
    if src.published is None or cand.published is None:
        days = None
    else:
        days = abs(src.published - cand.published) / 86400.0
    return tag, section, days


def combine(text, prf, tag, section_factor, days):
    """The score formula on numpy arrays (or floats). ``days`` may hold NaN."""
    text_part = (text + PRF_WEIGHT * prf) / (1.0 + PRF_WEIGHT)
    base = text_part + TAG_WEIGHT * tag
    closeness = np.where(np.isnan(days), 1.0, np.exp(-np.nan_to_num(days) / TIME_SCALE_DAYS))
    time_factor = TIME_FLOOR + (1.0 - TIME_FLOOR) * closeness
    return np.where(base > MIN_BASE, base * section_factor * time_factor, 0.0)


def section_factor(section: str) -> float:
    if section == "same":
        return 1.0 + SECTION_BONUS
    return 1.0 + FAMILY_BONUS if section == "family" else 1.0


def rank(
    src: StoryFacts,
    candidates: list[StoryFacts],
    text: np.ndarray,
    prf: np.ndarray,
    similar: Callable[[int, int], float],
    excluded: set[int] = frozenset(),
    n: int = N_STORED,
) -> list[Scored]:
    """The best ``n`` candidates for ``src``, near-duplicates collapsed.

    ``text[i]`` and ``prf[i]`` belong to ``candidates[i]``; ``similar(i, j)``
    is the text cosine of candidates i and j (used only on the few kept).
    """
    if not candidates:
        return []
    feats = [pair_features(src, c) for c in candidates]
    tag = np.array([f[0] for f in feats], dtype=np.float64)
    factor = np.array([section_factor(f[1]) for f in feats], dtype=np.float64)
    days = np.array([np.nan if f[2] is None else f[2] for f in feats], dtype=np.float64)
    scores = combine(np.asarray(text, np.float64), np.asarray(prf, np.float64), tag, factor, days)
    kept: list[int] = []
    for i in np.argsort(-scores, kind="stable"):
        if scores[i] <= 0 or len(kept) == n:
            break
        c = candidates[i]
        if c.pk == src.pk or c.pk in excluded or text[i] >= DUPLICATE:
            continue
        if any(similar(i, j) >= DUPLICATE for j in kept):
            continue
        kept.append(int(i))
    return [
        Scored(
            pk=candidates[i].pk,
            score=float(scores[i]),
            text=float(text[i]),
            tag=float(tag[i]),
            section=feats[i][1],
            days=feats[i][2],
        )
        for i in kept
    ]


def reasons(scored: Scored, shared_tags: list[str], shared_words: list[str], n_words: int) -> dict:
    """What the admin explains, stored with each suggestion (JSON)."""
    return {
        "tags": shared_tags[:5],
        "n_tags": len(shared_tags),
        "section": scored.section,
        "words": shared_words[:5],
        "n_words": n_words,
        "text": round(scored.text, 4),
        "tag": round(scored.tag, 4),
        "days": None if scored.days is None else round(scored.days, 1),
    }


def reasons_text(reasons: dict) -> str:
    """The reasons in Vietnamese, as the curation panel shows them:
    "3 thẻ chung: công đoàn, Hà Nội…; cùng chuyên mục; 12 từ chung: lao động…"."""
    parts = []
    if reasons.get("n_tags"):
        more = "…" if reasons["n_tags"] > len(reasons.get("tags", [])) else ""
        n_tags = reasons["n_tags"]
        parts.append(
            ngettext(
                "%(count)s thẻ chung: %(tags)s%(more)s",
                "%(count)s thẻ chung: %(tags)s%(more)s",
                n_tags,
            )
            % {"count": n_tags, "tags": ", ".join(reasons["tags"]), "more": more}
        )
    if reasons.get("section") == "same":
        parts.append(_("cùng chuyên mục"))
    elif reasons.get("section") == "family":
        parts.append(_("cùng nhóm chuyên mục"))
    if reasons.get("n_words"):
        more = "…" if reasons["n_words"] > len(reasons.get("words", [])) else ""
        words = ", ".join(reasons.get("words", []))
        n_words = reasons["n_words"]
        parts.append(
            ngettext(
                "%(count)s từ chung: %(words)s%(more)s",
                "%(count)s từ chung: %(words)s%(more)s",
                n_words,
            )
            % {"count": n_words, "words": words, "more": more}
        )
    days = reasons.get("days")
    if days is not None and days <= 7:
        parts.append(_("đăng cùng thời điểm"))
    return "; ".join(parts) or _("gần về nội dung")
