"""The full rebuild: every published story's vector, then every story's list.

SQL is the wrong tool for all-pairs work, so the rebuild loads the corpus
once and works on sparse matrices (scipy), writing rows in large batches:

1. *index*: tokenise every published story, count document frequencies,
   weigh and prune the vectors (vectors.py, the same rules as an update) and
   write RelatedTerm, RelatedPosting and RelatedDoc. The step ends with a
   checkpoint in RelatedState.
2. *candidates*: for each story, the same approximation as an update (its
   QUERY_TERMS heaviest terms against each term's POSTINGS_PER_TERM heaviest
   postings, plus rarity-weighted shared tags) keeps N_CANDIDATES stories,
   whose exact cosines are then computed pair by pair.
3. *lists*, in batches of stories: pseudo-relevance feedback from those
   cosines, then ``scoring.rank``; each batch is written and checkpointed, so
   ``rebuild_related --resume`` after an interruption reloads the index from
   the tables and carries on from the last finished batch.

Stories that are not published (drafts, stories in review) get a list too
(for previews), weighed with the published stories' frequencies; they are
never candidates. After a resume their lists come from ``service.update``.
"""

from __future__ import annotations

import itertools
import json
import time
from array import array
from collections.abc import Callable

import numpy as np
import scipy.sparse as sp
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext, pgettext
from tqdm import tqdm

from ..cache import bump_generation
from ..models import (
    Article,
    ArticleLink,
    LinkKind,
    RelatedDoc,
    RelatedPosting,
    RelatedResult,
    RelatedState,
    RelatedTerm,
    TaggedArticle,
)
from ..querysets import Status
from . import index, service
from .scoring import (
    DUPLICATE,
    N_CANDIDATES,
    POSTINGS_PER_TERM,
    PRF_K,
    QUERY_TERMS,
    TAG_WEIGHT,
    Scored,
    StoryFacts,
    rank,
    reasons,
    tag_weights,
)
from .vectors import (
    IDF_POWER,
    MIN_DF,
    TOP_K,
    display_term,
    pack,
    raw_tf,
    story_parts,
    term_id,
    unpack,
)

STATE_KEY = "rebuild"
PAIR_CHUNK = 500


class Corpus:
    """The stories as matrices: row i is story ``ids[i]``; only rows with
    ``published[i]`` are in the index and may be suggested."""

    def __init__(
        self,
        ids: np.ndarray,
        matrix: sp.csr_matrix,
        term_ids: np.ndarray,
        names: list,
        published: np.ndarray | None = None,
    ):
        self.ids = ids
        self.published = np.ones(len(ids), bool) if published is None else published
        self.matrix = matrix
        self.term_ids = term_ids  # column -> RelatedTerm id
        self.names = names  # column -> term text
        self.row_of = {int(pk): i for i, pk in enumerate(ids)}
        # What the inverted index holds: published rows only, and only each
        # term's POSTINGS_PER_TERM heaviest postings (all a lookup ever reads).
        only_published = sp.diags(self.published.astype(np.float32))
        self.postings = _prune_columns((only_published @ matrix).tocsr(), POSTINGS_PER_TERM)


def _bar(progress: bool, total: int, desc: str):
    return tqdm(
        total=total,
        desc=desc,
        unit=pgettext("progress bar unit", "bài"),
        disable=not progress,
        smoothing=0.05,
    )


def _prune_rows(x: sp.csr_matrix, k: int) -> sp.csr_matrix:
    """Keep the k largest entries of each row."""
    indptr, indices, data = [0], [], []
    for i in range(x.shape[0]):
        s, e = x.indptr[i], x.indptr[i + 1]
        if e - s > k:
            keep = np.argpartition(-x.data[s:e], k)[:k]
            indices.append(x.indices[s:e][keep])
            data.append(x.data[s:e][keep])
        else:
            indices.append(x.indices[s:e])
            data.append(x.data[s:e])
        indptr.append(indptr[-1] + len(indices[-1]))
    out = sp.csr_matrix(
        (np.concatenate(data) if data else [], np.concatenate(indices) if indices else [], indptr),
        shape=x.shape,
    )
    out.sort_indices()
    return out


def _prune_columns(x: sp.csr_matrix, k: int) -> sp.csr_matrix:
    """Keep the k largest entries of each column: each term's heaviest postings."""
    csc = x.tocsc()
    counts = np.diff(csc.indptr)
    mask = np.ones(csc.nnz, dtype=bool)
    for j in np.flatnonzero(counts > k):
        s, e = csc.indptr[j], csc.indptr[j + 1]
        drop = np.argpartition(-csc.data[s:e], k)[k:]
        mask[s + drop] = False
    csc.data = np.where(mask, csc.data, 0)
    csc.eliminate_zeros()
    return csc.tocsr()


