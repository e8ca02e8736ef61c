"""The reader search index (articles/search.py), one per database vendor.

SQLite: ``articles_search_doc`` holds each story's folded title, lead and
body (id = article id); ``articles_search`` is an external-content FTS5 table
over it, kept in step by three triggers.

PostgreSQL: a ``search_document`` tsvector column on ``articles_article``
(not a model field: only the search backend reads or writes it) under a GIN
index.

Existing stories are indexed at the end, so search works right after migrate.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE TABLE articles_search_doc (
        id integer NOT NULL PRIMARY KEY,
        title text NOT NULL DEFAULT '',
        lead text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT ''
    )""",
    """CREATE VIRTUAL TABLE articles_search USING fts5(
        title, lead, body,
        content='articles_search_doc', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0'
    )""",
    """CREATE TRIGGER articles_search_doc_ai AFTER INSERT ON articles_search_doc BEGIN
        INSERT INTO articles_search (rowid, title, lead, body)
        VALUES (new.id, new.title, new.lead, new.body);
    END""",
    """CREATE TRIGGER articles_search_doc_ad AFTER DELETE ON articles_search_doc BEGIN
        INSERT INTO articles_search (articles_search, rowid, title, lead, body)
        VALUES ('delete', old.id, old.title, old.lead, old.body);
    END""",
    """CREATE TRIGGER articles_search_doc_au AFTER UPDATE ON articles_search_doc BEGIN
        INSERT INTO articles_search (articles_search, rowid, title, lead, body)
        VALUES ('delete', old.id, old.title, old.lead, old.body);
        INSERT INTO articles_search (rowid, title, lead, body)
        VALUES (new.id, new.title, new.lead, new.body);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS articles_search_doc_au",
    "DROP TRIGGER IF EXISTS articles_search_doc_ad",
    "DROP TRIGGER IF EXISTS articles_search_doc_ai",
    "DROP TABLE IF EXISTS articles_search",
    "DROP TABLE IF EXISTS articles_search_doc",
]

POSTGRESQL_FORWARD = [
    "ALTER TABLE articles_article ADD COLUMN search_document tsvector",
    "CREATE INDEX article_search_gin ON articles_article USING gin (search_document)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS article_search_gin",
    "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_document",
]

FORWARD = {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}
BACKWARD = {"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}


def create_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor not in FORWARD:
        return  # search supports SQLite and PostgreSQL only
    for statement in FORWARD[vendor]:
        schema_editor.execute(statement)

    from articles.search import rebuild_index

    Article = apps.get_model("articles", "Article")
    rebuild_index(using=schema_editor.connection.alias, articles=Article.objects.all())


def drop_index(apps, schema_editor):
    for statement in BACKWARD.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
    ]
