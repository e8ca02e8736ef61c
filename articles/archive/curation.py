"""Curated lists from imported pages: top headlines, pins and "Nên xem".

Runs after every page of an import is written, so a page may name a story
that comes later in the same run. Titles are matched (see ``titles``) against
every story in the database; a title nobody wrote is reported, never turned
into a stub. Lists are add-only: a re-run never removes what an editor
added, and a pin the editor excluded for this story is not re-added.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import Article, ArticleLink, Block, BlockItem, LinkKind
from ..querysets import Status
from .failures import explain
from .pages import Page
from .titles import KnownTitles, Story, TitleIndex, folded_key, split_headlines

logger = logging.getLogger(__name__)


class Curator:
    def __init__(self, warn: Callable[[str, int, str], None]):
        self.warn = warn

    def run(self, written: list[tuple[Path, Page, int]], list_titles: list[str]) -> list[int]:
        """Curate every written article; returns the ids whose lists changed."""
        changed_ids: list[int] = []
        now = timezone.now()
        index = TitleIndex(
            Story(pk, title, section_id, status == Status.PUBLISHED and bool(p and p <= now), p)
            for pk, title, section_id, status, p in Article.objects.values_list(
                "pk", "title", "section_id", "status", "published_at"
            )
        )
        known = KnownTitles([*index.titles(), *list_titles])
        for path, page, pk in written:
            try:
                with transaction.atomic():
                    article = Article.objects.get(pk=pk)
                    if self._curate(path.name, page, article, index, known):
                        changed_ids.append(pk)
            except Exception as exc:
                reason = explain(logger, exc, "curation", path)
                self.warn(
                    path.name,
                    0,
                    _("Không lưu được các danh sách biên tập (%(error)s).") % {"error": reason},
                )
        return changed_ids

    def _find(self, index, title, article, name, line, label, guessed=False) -> int | None:
        story, count = index.find(title, exclude=article.pk, section_id=article.section_id)
        if story is None:
            if folded_key(title) != folded_key(article.title):
                if guessed:
                    text = _(
                        "%(label)s: không tìm thấy bài “%(title)s” (tiêu đề được tách tự động, "
                        "hãy kiểm tra): bỏ qua, không tạo bài giả."
                    )
                else:
                    text = _(
                        "%(label)s: không tìm thấy bài “%(title)s”: bỏ qua, không tạo bài giả."
                    )
                self.warn(name, line, text % {"label": label, "title": title})
            return None
        if count > 1:
            text = ngettext(
                "%(label)s: %(count)s bài cùng tiêu đề “%(title)s”: chọn bài #%(pk)s.",
                "%(label)s: %(count)s bài cùng tiêu đề “%(title)s”: chọn bài #%(pk)s.",
                count,
            )
            self.warn(
                name, line, text % {"label": label, "count": count, "title": title, "pk": story.pk}
            )
        return story.pk

    def _curate(self, name: str, page: Page, article: Article, index, known) -> bool:
        tops = [
            self._find(index, text, article, name, line, _("Tin liên quan đầu bài"), guessed)
            for line, run in page.headlines
            for text, guessed in split_headlines(run, known)
        ]
        excluded = set(
            ArticleLink.objects.filter(source=article, kind=LinkKind.EXCLUDE).values_list(
                "target_id", flat=True
            )
        )
        pins = [
            self._find(index, item.title, article, name, item.line, _("Có thể bạn quan tâm"))
            for item in page.related or []
        ]
        must = [
            self._find(index, item.title, article, name, item.line, _("Nên xem"))
            for item in page.must_see or []
        ]
        changed = self._add_links(article, LinkKind.TOP, tops)
        changed |= self._add_links(article, LinkKind.PIN, [p for p in pins if p not in excluded])
        if any(must):
            block, _created = Block.objects.get_or_create(
                key=Block.MUST_SEE, defaults={"name": _("Nên xem")}
            )
            have = list(block.items.values_list("article_id", "position"))
            changed |= self._append(
                have,
                must,
                lambda pk, pos: BlockItem.objects.create(block=block, article_id=pk, position=pos),
            )
        return changed

    def _add_links(self, article: Article, kind: str, targets: list[int | None]) -> bool:
        have = list(
            ArticleLink.objects.filter(source=article, kind=kind).values_list(
                "target_id", "position"
            )
        )
        return self._append(
            have,
            targets,
            lambda pk, pos: ArticleLink.objects.create(
                source=article, target_id=pk, kind=kind, position=pos
            ),
        )

    @staticmethod
    def _append(have: list[tuple[int, int]], targets: list[int | None], create) -> bool:
        """Append the targets not yet in the list, after its last position."""
        present = {pk for pk, _position in have}
        position = max((pos for _pk, pos in have), default=-1) + 1
        added = False
        for pk in dict.fromkeys(t for t in targets if t is not None):
            if pk not in present:
                create(pk, position)
                position += 1
                added = True
        return added
