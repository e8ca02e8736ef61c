"""Benchmark helpers that run inside Django (in a child process of bench/run.py).

    python bench/dataset.py extras            # bylines, covers, curated blocks, links
    python bench/dataset.py urls              # JSON: the URLs to load
    python bench/dataset.py queries URL...    # JSON: SQL queries per page, uncached and cached

``manage.py generate_articles`` writes stories, sections and tags only (with
bulk_create: fast, no signals). A real story page also shows bylines, a cover
photo, editors' top headlines and pins, and the "Nên xem" block, each with
its own query; the extras add them so the page we measure is the page
readers get.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Case, F, Value, When  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from PIL import Image as PILImage  # noqa: E402

from articles.models import (  # noqa: E402
    Article,
    ArticleAuthor,
    ArticleLink,
    Author,
    Block,
    BlockItem,
    Image,
    LinkKind,
    Section,
)

N_AUTHORS = 40
N_PHOTOS = 24


def extras() -> None:
    with transaction.atomic():
        authors = [
            Author.objects.get_or_create(
                slug=f"phong-vien-{i}", defaults={"name": f"Phóng viên {i}"}
            )[0]
            for i in range(N_AUTHORS)
        ]
        ids = list(Article.objects.values_list("pk", flat=True))
        ArticleAuthor.objects.all().delete()
        ArticleAuthor.objects.bulk_create(
            [
                ArticleAuthor(article_id=pk, author_id=authors[pk % N_AUTHORS].pk, position=0)
                for pk in ids
            ]
            + [
                ArticleAuthor(
                    article_id=pk, author_id=authors[(pk * 7 + 3) % N_AUTHORS].pk, position=1
                )
                for pk in ids
                if pk % 3 == 0 and (pk * 7 + 3) % N_AUTHORS != pk % N_AUTHORS
            ],
            batch_size=5000,
        )
        photos = []
        for i in range(N_PHOTOS):
            buffer = io.BytesIO()
            PILImage.new("RGB", (960, 600), (20 + 9 * i, 90, 160 - 5 * i)).save(
                buffer, "JPEG", quality=80
            )
            photo = Image(alt_text=f"Ảnh minh họa {i}", caption=f"Chú thích ảnh {i}")
            photo.file.save(f"bench-{i}.jpg", ContentFile(buffer.getvalue()), save=False)
            photo.width, photo.height = 960, 600
            photo.save()
            photos.append(photo)
        # Two stories in three get a cover, in one UPDATE: it writes the new
        # rows in the table's order, which one UPDATE per photo scattered.
        Article.objects.alias(m=F("id") % (N_PHOTOS * 3 // 2)).filter(m__lt=N_PHOTOS).update(
            cover_id=Case(*(When(m=i, then=Value(photo.pk)) for i, photo in enumerate(photos)))
        )
        live = list(Article.objects.live().order_by("-published_at").values_list("pk", flat=True))
        for key, name, size, picks in (
            (Block.FRONT_PAGE, "Trang chủ", 5, live[:5]),
            (Block.MUST_SEE, "Nên xem", 6, live[40:46]),
        ):
            block, _ = Block.objects.update_or_create(
                key=key, defaults={"name": name, "size": size}
            )
            block.items.all().delete()
            BlockItem.objects.bulk_create(
                [BlockItem(block=block, article_id=pk, position=n) for n, pk in enumerate(picks)]
            )
        target = bench_article()
        ArticleLink.objects.filter(source=target).delete()
        ArticleLink.objects.bulk_create(
            [
                ArticleLink(source=target, target_id=pk, kind=LinkKind.TOP, position=n)
                for n, pk in enumerate(live[100:103])
            ]
            + [
                ArticleLink(source=target, target_id=pk, kind=LinkKind.PIN, position=n)
                for n, pk in enumerate(live[200:202])
            ]
        )
    print(f"extras: {len(ids)} stories, {N_AUTHORS} authors, {N_PHOTOS} photos")


def bench_article() -> Article:
    """A live story from the middle of the archive's latest tenth, with a cover."""
    live = Article.objects.live().filter(cover__isnull=False).order_by("-published_at")
    count = live.count()
    return live[min(count - 1, max(0, count // 20))]


# The same words at every size, so that "p50 at 100,000 within 1.5x of 1,000"
# compares one search with itself. Words from a story's title changed with
# the dataset and with time (scheduled stories going live), and with them
# the share of the archive matched: 97% for "có năm", 28% for "này hợp".
# "công đoàn" is what a labour daily's readers type, and it matches one story
# in six at both sizes: all of them are ranked at 1,000, the newest 200 at
# 100,000.
SEARCH_WORDS = "công đoàn"


def urls() -> dict[str, str]:
    article = bench_article()
    section = Section.objects.filter(parent__isnull=True).order_by("position", "pk").first()
    found = {
        "front": "/",
        "section": section.get_absolute_url(),
        "article": article.get_absolute_url(),
    }
    found["search"] = reverse("articles:search") + "?" + urlencode({"q": SEARCH_WORDS})
    return found


def queries(paths: list[str]) -> dict[str, dict[str, int]]:
    """SQL queries of each page: first request (uncached) and a repeat (cached)."""
    client = Client()
    counts = {}
    for path in paths:
        with CaptureQueriesContext(connection) as first:
            status = client.get(path).status_code
        with CaptureQueriesContext(connection) as second:
            client.get(path)
        counts[path] = {
            "status": status,
            "uncached": len(first.captured_queries),
            "cached": len(second.captured_queries),
        }
    return counts


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "extras":
        extras()
    elif command == "urls":
        print(json.dumps(urls()))
    elif command == "queries":
        print(json.dumps(queries(sys.argv[2:])))
    else:
        raise SystemExit(f"unknown command {command}")
