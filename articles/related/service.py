"""The incremental engine: what saving, publishing or unpublishing a story does,
and what the admin's curation panel asks (``explain``).

``update(pk)`` recomputes the story's own list and its place in its
neighbours' lists, in well under a second at 100,000 stories:

1. re-index the story (terms, document frequencies, postings) if it is
   published, or take it out of the index and out of every list if not;
2. candidates: the heaviest postings of its ``QUERY_TERMS`` heaviest terms,
   stories sharing its tags, and the stories that list it today;
3. exact cosines over those candidates, pseudo-relevance feedback, tags,
   section and time: ``scoring.rank`` gives its own top ``N_STORED``;
4. for each candidate C, the story's score as seen from C (same formula, C's
   own neighbours for the feedback term): it enters C's list when it beats
   C's last suggestion, and leaves it when it no longer qualifies.

Published stories with a future time are indexed like live ones: the page
query joins on visibility, so they appear on their own when their time comes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from django.db import transaction
from django.utils import timezone

from ..models import Article, ArticleLink, LinkKind, RelatedDoc, RelatedResult, TaggedArticle
from ..querysets import Status
from . import index
from .facts import load_facts, shared_tag_names
from .scoring import (
    DUPLICATE,
    N_CANDIDATES,
    N_STORED,
    POSTINGS_PER_TERM,
    PRF_K,
    QUERY_TERMS,
    Scored,
    StoryFacts,
    combine,
    pair_features,
    rank,
    reasons,
    reasons_text,
    section_factor,
)
from .vectors import (
    Vector,
    by_id,
    display_term,
    pack,
    raw_tf,
    shared_terms,
    story_parts,
    top_terms,
    weigh,
)

TAG_CANDIDATES = 20


@dataclass
class Suggestion:
    """An automatic suggestion as the curation panel shows it."""

    article: Article
    score: float
    reasons: dict
    reasons_text_vi: str


def update(article_id: int) -> None:
    """Bring one story's list, and its place in other lists, up to date."""
    row = Article.objects.filter(pk=article_id).values("title", "lead", "body", "status").first()
    if row is None:
        RelatedResult.objects.filter(target_id=article_id).delete()
        return
    eligible = row["status"] == Status.PUBLISHED
    tf, names = by_id(raw_tf(*story_parts(row["title"], row["lead"], row["body"])))
    with transaction.atomic():
        doc = RelatedDoc.objects.filter(article_id=article_id).first()
        if eligible and not (doc and doc.counted):
            index.count_terms(names, +1)
            doc, _ = RelatedDoc.objects.update_or_create(
                article_id=article_id, defaults={"counted": True, "indexed_at": timezone.now()}
            )
        elif not eligible and doc is not None:
            if doc.counted:
                index.count_terms(names, -1)
            doc.delete()
        df = index.fetch_df(tf)
        n_docs = df.get(index.DOC_COUNT_TERM, 0)
        vector = weigh(tf, df, max(n_docs, 1))
        if eligible:
            index.write_postings(article_id, vector)
            doc.vector = pack(np.fromiter(vector, np.int64), np.fromiter(vector.values(), float))
            doc.indexed_at = timezone.now()
            doc.save(update_fields=["vector", "indexed_at"])
        else:
            index.drop_postings(article_id)
            RelatedResult.objects.filter(target_id=article_id).delete()
        _refresh(article_id, vector, names, eligible, n_docs)


def remove(article_id: int, title: str = "", lead: str = "", body: str = "") -> None:
    """Take a story being deleted out of the document frequencies (its rows cascade)."""
    doc = RelatedDoc.objects.filter(article_id=article_id, counted=True).first()
    if doc is not None:
        _tf, names = by_id(raw_tf(*story_parts(title, lead, body)))
        index.count_terms(names, -1)


