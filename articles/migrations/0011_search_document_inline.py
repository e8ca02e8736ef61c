"""PostgreSQL: keep each story's search document in its row, not in TOAST.

A search walks the live stories newest first and tests each one's tsvector
until it has enough matches (``PostgresBackend.ranked``). A tsvector of about
1.4 kB was moved out of line by PostgreSQL's default (EXTENDED) storage, so
every story tested cost a TOAST index lookup and a chunk read besides its
row: four buffers instead of one. At 100,000 stories a query matching one
story in six ("công đoàn") read 13,000 buffers in 26 ms; kept in the row
(MAIN: compressed in place, moved out only as a last resort, after the body)
it reads 3,400 in 9 ms.

The storage applies to values written from now on, so the documents already
there are written again. On a large archive that UPDATE touches every row
once; autovacuum reclaims the old versions.
"""

from django.db import migrations


def keep_inline(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "ALTER TABLE articles_article ALTER COLUMN search_document SET STORAGE MAIN"
    )
    # Concatenating makes a new value, which is stored by the new rule (an
    # unchanged value would keep its TOAST pointer).
    schema_editor.execute(
        "UPDATE articles_article SET search_document = search_document || ''::tsvector "
        "WHERE search_document IS NOT NULL"
    )


def default_storage(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE articles_article ALTER COLUMN search_document SET STORAGE EXTENDED"
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_vietnamese_engine_names")]

    operations = [migrations.RunPython(keep_inline, default_storage, elidable=False)]
