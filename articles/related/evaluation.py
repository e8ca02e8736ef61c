"""Measuring the engine on a labelled corpus (``manage.py related_eval``).

The corpus goes through the production code paths: stories are saved with
the ORM (``Article.save``: cleaning, sanitising), the index and the lists are
built by ``rebuild``, and suggestions are read by the page's own query
(``blocks.automatic_related``). The baselines see the same text.

precision@5 of a query story = share of its 5 suggestions in its category
(a missing suggestion counts as a miss). Categories are never shown to the
engine: every story goes into one section.
"""

from __future__ import annotations

import gzip
import json
import resource
import time
from datetime import UTC, datetime, timedelta
from html import escape

import numpy as np
import scipy.sparse as sp
from django.utils import timezone
from django.utils.translation import gettext
from tqdm import tqdm

from ..blocks import automatic_related
from ..models import Article, Section
from ..querysets import Status
from .rebuild import rebuild
from .signals import muted
from .tasks import update_related
from .terms import phrases, term_counts


def load_corpus(path: str) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _split(doc: dict) -> tuple[str, str, str]:
    """(title, lead, body text). Without a title, the first line is title and
    lead run together (VNTC): it all goes in the boosted head."""
    lines = [ln.strip() for ln in doc["text"].split("\n") if ln.strip()]
    if doc.get("title"):
        return doc["title"], "", "\n".join(lines)
    first, rest = (lines[0] if lines else ""), lines[1:]
    if len(first) <= 280:
        return first, "", "\n".join(rest)
    cut = first.rfind(" ", 0, 280)
    cut = cut if cut > 0 else 280
    return first[:cut], first[cut:].strip(), "\n".join(rest)


def load_stories(docs: list[dict], progress: bool = True) -> list[int]:
    """Save every document as a published story; returns their ids in order."""
    # The evaluation corpus's own section and fallback titles: sample content.
    section, _ = Section.objects.get_or_create(
        slug="tong-hop",
        defaults={"name": "Tổng hợp"},  # i18n: data
    )
    base = timezone.now() - timedelta(days=1)
    ids = []
    with muted():
        for i, doc in enumerate(tqdm(docs, desc=gettext("Nạp bài"), disable=not progress)):
            title, lead, body = _split(doc)
            published = doc.get("published_at")
            if published:
                published = datetime.fromisoformat(published)
                if timezone.is_naive(published):
                    published = published.replace(tzinfo=UTC)
            article = Article.objects.create(
                title=title[:300] or f"Bài {i}",  # i18n: data
                lead=lead,
                body="".join(f"<p>{escape(p)}</p>" for p in body.split("\n") if p),
                section=section,
                status=Status.PUBLISHED,
                published_at=published or base,
                source_key=f"eval:{doc.get('id', i)}",
            )
            if doc.get("tags"):
                article.tags.add(*doc["tags"])
            ids.append(article.pk)
    return ids


def _tfidf(counts: list[dict]) -> sp.csr_matrix:
    """Plain TF-IDF (raw tf, smoothed idf, L2), the textbook baseline."""
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, c in enumerate(counts):
        for term, n in c.items():
            rows.append(i)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append(n)
    tf = sp.csr_matrix(
        (np.asarray(vals, np.float32), (rows, cols)), shape=(len(counts), len(vocab))
    )
    df = np.bincount(tf.indices, minlength=tf.shape[1])
    x = tf.multiply((np.log((len(counts) + 1) / (df + 1)) + 1)[None, :]).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    return sp.csr_matrix(sp.diags(1 / np.maximum(norms, 1e-12)) @ x)


def _precision(x: sp.csr_matrix, queries: np.ndarray, cats: list[str]) -> float:
    hits = 0
    for start in range(0, len(queries), 250):
        q = queries[start : start + 250]
        sims = (x[q] @ x.T).toarray()
        sims[np.arange(len(q)), q] = -np.inf
        top = np.argpartition(-sims, 5, axis=1)[:, :5]
        hits += sum(cats[j] == cats[i] for i, row in zip(q, top, strict=True) for j in row)
    return hits / (5 * len(queries))


def evaluate(path: str, n_queries: int = 500, seed: int = 1, progress: bool = True) -> dict:
    docs = load_corpus(path)
    cats = [d["category"] for d in docs]
    rng = np.random.default_rng(seed)
    queries = np.sort(rng.choice(len(docs), size=min(n_queries, len(docs)), replace=False))

    t0 = time.perf_counter()
    ids = load_stories(docs, progress)
    load_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    stats = rebuild(progress=progress)
    build_seconds = time.perf_counter() - t0

    category_of = {pk: cats[i] for i, pk in enumerate(ids)}
    hits = 0
    stories = Article.objects.in_bulk([ids[i] for i in queries])
    for i in queries:
        story = stories[ids[i]]
        found = automatic_related(story, {story.pk}, 5)
        hits += sum(category_of.get(a.pk) == cats[i] for a in found)
    results = {"engine": hits / (5 * len(queries))}

    texts = [
        "\n".join(part for part in _split(d) if part) for d in docs
    ]  # what the engine saw, without its weighting
    results["tfidf_syllables"] = _precision(
        _tfidf([{t: n for t, n in _syllables(x).items()} for x in texts]), queries, cats
    )
    results["tfidf_syllable_unigrams_bigrams"] = _precision(
        _tfidf([term_counts(x, bigrams=True, stop=frozenset()) for x in texts]), queries, cats
    )
    if any(d.get("tags") for d in docs):
        tag_hits = 0
        for i in queries:
            similar = stories[ids[i]].tags.similar_objects()[:5]
            tag_hits += sum(category_of.get(a.pk) == cats[i] for a in similar)
        results["taggit_similar_objects"] = tag_hits / (5 * len(queries))

    update_ms = []
    for i in rng.choice(len(ids), size=min(50, len(ids)), replace=False):
        t = time.perf_counter()
        update_related.enqueue(ids[i])
        update_ms.append((time.perf_counter() - t) * 1000)

    baselines = [v for k, v in results.items() if k != "engine"]
    return {
        "corpus": path,
        "stories": len(docs),
        "queries": len(queries),
        "seed": seed,
        "precision_at_5": {k: round(v, 4) for k, v in results.items()},
        "engine_minus_best_baseline": round(results["engine"] - max(baselines), 4),
        "load_seconds": round(load_seconds, 1),
        "build_seconds": round(build_seconds, 1),
        "rebuild": stats,
        "update_ms": {
            "n": len(update_ms),
            "median": round(float(np.median(update_ms)), 1),
            "p95": round(float(np.percentile(update_ms, 95)), 1),
        },
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _syllables(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for phrase in phrases(text):
        for token in phrase:
            counts[token] = counts.get(token, 0) + 1
    return counts