def _candidates(article_id: int, vector: Vector, tag_ids: list[int]) -> set[int]:
    query = {t: vector[t] for t in top_terms(vector, QUERY_TERMS)}
    found = set(index.best_matches(query, POSTINGS_PER_TERM, N_CANDIDATES + 1))
    found.discard(article_id)
    if tag_ids:
        # Stories sharing the most tags (drafts among them are dropped later:
        # only indexed stories have vectors). No join, no sort: an index range.
        shared: dict[int, int] = defaultdict(int)
        rows = TaggedArticle.objects.filter(tag_id__in=tag_ids).values_list(
            "content_object_id", flat=True
        )
        for pk in rows[: TAG_CANDIDATES * 50]:
            shared[pk] += 1
        shared.pop(article_id, None)
        found |= set(sorted(shared, key=shared.__getitem__, reverse=True)[:TAG_CANDIDATES])
    return found


def _refresh(article_id: int, vector: Vector, names: dict, eligible: bool, n_docs: int) -> None:
    source_tags = list(
        TaggedArticle.objects.filter(content_object_id=article_id).values_list("tag_id", flat=True)
    )
    ids = _candidates(article_id, vector, source_tags)
    listing = set()
    if eligible:
        listing = set(
            RelatedResult.objects.filter(target_id=article_id).values_list("source_id", flat=True)
        )
    ids |= listing
    ids.discard(article_id)
    aid, term, weight = index.load_rows(ids)  # only indexed (published) stories have rows
    facts, status, tag_names = load_facts([article_id, *np.unique(aid).tolist()], n_docs)
    src = facts[article_id]
    cands = np.array(
        sorted(pk for pk in np.unique(aid).tolist() if status.get(pk) == Status.PUBLISHED),
        dtype=np.int64,
    )
    keep = np.isin(aid, cands)
    columns, col = np.unique(term[keep], return_inverse=True)
    matrix = sp.csr_matrix(
        (weight[keep], (np.searchsorted(cands, aid[keep]), col)),
        shape=(len(cands), max(len(columns), 1)),
    )
    vectors = _Rows(cands, matrix, columns)
    cands = cands.tolist()
    query = np.zeros(max(len(columns), 1))
    for t, w in vector.items():
        j = np.searchsorted(columns, t)
        if j < len(columns) and columns[j] == t:
            query[j] = w
    # Exact cosines to the source, and between candidates (feedback, twins).
    text = matrix @ query if cands else np.zeros(0)
    gram = (matrix @ matrix.T).toarray() if cands else np.zeros((0, 0))
    neighbours = np.argsort(-text, kind="stable")[:PRF_K]
    prf = gram[neighbours].mean(axis=0) if len(neighbours) else np.zeros(len(cands))

    excluded = set(
        ArticleLink.objects.filter(source_id=article_id, kind=LinkKind.EXCLUDE).values_list(
            "target_id", flat=True
        )
    )
    cand_facts = [facts[pk] for pk in cands]
    ranked = rank(src, cand_facts, text, prf, lambda i, j: gram[i, j], excluded)
    RelatedResult.objects.filter(source_id=article_id).delete()
    RelatedResult.objects.bulk_create(
        [
            RelatedResult(
                source_id=article_id,
                target_id=s.pk,
                score=s.score,
                reasons=_reasons(s, src, facts[s.pk], vector, vectors[s.pk], names, tag_names),
            )
            for s in ranked
        ]
    )
    if eligible:
        cos_to_source = {pk: float(t) for pk, t in zip(cands, text, strict=True)}
        _place_in_neighbours(
            article_id, src, vector, names, facts, vectors, cos_to_source, tag_names
        )


class _Rows:
    """Candidate vectors kept as one sparse matrix; a dict per story on demand."""

    def __init__(self, pks: np.ndarray, matrix: sp.csr_matrix, columns: np.ndarray):
        self.pos = {int(pk): i for i, pk in enumerate(pks)}
        self.matrix, self.columns = matrix, columns

    def __iter__(self):
        return iter(self.pos)

    def __contains__(self, pk: int) -> bool:
        return pk in self.pos

    def __getitem__(self, pk: int) -> Vector:
        i = self.pos[pk]
        s, e = self.matrix.indptr[i], self.matrix.indptr[i + 1]
        cols, vals = self.matrix.indices[s:e], self.matrix.data[s:e]
        return dict(zip(self.columns[cols].tolist(), vals.tolist(), strict=True))