def build_index(progress: bool = True, timings: dict | None = None) -> Corpus:
    """Step 1: vectors of all stories; published ones written to the index tables."""
    timings = {} if timings is None else timings
    t0 = time.perf_counter()
    stories = Article.objects.order_by("id")
    vocab: dict[str, int] = {}
    # Compact arrays, not lists: 30 million Python floats would weigh a gigabyte.
    ids, is_published, indptr = [], [], [0]
    indices, data = array("i"), array("f")
    with _bar(progress, stories.count(), gettext("Tách từ")) as bar:
        rows = stories.values_list("id", "status", "title", "lead", "body")
        for pk, status, title, lead, body in rows.iterator(chunk_size=2000):
            is_published.append(status == Status.PUBLISHED)
            tf = raw_tf(*story_parts(title, lead, body))
            indices.extend([vocab.setdefault(term, len(vocab)) for term in tf])
            data.extend(tf.values())
            ids.append(pk)
            indptr.append(len(indices))
            bar.update()
    names = list(vocab)
    del vocab
    timings["tokenise"] = time.perf_counter() - t0
    tf = sp.csr_matrix(
        (
            np.frombuffer(data, np.float32),
            np.frombuffer(indices, np.int32),
            np.asarray(indptr, np.int64),
        ),
        shape=(len(ids), len(names)),
    )
    del data, indices
    published = np.asarray(is_published, dtype=bool)
    n = int(published.sum())
    df = np.bincount(tf[np.flatnonzero(published)].indices, minlength=tf.shape[1])
    idf = (np.log((n + 1) / (df + 1)) + 1.0) ** IDF_POWER
    idf[df < MIN_DF] = 0.0
    x = tf.multiply(idf[None, :].astype(np.float32)).tocsr()
    del tf
    x.eliminate_zeros()
    x = _prune_rows(x, TOP_K)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    x = sp.csr_matrix(sp.diags(1.0 / norms) @ x, dtype=np.float32)
    term_ids = np.fromiter((term_id(t) for t in names), dtype=np.int64, count=len(names))
    corpus = Corpus(np.asarray(ids, np.int64), x, term_ids, names, published)
    timings["weigh"] = time.perf_counter() - t0 - timings["tokenise"]
    t1 = time.perf_counter()
    _write_index(corpus, df, progress)
    timings["write_index"] = time.perf_counter() - t1
    return corpus


def _write_index(corpus: Corpus, df: np.ndarray, progress: bool) -> None:
    posting_index = next(i for i in RelatedPosting._meta.indexes if i.fields[0] == "term")
    with transaction.atomic():
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:  # a bigger page cache for the bulk load
                cursor.execute("PRAGMA cache_size = -262144")
        # Emptying and loading millions of postings is much faster with the
        # term index dropped first and built once afterwards.
        qn = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX {qn(posting_index.name)}")
        index.truncate(RelatedResult, RelatedPosting, RelatedDoc, RelatedTerm)
        index.bulk_insert(
            RelatedTerm._meta.db_table,
            ["id", "text", "df"],
            itertools.chain(
                [(index.DOC_COUNT_TERM, "", int(corpus.published.sum()))],
                (
                    (int(corpus.term_ids[j]), corpus.names[j][:120], int(df[j]))
                    for j in range(len(corpus.names))
                ),
            ),
        )
        x = corpus.matrix
        now = timezone.now()

        def packed(i: int) -> bytes:
            s, e = x.indptr[i], x.indptr[i + 1]
            return pack(corpus.term_ids[x.indices[s:e]], x.data[s:e])

        index.bulk_insert(
            RelatedDoc._meta.db_table,
            ["article_id", "counted", "indexed_at", "vector"],
            ((int(corpus.ids[i]), True, now, packed(i)) for i in np.flatnonzero(corpus.published)),
        )
        rows = np.flatnonzero(corpus.published)
        with _bar(progress, len(rows), gettext("Ghi chỉ mục")) as bar:
            for start in range(0, len(rows), 5000):
                part = rows[start : start + 5000]
                block = corpus.postings[part].tocoo()
                articles = corpus.ids[part[block.row]].tolist()
                terms = corpus.term_ids[block.col].tolist()
                index.bulk_insert(
                    RelatedPosting._meta.db_table,
                    ["article_id", "term", "weight"],
                    zip(articles, terms, block.data.astype(float).tolist(), strict=True),
                    batch=20000,
                )
                bar.update(len(part))
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # Deferred foreign-key checks of the rows just written must run
                # before PostgreSQL lets the table be indexed in this transaction.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute(
                f"CREATE INDEX {qn(posting_index.name)} ON "
                f"{qn(RelatedPosting._meta.db_table)} ({qn('term')}, {qn('weight')} DESC)"
            )
        _save_state({"phase": "lists", "done": 0, "n": len(corpus.ids)})


