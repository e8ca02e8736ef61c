"""Lossless export and import of the newsroom's content as JSON Lines.

The format is documented in docs/export-format.md. Its promise: export,
import into an empty database, export again, and the two files (and their
photo folders) are byte-identical. That rules out database ids (records point
at each other by natural keys: slugs, usernames, image keys), unordered
output (records are sorted, keys sorted) and any timestamp of the export.

Fields are serialised generically from each model's concrete fields, so a
field added to Article later is carried without touching this module; only
foreign keys need a natural key, registered in ``_natural_keys``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.db import connection, models, transaction
from django.utils.translation import gettext, gettext_lazy

from ..models import (
    Article,
    ArticleAuthor,
    ArticleLink,
    Author,
    Block,
    BlockItem,
    Image,
    Section,
    Tag,
)
from ..text import nfc

FORMAT = "newsroom-articles"
VERSION = 1
USER_FIELDS = ("username", "first_name", "last_name", "email")
LABELS = {
    "user": gettext_lazy("tài khoản"),
    "section": gettext_lazy("chuyên mục"),
    "author": gettext_lazy("tác giả"),
    "tag": gettext_lazy("thẻ"),
    "image": gettext_lazy("ảnh"),
    "article": gettext_lazy("bài viết"),
    "article_author": gettext_lazy("tác giả của bài"),
    "article_tag": gettext_lazy("thẻ của bài"),
    "article_link": gettext_lazy("liên kết biên tập"),
    "block": gettext_lazy("khối biên tập"),
    "block_item": gettext_lazy("bài trong khối"),
}


def describe_counts(counts: dict[str, int]) -> str:
    """ "2 bài viết, 6 ảnh, …" in file order, leaving out empty types."""
    order = list(LABELS)
    items = sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    parts = [f"{n} {LABELS.get(kind, kind)}" for kind, n in items if n]
    return ", ".join(parts) or gettext("không có gì")


class ArchiveError(Exception):
    """The file cannot be imported; ``str(exc)`` is for the user."""


def tagged_model() -> type[models.Model]:
    return Article.tags.through


def image_key(image: Image) -> str:
    """An image's natural key: its import key, else its file's name in storage."""
    return image.source_key or f"file:{image.file.name}"


@dataclass(frozen=True)
class Kind:
    """One record type: its model, and how rows are keyed and ordered."""

    type: str
    model: type[models.Model]
    key_field: str = ""  # natural key; "" for link rows identified by their fields


def kinds() -> list[Kind]:
    """Record types in file order: everything a record points at comes before it."""
    return [
        Kind("section", Section, "slug"),
        Kind("author", Author, "slug"),
        Kind("tag", Tag, "slug"),
        Kind("image", Image, "key"),
        Kind("article", Article, "slug"),
        Kind("article_author", ArticleAuthor),
        Kind("article_tag", tagged_model()),
        Kind("article_link", ArticleLink),
        Kind("block", Block, "key"),
        Kind("block_item", BlockItem),
    ]


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def data_fields(model: type[models.Model]) -> list[models.Field]:
    return [f for f in model._meta.concrete_fields if not f.primary_key]


def files_folder(path: Path) -> Path:
    """Where the photo files of an export live: ``OUT.files/`` next to ``OUT``."""
    return path.with_name(path.name + ".files")


@dataclass
class Stats:
    counts: dict[str, int] = field(default_factory=dict)
    files: int = 0
    warnings: list[str] = field(default_factory=list)


# -- export -------------------------------------------------------------------


CHUNK = 500


class _Exporter:
    """Turns rows into records; holds every natural key (small) but never every row."""

    def __init__(self):
        user = get_user_model()
        images = Image.objects.values_list("pk", "source_key", "file")
        self.keys: dict[type[models.Model], dict] = {
            user: dict(user._default_manager.values_list("pk", user.USERNAME_FIELD)),
            Section: dict(Section.objects.values_list("pk", "slug")),
            Author: dict(Author.objects.values_list("pk", "slug")),
            Tag: dict(Tag.objects.values_list("pk", "slug")),
            Image: {pk: source_key or f"file:{name}" for pk, source_key, name in images},
            Article: dict(Article.objects.values_list("pk", "slug")),
            Block: dict(Block.objects.values_list("pk", "key")),
        }

    def value(self, f: models.Field, obj: models.Model):
        raw = getattr(obj, f.attname)
        if f.is_relation:
            if raw is None:
                return None
            mapping = self.keys.get(f.related_model)
            return mapping.get(raw, raw) if mapping is not None else raw
        if isinstance(f, models.FileField):
            return getattr(obj, f.name).name or ""
        if isinstance(raw, datetime):
            return raw.astimezone(UTC).isoformat()
        if isinstance(raw, date | time):
            return raw.isoformat()
        if isinstance(raw, Decimal | UUID):
            return str(raw)
        if isinstance(raw, str):
            return nfc(raw)
        return raw

    def record(self, kind: Kind, obj: models.Model) -> dict:
        record = {f.name: self.value(f, obj) for f in data_fields(kind.model)}
        record["type"] = kind.type
        if kind.model is Image:
            record["key"] = image_key(obj)
        return record

    def order(self, kind: Kind) -> list:
        """The primary keys of a keyed type in file order (sorted in Python: database
        collations disagree on punctuation, and the order must not depend on them)."""
        keys = self.keys[kind.model]
        if kind.model is Section:
            parents = dict(Section.objects.values_list("pk", "parent_id"))
            return sorted(keys, key=lambda pk: (_depth(pk, parents), str(keys[pk])))
        return sorted(keys, key=lambda pk: str(keys[pk]))

    def users(self) -> list[dict]:
        """Accounts some exported row points at, as names only."""
        user = get_user_model()
        ids: set = set()
        for kind in kinds():
            for f in data_fields(kind.model):
                if f.is_relation and f.related_model is user:
                    ids.update(kind.model._default_manager.values_list(f.attname, flat=True))
        rows = user._default_manager.filter(pk__in=ids - {None})
        found = [
            {"type": "user", **{name: nfc(getattr(u, name, "") or "") for name in USER_FIELDS}}
            for u in rows
        ]
        return sorted(found, key=dumps)


def _depth(pk, parents: dict) -> int:
    depth, parent = 0, parents.get(pk)
    while parent is not None and depth < 10:
        depth, parent = depth + 1, parents.get(parent)
    return depth


def _records(exporter: _Exporter, kind: Kind, stats: Stats, folder: Path):
    """The lines of one type, in file order, reading rows CHUNK at a time."""
    if not kind.key_field:  # link rows are small: sort their lines whole
        yield from sorted(
            dumps(exporter.record(kind, obj)) for obj in kind.model._default_manager.iterator()
        )
        return
    order = exporter.order(kind)
    for start in range(0, len(order), CHUNK):
        chunk = order[start : start + CHUNK]
        rows = kind.model._default_manager.in_bulk(chunk)
        for pk in chunk:
            record = exporter.record(kind, rows[pk])
            if kind.model is Image:
                record["sha256"] = _copy_out(record["file"], folder, stats)
            yield dumps(record)


def export_jsonl(path: Path) -> Stats:
    """Write every section, author, tag, image, article and curation list to ``path``,
    and the image files under ``OUT.files/``.

    Rows are read in one transaction (a snapshot on PostgreSQL), so an editor
    saving meanwhile cannot make the file point at rows it lacks; the file is
    written under a temporary name and renamed at the end, so a failed export
    never leaves half a file under the real name. Inside a caller's
    transaction (a test, a wider job) the caller's isolation level stands:
    PostgreSQL accepts SET TRANSACTION only before a transaction's first query."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:  # one snapshot for the reads
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        return _export(path)


