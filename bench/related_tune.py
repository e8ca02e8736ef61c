"""Tuning loop for the engine's constants on a labelled corpus (prints figures).

    .venv/bin/python bench/related_tune.py CORPUS.jsonl.gz "N_CANDIDATES=100" "PRF_K=20" ...

Loads the corpus once into /tmp/related_tune.sqlite3 (production code paths,
as related_eval does), then for each variant patches the named constants of
articles.related (scoring, vectors, rebuild), rebuilds, and prints
precision@5 on the same query sample as related_eval. Use the training file:
the test file is for reporting only.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB = "/tmp/related_tune.sqlite3"


def main() -> None:
    corpus_path, variants = sys.argv[1], sys.argv[2:] or [""]
    os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    sys.path.insert(0, str(ROOT))
    import logging

    import django

    django.setup()
    logging.disable(logging.CRITICAL)
    import numpy as np
    from django.core.management import call_command

    from articles.models import Article, RelatedResult
    from articles.related import evaluation, rebuild, scoring, vectors

    call_command("migrate", verbosity=0)
    docs = evaluation.load_corpus(corpus_path)
    if not Article.objects.exists():
        evaluation.load_stories(docs, progress=False)
    category = {
        pk: docs[i]["category"]
        for i, pk in enumerate(Article.objects.order_by("id").values_list("id", flat=True))
    }
    ids = list(category)
    rng = np.random.default_rng(1)
    queries = [ids[i] for i in rng.choice(len(ids), size=min(2000, len(ids)), replace=False)]
    defaults = {
        name: getattr(module, name)
        for module in (scoring, vectors)
        for name in dir(module)
        if name.isupper()
    }
    for spec in variants:
        changes = dict(kv.split("=") for kv in spec.split(",") if kv)
        for name, value in defaults.items():
            new = type(value)(changes[name]) if name in changes else value
            for module in (scoring, vectors, rebuild):
                if hasattr(module, name):
                    setattr(module, name, new)
        t = time.perf_counter()
        rebuild.rebuild(progress=False)
        seconds = time.perf_counter() - t
        hits = 0
        for q in queries:
            top = (
                RelatedResult.objects.filter(source_id=q)
                .order_by("-score", "id")
                .values_list("target_id", flat=True)[:5]
            )
            hits += sum(category[t] == category[q] for t in top)
        print(f"{spec or 'defaults'}: p@5={hits / (5 * len(queries)):.4f} ({seconds:.0f}s)")


if __name__ == "__main__":
    main()
