"""Offline experiments that chose the related-article method (not a test).

Loads a labelled JSONL corpus (VNTC train), builds several document vectors
with numpy/scipy and prints precision@5 for each on a fixed query sample:

    .venv/bin/python bench/related_experiment.py /work/shared/corpus/vntc/train.jsonl.gz

``--stopwords-out FILE`` writes the stopword list derived from document
frequencies (syllables found in more than ``--stop-df`` of the documents).
``--segmenter pyvi`` adds a word-segmented variant (pip install pyvi first,
in a scratch environment; it is not a project dependency).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.related.terms import phrases, term_counts  # noqa: E402


def load(path: str) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def matrix(counters: list[Counter], vocab: dict[str, int]) -> sp.csr_matrix:
    indptr, indices, data = [0], [], []
    for c in counters:
        for term, n in c.items():
            j = vocab.setdefault(term, len(vocab))
            indices.append(j)
            data.append(n)
        indptr.append(len(indices))
    return indptr, indices, data


def build(heads, bodies):
    vocab: dict[str, int] = {}
    h = matrix(heads, vocab)
    b = matrix(bodies, vocab)
    shape = (len(heads), len(vocab))
    H = sp.csr_matrix((np.array(h[2], np.float32), h[1], h[0]), shape=shape)
    B = sp.csr_matrix((np.array(b[2], np.float32), b[1], b[0]), shape=shape)
    return H, B, vocab


def weigh(
    H,
    B,
    head_boost=3.0,
    sublinear=True,
    idf_kind="smooth",
    top_k=0,
    min_df=2,
    idf_pow=1.0,
    sel_pow=None,
):
    tf = (H * head_boost + B).tocsr()
    if sublinear:
        tf.data = 1 + np.log(tf.data)
    n = tf.shape[0]
    df = np.bincount(tf.indices, minlength=tf.shape[1])
    smooth = np.log((n + 1) / (df + 1)) + 1
    idf = smooth if idf_kind == "smooth" else np.log(n / np.maximum(df, 1))
    idf[df < min_df] = 0  # a term of one story links it to nothing
    X = tf.multiply((idf**idf_pow)[None, :]).tocsr().astype(np.float32)
    X.eliminate_zeros()
    if top_k:
        if sel_pow is not None:
            sel = tf.multiply((idf**sel_pow)[None, :]).tocsr().astype(np.float32)
            sel.eliminate_zeros()
            X = prune_by(X, sel, top_k)
        else:
            X = prune(X, top_k)
    return l2(X)


def prune_by(X, sel, k):
    """Keep in X the k terms of each row that rank highest in sel (same sparsity)."""
    return prune(sel, k).astype(bool).multiply(X).tocsr()


def prune(X, k):
    indptr, indices, data = [0], [], []
    for i in range(X.shape[0]):
        s, e = X.indptr[i], X.indptr[i + 1]
        d = X.data[s:e]
        if len(d) > k:
            keep = np.argpartition(-d, k)[:k]
            indices.extend(X.indices[s:e][keep])
            data.extend(d[keep])
        else:
            indices.extend(X.indices[s:e])
            data.extend(d)
        indptr.append(len(indices))
    return sp.csr_matrix((np.array(data, np.float32), indices, indptr), shape=X.shape)


def l2(X):
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sp.diags(1 / norms) @ X


def p_at_5(X, cats, queries, prf=0.0, prf_k=5, cand=100, snn=0.0):
    hits = 0
    S = (X[queries] @ X.T).toarray()
    S[np.arange(len(queries)), queries] = -1
    for qi, q in enumerate(queries):
        row = S[qi]
        top = np.argpartition(-row, cand)[:cand]
        top = top[np.argsort(-row[top])]
        if prf:
            centroid = np.asarray(X[top[:prf_k]].mean(axis=0)).ravel()
            qv = X[q].toarray().ravel() + prf * centroid
            scores = X[top] @ qv
            top = top[np.argsort(-scores)]
        hits += sum(cats[j] == cats[q] for j in top[:5])
    return hits / (5 * len(queries))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stop-df", type=float, default=0.0)
    ap.add_argument("--stopwords-out")
    ap.add_argument("--segmenter", default="")
    ap.add_argument("--only", default="")
    ap.add_argument("--cache", default="")
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--prf", action="append", default=[])
    args = ap.parse_args()
    rows = load(args.corpus)
    cats = [r["category"] for r in rows]
    rng = np.random.default_rng(args.seed)
    queries = rng.choice(len(rows), size=min(args.queries, len(rows)), replace=False)
    splits = [r["text"].split("\n", 1) for r in rows]
    heads = [s[0] for s in splits]
    bodies = [s[1] if len(s) > 1 else "" for s in splits]

    if args.stop_df:
        df = Counter()
        for t in rows:
            df.update({tok for ph in phrases(t["text"]) for tok in ph})
        stop = sorted(w for w, n in df.items() if n > args.stop_df * len(rows))
        print(f"{len(stop)} stopwords at df>{args.stop_df}", file=sys.stderr)
        if args.stopwords_out:
            Path(args.stopwords_out).write_text(
                f"# Syllables in more than {args.stop_df:.0%} of news stories"
                " (derived from document frequencies).\n" + "\n".join(stop) + "\n",
                encoding="utf-8",
            )
        stop = frozenset(stop)
    else:
        stop = frozenset()

    t0 = time.perf_counter()
    cache_file = Path(args.cache) if args.cache else None
    if cache_file and cache_file.exists():
        uni_h, uni_b, bi_h, bi_b = pickle.loads(cache_file.read_bytes())
    else:
        uni_h = [term_counts(x, bigrams=False, stop=frozenset()) for x in heads]
        uni_b = [term_counts(x, bigrams=False, stop=frozenset()) for x in bodies]
        bi_h = [term_counts(x, bigrams=True, stop=stop) for x in heads]
        bi_b = [term_counts(x, bigrams=True, stop=stop) for x in bodies]
        if cache_file:
            cache_file.write_bytes(pickle.dumps((uni_h, uni_b, bi_h, bi_b)))
    print(f"tokenised in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    U = build(uni_h, uni_b)
    Bg = build(bi_h, bi_b)
    exps = {
        "tfidf-syllables": lambda: weigh(*U[:2], head_boost=1, sublinear=False),
        "tfidf-uni+bi": lambda: weigh(*Bg[:2], head_boost=1, sublinear=False),
    }
    for spec in args.variant:
        opts = dict(kv.split("=") for kv in spec.split(","))
        kwargs = {
            "head_boost": float(opts.get("head", 2)),
            "top_k": int(opts.get("k", 0)),
            "min_df": int(opts.get("mindf", 2)),
            "idf_pow": float(opts.get("pow", 1)),
            "sel_pow": float(opts["sel"]) if "sel" in opts else None,
        }
        exps[spec] = lambda kw=kwargs: weigh(*Bg[:2], **kw)
    if args.segmenter == "pyvi":
        from pyvi import ViTokenizer

        t0 = time.perf_counter()
        seg_h = [ViTokenizer.tokenize(x) for x in heads]
        seg_b = [ViTokenizer.tokenize(x) for x in bodies]
        print(f"pyvi in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        W = build(
            [Counter(t for ph in phrases(x) for t in ph) for x in seg_h],
            [Counter(t for ph in phrases(x) for t in ph) for x in seg_b],
        )
        exps["tfidf-pyvi"] = lambda: weigh(*W[:2], head_boost=1, sublinear=False)
        for spec in args.variant:
            opts = dict(kv.split("=") for kv in spec.split(","))
            kwargs = {
                "head_boost": float(opts.get("head", 2)),
                "top_k": int(opts.get("k", 0)),
                "min_df": int(opts.get("mindf", 2)),
                "idf_pow": float(opts.get("pow", 1)),
            }
            exps[f"pyvi:{spec}"] = lambda kw=kwargs: weigh(*W[:2], **kw)
    for name, make in exps.items():
        if args.only and not any(part in name for part in args.only.split("|")):
            continue
        X = make()
        print(json.dumps({name: round(p_at_5(X, cats, queries), 4)}), flush=True)
        for prf in args.prf:
            w, k = prf.split("x")
            r = p_at_5(X, cats, queries, prf=float(w), prf_k=int(k))
            print(json.dumps({f"{name}+prf{prf}": round(r, 4)}), flush=True)


if __name__ == "__main__":
    main()