def load_index(progress: bool = True) -> Corpus:
    """The index as written by step 1, read back from the tables (for --resume)."""
    article_ids, terms, weights = [], [], []
    rows = RelatedDoc.objects.order_by("article_id").values_list("article_id", "vector")
    for pk, blob in tqdm(rows.iterator(chunk_size=5000), disable=not progress):
        t, w = unpack(bytes(blob))
        article_ids.append(np.full(len(t), pk, np.int64))
        terms.append(t)
        weights.append(w)
    if not article_ids:
        article_ids, terms, weights = [np.zeros(0, np.int64)] * 2 + [np.zeros(0)]
    ids, row = np.unique(np.concatenate(article_ids), return_inverse=True)
    term_ids, col = np.unique(np.concatenate(terms), return_inverse=True)
    text = dict(RelatedTerm.objects.filter(df__gte=MIN_DF).values_list("id", "text"))
    names = [text.get(int(t), "") for t in term_ids]
    x = sp.csr_matrix(
        (np.concatenate(weights).astype(np.float32), (row, col)),
        shape=(len(ids), len(term_ids)),
    )
    x.sort_indices()
    return Corpus(ids, x, term_ids, names)


def _save_state(value: dict) -> None:
    RelatedState.objects.update_or_create(key=STATE_KEY, defaults={"value": value})


def _facts(corpus: Corpus) -> tuple[list[StoryFacts], sp.csr_matrix, dict[int, str]]:
    """Section, time and tag facts of every story, and the tag matrix."""
    facts = [StoryFacts(pk=int(pk)) for pk in corpus.ids]
    rows = Article.objects.values_list("id", "section_id", "section__parent_id", "published_at")
    for pk, section_id, parent_id, published_at in rows.iterator(chunk_size=5000):
        i = corpus.row_of.get(pk)
        if i is not None:
            f = facts[i]
            f.section_id, f.parent_id = section_id, parent_id
            f.published = published_at.timestamp() if published_at else None
    pairs = list(TaggedArticle.objects.values_list("content_object_id", "tag_id", "tag__name"))
    tag_names = {tag: name for _, tag, name in pairs}
    tag_df: dict[int, int] = {}
    by_story: dict[int, list[int]] = {}
    for pk, tag, _ in pairs:
        tag_df[tag] = tag_df.get(tag, 0) + 1
        if pk in corpus.row_of:
            by_story.setdefault(pk, []).append(tag)
    columns = {tag: j for j, tag in enumerate(tag_names)}
    r, c, v = [], [], []
    for pk, tags in by_story.items():
        i = corpus.row_of[pk]
        facts[i].tags = tag_weights(tags, tag_df, int(corpus.published.sum()))
        for tag, w in facts[i].tags.items():
            r.append(i)
            c.append(columns[tag])
            v.append(w)
    tag_matrix = sp.csr_matrix((v, (r, c)), shape=(len(corpus.ids), max(len(columns), 1)))
    return facts, tag_matrix, tag_names