def _export(path: Path) -> Stats:
    stats, exporter = Stats(), _Exporter()
    folder = files_folder(path)
    users = exporter.users()
    stats.counts = {"user": len(users)}
    for kind in kinds():
        stats.counts[kind.type] = kind.model._default_manager.count()
    meta = {
        "type": "meta",
        "format": FORMAT,
        "version": VERSION,
        "media_url": settings.MEDIA_URL,
        "counts": dict(sorted(stats.counts.items())),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    try:
        with partial.open("w", encoding="utf-8", newline="\n") as out:
            out.write(dumps(meta) + "\n")
            for user in users:
                out.write(dumps(user) + "\n")
            for kind in kinds():
                for line in _records(exporter, kind, stats, folder):
                    out.write(line + "\n")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return stats


def _copy_out(name: str, folder: Path, stats: Stats) -> str | None:
    """Copy one stored file into the export folder; its sha256, or None if missing."""
    if not name:
        return None
    try:
        with default_storage.open(name, "rb") as stored:
            data = stored.read()
    except OSError:
        stats.warnings.append(
            gettext("Thiếu tệp ảnh %(name)s trong kho: bản ghi vẫn được xuất.") % {"name": name}
        )
        return None
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    stats.files += 1
    return hashlib.sha256(data).hexdigest()