def _place_in_neighbours(
    article_id: int,
    src: StoryFacts,
    vector: Vector,
    names: dict,
    facts: dict[int, StoryFacts],
    vectors: _Rows,
    cos_to_source: dict[int, float],
    tag_names: dict[int, str],
) -> None:
    """Insert the story into, or take it out of, each candidate's list."""
    affected = [pk for pk in vectors if pk in facts and pk != article_id]
    if not affected:
        return
    lists: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for part in index.chunks(affected):
        rows = (
            RelatedResult.objects.filter(source_id__in=part)
            .exclude(target_id=article_id)
            .order_by("source_id", "-score")
            .values_list("id", "source_id", "target_id", "score")
        )
        for row_id, source_id, target_id, score in rows:
            lists[source_id].append((row_id, target_id, score))
    excluded_by = set(
        ArticleLink.objects.filter(
            target_id=article_id, kind=LinkKind.EXCLUDE, source_id__in=affected
        ).values_list("source_id", flat=True)
    )
    new_rows, trim = [], []
    for pk in affected:
        text = cos_to_source.get(pk, 0.0)
        if pk in excluded_by or text >= DUPLICATE or text <= 0:
            continue
        current = lists.get(pk, [])
        neighbours = [t for _, t, _ in current[:PRF_K]]
        prf = (
            sum(cos_to_source.get(t, 0.0) for t in neighbours) / len(neighbours)
            if neighbours
            else text
        )
        tag, section, days = pair_features(facts[pk], src)
        score = float(
            combine(text, prf, tag, section_factor(section), np.nan if days is None else days)
        )
        if score <= 0 or (len(current) >= N_STORED and score <= current[N_STORED - 1][2]):
            continue
        # The same story re-run is listed once: the better-scored copy stays.
        twins = [r for r in current if cos_to_source.get(r[1], 0.0) >= DUPLICATE]
        if any(r[2] >= score for r in twins):
            continue
        trim.extend(r[0] for r in twins)
        current = [r for r in current if r not in twins]
        trim.extend(row_id for row_id, _, _ in current[N_STORED - 1 :])
        s = Scored(pk=article_id, score=score, text=text, tag=tag, section=section, days=days)
        new_rows.append(
            RelatedResult(
                source_id=pk,
                target_id=article_id,
                score=score,
                reasons=_reasons(s, facts[pk], src, vectors[pk], vector, names, tag_names),
            )
        )
    RelatedResult.objects.filter(source_id__in=affected, target_id=article_id).delete()
    RelatedResult.objects.bulk_create(new_rows, ignore_conflicts=True)
    for part in index.chunks(trim):
        RelatedResult.objects.filter(id__in=part).delete()


def _reasons(scored, a: StoryFacts, b: StoryFacts, va: Vector, vb: Vector, names, tag_names):
    words = shared_terms(va, vb)
    shown = [display_term(names[t]) for t in words if t in names][:5]
    return reasons(scored, shared_tag_names(a, b, tag_names), shown, len(words))


def explain(article: Article, now=None) -> list[Suggestion]:
    """The story's automatic suggestions that a reader could see now, best
    first, with score and reasons in Vietnamese (one query)."""
    rows = (
        RelatedResult.objects.filter(
            source_id=article.pk, target__in=Article.objects.live(now).values("pk")
        )
        .select_related("target", "target__section")
        .order_by("-score", "id")
    )
    return [
        Suggestion(
            article=r.target,
            score=r.score,
            reasons=r.reasons,
            reasons_text_vi=reasons_text(r.reasons),
        )
        for r in rows
    ]