def candidates(corpus: Corpus, tag_matrix: sp.csr_matrix, progress: bool = True):
    """Step 2: (n × N_CANDIDATES) candidate rows and their exact text cosines."""
    x = corpus.matrix
    n = x.shape[0]
    query = _prune_rows(x, QUERY_TERMS)
    postings_t = corpus.postings.T.tocsr()
    # Only published stories are candidates: the others' rows are zeroed.
    only_published = sp.diags(corpus.published.astype(np.float32))
    tags_t = (only_published @ tag_matrix).T.tocsr()
    cand = np.full((n, N_CANDIDATES), -1, dtype=np.int64)
    text = np.zeros((n, N_CANDIDATES), dtype=np.float32)
    with _bar(progress, n, gettext("Ứng viên")) as bar:
        for start in range(0, n, PAIR_CHUNK):
            stop = min(start + PAIR_CHUNK, n)
            approx = (query[start:stop] @ postings_t).tocsr()
            if tag_matrix.nnz:
                approx = (approx + TAG_WEIGHT * (tag_matrix[start:stop] @ tags_t)).tocsr()
            pair_rows, pair_cols = [], []
            for r in range(stop - start):
                s, e = approx.indptr[r], approx.indptr[r + 1]
                cols, vals = approx.indices[s:e], approx.data[s:e]
                keep = cols != start + r
                cols, vals = cols[keep], vals[keep]
                if len(cols) > N_CANDIDATES:
                    top = np.argpartition(-vals, N_CANDIDATES)[:N_CANDIDATES]
                    cols = cols[top]
                cand[start + r, : len(cols)] = cols
                pair_rows.append(np.full(len(cols), start + r))
                pair_cols.append(cols)
            if pair_rows:
                pr, pc = np.concatenate(pair_rows), np.concatenate(pair_cols)
                exact = np.asarray(x[pr].multiply(x[pc]).sum(axis=1)).ravel()
                offsets = np.concatenate([np.arange(len(c)) for c in pair_cols])
                text[pr, offsets] = exact
            bar.update(stop - start)
    return cand, text


def _similarity_lookup(cand: np.ndarray, text: np.ndarray) -> sp.csr_matrix:
    """The sparse cosine matrix of all candidate pairs, with 1 on the diagonal."""
    n = cand.shape[0]
    valid = cand >= 0
    rows = np.repeat(np.arange(n), valid.sum(axis=1))
    sim = sp.csr_matrix((text[valid], (rows, cand[valid])), shape=(n, n))
    sim = (sim + sp.identity(n, dtype=np.float32, format="csr")).tocsr()
    sim.sort_indices()
    return sim


def _lookup(matrix: sp.csr_matrix, i: int, cols: np.ndarray) -> np.ndarray:
    s, e = matrix.indptr[i], matrix.indptr[i + 1]
    idx, vals = matrix.indices[s:e], matrix.data[s:e]
    pos = np.searchsorted(idx, cols)
    pos = np.minimum(pos, max(len(idx) - 1, 0))
    out = np.zeros(len(cols), dtype=np.float64)
    if len(idx):
        hit = idx[pos] == cols
        out[hit] = vals[pos[hit]]
    return out


def write_lists(
    corpus: Corpus,
    cand: np.ndarray,
    text: np.ndarray,
    facts: list[StoryFacts],
    tag_names: dict[int, str],
    start: int = 0,
    batch_size: int = 2000,
    progress: bool = True,
) -> int:
    """Step 3: rank and write every story's list, batch by batch, checkpointed."""
    n = len(corpus.ids)
    sim = _similarity_lookup(cand, text)
    # Near-duplicate pairs, both ways: all that rank() asks of candidate pairs.
    twins: set[tuple[int, int]] = set()
    for i, k in zip(*np.nonzero(text >= DUPLICATE), strict=True):
        twins.add((int(i), int(cand[i, k])))
        twins.add((int(cand[i, k]), int(i)))
    excluded: dict[int, set[int]] = {}
    for s, t in ArticleLink.objects.filter(kind=LinkKind.EXCLUDE).values_list(
        "source_id", "target_id"
    ):
        excluded.setdefault(s, set()).add(t)
    reasons_field = RelatedResult._meta.get_field("reasons")
    written = 0
    with _bar(progress, n, gettext("Danh sách")) as bar:
        bar.update(start)
        for b0 in range(start, n, batch_size):
            b1 = min(b0 + batch_size, n)
            order = np.argsort(-text[b0:b1], axis=1, kind="stable")[:, :PRF_K]
            a_rows, a_cols = [], []
            for r in range(b1 - b0):
                nbrs = cand[b0 + r, order[r]]
                nbrs = nbrs[nbrs >= 0]
                a_rows.extend([r] * len(nbrs))
                a_cols.extend(nbrs.tolist())
            weights = np.ones(len(a_rows)) / PRF_K
            counts = np.bincount(a_rows, minlength=b1 - b0) if a_rows else np.zeros(b1 - b0)
            weights = 1.0 / np.maximum(counts[a_rows], 1) if a_rows else weights
            feedback = sp.csr_matrix((weights, (a_rows, a_cols)), shape=(b1 - b0, n)) @ sim
            feedback = feedback.tocsr()
            feedback.sort_indices()
            picked: list[tuple[int, Scored]] = []
            for r in range(b1 - b0):
                i = b0 + r
                row = cand[i][cand[i] >= 0]
                if not len(row):
                    continue
                prf = _lookup(feedback, r, row)
                src = facts[i]
                ranked = rank(
                    src,
                    [facts[j] for j in row],
                    text[i, : len(row)].astype(np.float64),
                    prf,
                    _similar(twins, row),
                    excluded.get(src.pk, set()),
                )
                picked.extend((i, s) for s in ranked)
            out = [
                (facts[i].pk, s.pk, s.score, reasons_field.get_db_prep_save(why, connection))
                for (i, s), why in zip(
                    picked, _batch_reasons(corpus, picked, facts, tag_names), strict=True
                )
            ]
            with transaction.atomic():
                RelatedResult.objects.filter(source_id__in=corpus.ids[b0:b1].tolist()).delete()
                written += index.bulk_insert(
                    RelatedResult._meta.db_table,
                    ["source_id", "target_id", "score", "reasons"],
                    out,
                )
                _save_state({"phase": "lists", "done": b1, "n": n})
            bar.update(b1 - b0)
    return written


