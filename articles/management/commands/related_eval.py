"""``manage.py related_eval --corpus FILE.jsonl.gz [--queries 500] [--seed 1]``

Loads a labelled corpus (JSON lines: id, category, text, optional title,
tags, published_at) into a throwaway database (Django's test database:
in-memory SQLite unless ``--db-file`` or PostgreSQL), builds the index with
the production rebuild, and prints precision@5 of the engine and of the
baselines measured in the same run, with build time, per-story update time
and peak memory, as JSON. The project's own database is never touched.
"""

from __future__ import annotations

import json

from django.db import connection
from django.utils.translation import gettext_lazy

from . import TranslatedCommand


class Command(TranslatedCommand):
    help = gettext_lazy("Đo chất lượng gợi ý bài liên quan (precision@5) trên một kho bài có nhãn.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("--corpus", required=True)
        parser.add_argument("--queries", type=int, default=500)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--db-file", default="", help="SQLite file for the throwaway DB.")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, corpus, queries, seed, db_file, no_progress, **options) -> None:
        from articles.related.evaluation import evaluate

        test_settings = connection.settings_dict.setdefault("TEST", {})
        if db_file:
            test_settings["NAME"] = db_file
        # Migrations, not bare model tables: the search index is a raw-SQL
        # table (FTS5 / tsvector) that only a migration creates.
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            result = evaluate(corpus, queries, seed, progress=not no_progress)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
