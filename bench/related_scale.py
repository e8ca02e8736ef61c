"""Scale benchmark of the related-article engine (prints figures; asserts nothing).

    .venv/bin/python bench/related_scale.py [--n 100000] [--db /tmp/related_scale.sqlite3]
                                            [--updates 200] [--keep]

On a throwaway SQLite file (never the project's database): generates N
stories (manage.py generate_articles), runs the full rebuild in a child
process (wall time and peak RSS of that process), then times incremental
updates of random stories through the task (median, p95), and counts the
queries of the related block on an article page (after flushing the rebuild's
writes to disk and 10 untimed updates). Targets (issue 3): rebuild
<= 10 min on 2 cores, update p95 <= 300 ms, peak RSS <= 2 GB, one query.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(db: str, *args: str) -> float:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "DJANGO_LOG_LEVEL": "ERROR"}
    t = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=env, check=True)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db", default="/tmp/related_scale.sqlite3")
    ap.add_argument("--updates", type=int, default=200)
    ap.add_argument("--keep", action="store_true", help="reuse the generated database")
    args = ap.parse_args()
    if not args.db.startswith("/tmp/"):
        sys.exit("Use a throwaway file under /tmp.")
    figures: dict = {"stories": args.n}
    if not (args.keep and Path(args.db).exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
        manage(args.db, "migrate", "--noinput", "-v0")
        figures["generate_seconds"] = round(manage(args.db, "generate_articles", str(args.n)), 1)
    figures["rebuild_seconds"] = round(manage(args.db, "rebuild_related"), 1)
    figures["rebuild_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
    )

    os.environ["DATABASE_URL"] = f"sqlite:///{args.db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    sys.path.insert(0, str(ROOT))
    import logging

    import django

    django.setup()
    logging.disable(logging.INFO)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.blocks import automatic_related
    from articles.models import Article, RelatedResult
    from articles.querysets import Status
    from articles.related.tasks import update_related

    ids = list(Article.objects.filter(status=Status.PUBLISHED).values_list("id", flat=True))
    rng = random.Random(1)
    # The rebuild leaves about a gigabyte of the database file waiting to be
    # written; the first fsync of an update's checkpoint would wait for all of
    # it (seen: p95 1,051 ms cold, 223 ms once written). That is the rebuild's
    # cost: flush it, and warm the engine's code paths on stories not timed.
    os.sync()
    for pk in rng.sample(ids, 10):
        update_related.enqueue(pk)
    timings = []
    for pk in rng.sample(ids, min(args.updates, len(ids))):
        t = time.perf_counter()
        update_related.enqueue(pk)
        timings.append((time.perf_counter() - t) * 1000)
    timings.sort()
    figures["update_ms"] = {
        "n": len(timings),
        "median": round(timings[len(timings) // 2], 1),
        "p95": round(timings[int(len(timings) * 0.95) - 1], 1),
        "max": round(timings[-1], 1),
    }
    # A save through the ORM: signal, on-commit enqueue, immediate task.
    saves = []
    try:
        for pk in rng.sample(ids, 20):
            article = Article.objects.get(pk=pk)
            t = time.perf_counter()
            article.save()
            saves.append((time.perf_counter() - t) * 1000)
        saves.sort()
        figures["save_with_update_ms_median"] = round(saves[len(saves) // 2], 1)
    except Exception as exc:  # a schema newer than the kept database: say so, go on
        figures["save_with_update_ms_median"] = f"not measured: {exc}"

    story = Article.objects.get(pk=rng.choice(ids))
    with CaptureQueriesContext(connection) as ctx:
        t = time.perf_counter()
        shown = automatic_related(story, {story.pk}, 6)
        read_ms = (time.perf_counter() - t) * 1000
    figures["related_block_queries"] = len(ctx.captured_queries)
    figures["related_block_ms"] = round(read_ms, 2)
    figures["related_block_size"] = len(shown)
    figures["stored_suggestions"] = RelatedResult.objects.count()
    figures["db_file_mb"] = round(Path(args.db).stat().st_size / 2**20, 1)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