def _similar(twins: set[tuple[int, int]], row: np.ndarray) -> Callable[[int, int], float]:
    def similar(a: int, b: int) -> float:
        return 1.0 if (int(row[a]), int(row[b])) in twins else 0.0

    return similar


def _batch_reasons(corpus: Corpus, picked: list[tuple[int, Scored]], facts, tag_names):
    """Reasons of many pairs at once: one sparse product gives every pair's
    shared terms with their contributions to the cosine."""
    if not picked:
        return []
    x = corpus.matrix
    rows = np.array([i for i, _ in picked])
    cols = np.array([corpus.row_of[s.pk] for _, s in picked])
    shared = x[rows].multiply(x[cols]).tocsr()
    out = []
    for p, (i, s) in enumerate(picked):
        a, b = shared.indptr[p], shared.indptr[p + 1]
        terms, contribution = shared.indices[a:b], shared.data[a:b]
        top = terms[np.argsort(-contribution)[:5]]
        words = [display_term(corpus.names[c]) for c in top if corpus.names[c]]
        fa, fb = facts[i], facts[cols[p]]
        tags = sorted(fa.tags.keys() & fb.tags.keys(), key=lambda t: -fa.tags[t]) if fa.tags else []
        out.append(reasons(s, [tag_names[t] for t in tags], words, int(b - a)))
    return out


def rebuild(batch_size: int = 2000, resume: bool = False, progress: bool = True) -> dict:
    """Rebuild the whole index and every list; returns timings and counts."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    state = RelatedState.objects.filter(key=STATE_KEY).values_list("value", flat=True).first()
    start = 0
    if resume and state and state.get("phase") == "lists":
        corpus = load_index(progress)
        start = min(int(state.get("done", 0)), len(corpus.ids))
        timings["load_index"] = time.perf_counter() - t0
    else:
        corpus = build_index(progress, timings)
        timings["index"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    facts, tag_matrix, tag_names = _facts(corpus)
    cand, text = candidates(corpus, tag_matrix, progress)
    timings["candidates"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    written = write_lists(corpus, cand, text, facts, tag_names, start, batch_size, progress)
    timings["lists"] = time.perf_counter() - t2
    t3 = time.perf_counter()
    others = []
    if start:  # a resumed rebuild read only the index: drafts have no vectors there
        others = list(Article.objects.exclude(status=Status.PUBLISHED).values_list("id", flat=True))
        for pk in others:
            service.update(pk)
    timings["unpublished"] = time.perf_counter() - t3
    _save_state({"phase": "done", "done": len(corpus.ids), "n": len(corpus.ids)})
    analyze()
    # The lists were written in bulk, without the signals that refresh cached
    # story pages: their "Có thể bạn quan tâm" blocks must be rendered again.
    bump_generation()
    return {
        "stories": len(corpus.ids),
        "unpublished_lists": len(others),
        "terms": len(corpus.names),
        "vector_terms": int(corpus.matrix.nnz),
        "postings": int(corpus.postings.nnz),
        "results_written": written,
        "seconds": {k: round(v, 2) for k, v in timings.items()},
        "resumed_from": start,
    }


def analyze() -> None:
    """Refresh the planner's statistics after a bulk load. Without them SQLite
    drives the page query from the (huge, unselective) live-article index
    instead of the story's dozen rows: 40 ms instead of 2 ms at 100,000."""
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in (Article, RelatedResult, RelatedPosting, RelatedDoc):
            cursor.execute(f"ANALYZE {qn(model._meta.db_table)}")


def state() -> dict:
    value = RelatedState.objects.filter(key=STATE_KEY).values_list("value", flat=True).first()
    return json.loads(json.dumps(value or {}))
