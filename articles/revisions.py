"""A story's versions, kept by django-reversion: every save through the desk keeps one.

A version of an article holds the article row and, followed, its tags
(TaggedArticle), bylines (ArticleAuthor) and editor links (ArticleLink: top
headlines, pinned and excluded stories), so one version is the whole story
as it was and a restore brings all of it back.

Restoring does not use reversion's own ``revert()``: that writes rows raw,
bypassing ``Article.save()``, so the body would skip the sanitizer and
``version`` would go *back*, which would defeat the optimistic lock. Here the
old values are copied onto the current story and saved normally, inside a new
revision: a restore is a version like any other and can itself be undone.

Stories written outside the desk (imports, the demo) have no history yet. The
first save through the desk first records the state it starts from (a
"baseline"), so a conflict or a diff always has the version someone opened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import reversion
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion.models import Version

from .diff import DIFF_FIELDS, Diff, diff
from .models import (
    Article,
    ArticleAuthor,
    ArticleLink,
    Author,
    Image,
    Section,
    Tag,
    TaggedArticle,
)
from .people import person_name

# Also how such a revision is recognised later: compare with str(BASELINE_COMMENT).
BASELINE_COMMENT = gettext_lazy("Trạng thái trước khi sửa qua tòa soạn")
# What a restore copies back onto the story. Workflow state (status, time of
# publication), identity (slug, id) and the preview key stay as they are now:
# restoring the words of an old version must not unpublish or reschedule.
CONTENT_FIELDS = (
    "title",
    "lead",
    "body",
    "section",
    "cover",
    "cover_caption",
    "seo_title",
    "seo_description",
)

User = AbstractBaseUser | AnonymousUser | None


def register_models() -> None:
    """Register the article and what a version of it follows (called from apps.ready)."""
    if reversion.is_registered(Article):
        return
    reversion.register(
        Article,
        exclude=("tags", "authors"),  # kept as their through rows, followed below
        follow=("tagged_items", "bylines", "links"),
    )
    reversion.register(TaggedArticle)
    reversion.register(ArticleAuthor)
    reversion.register(ArticleLink)


# --- recording ---------------------------------------------------------------


@contextmanager
def revision(article_pk: int | None, user: User, comment: str = "") -> Iterator[None]:
    """A revision around a change of one story, recorded with who and why.

    Records the story's current state first if its history does not have it
    (see ``ensure_baseline``). Call ``snapshot`` before the block ends so the
    revision holds the story's final tags, bylines and links.
    """
    if article_pk is not None:
        ensure_baseline(article_pk)
    with reversion.create_revision():
        if user is not None and user.is_authenticated:
            reversion.set_user(user)
        reversion.set_comment(comment)
        yield


def set_comment(comment: str) -> None:
    if reversion.is_active():
        reversion.set_comment(comment)


def snapshot(article: Article) -> None:
    """Put the story as it is now, with its tags, bylines and links, in the open revision.

    Reversion follows the relations when the article row is saved, which is
    before the admin saves the tags and inlines; adding everything again at
    the end keeps the final state whatever the order of the saves.
    """
    if not reversion.is_active():
        return
    reversion.add_to_revision(article)
    for model, fk in ((TaggedArticle, "content_object"), (ArticleAuthor, "article")):
        for row in model.objects.filter(**{fk: article}):
            reversion.add_to_revision(row)
    for row in ArticleLink.objects.filter(source=article):
        reversion.add_to_revision(row)


def ensure_baseline(article_pk: int) -> None:
    """Record the story as it is if its latest version is not this state.

    Must run outside any open revision (it makes its own). The revision is
    dated when that state was saved, and has no author: we do not know it.
    """
    if reversion.is_active():
        return
    article = Article.objects.filter(pk=article_pk).first()
    if article is None:
        return
    latest = Version.objects.get_for_object(article).first()
    if latest is not None and version_number(latest) == article.version:
        return
    with reversion.create_revision():
        reversion.set_comment(str(BASELINE_COMMENT))
        reversion.set_date_created(article.updated_at)
        snapshot(article)


# --- reading -----------------------------------------------------------------


def version_number(version: Version) -> int | None:
    """The Article.version a stored version was taken at."""
    return version.field_dict.get("version")


def versions_of(article: Article) -> list[Version]:
    """The story's versions, newest first, with their revisions and authors."""
    return list(
        Version.objects.get_for_object(article).select_related("revision", "revision__user")
    )


def find_version(article: Article, number: int) -> Version | None:
    """The stored version taken when the story was at ``number``."""
    for version in Version.objects.get_for_object(article).select_related("revision"):
        if version_number(version) == number:
            return version
    return None


def version_of(article: Article, version_id: int) -> Version | None:
    """A version by id, only if it belongs to ``article``."""
    return (
        Version.objects.get_for_object(article)
        .select_related("revision", "revision__user")
        .filter(pk=version_id)
        .first()
    )


def content_of(source: Article | Version) -> dict[str, str]:
    """The compared fields of the current story or of a stored version."""
    if isinstance(source, Version):
        data = source.field_dict
        return {name: data.get(name) or "" for name, _label in DIFF_FIELDS}
    return {name: getattr(source, name) or "" for name, _label in DIFF_FIELDS}


# --- restore -------------------------------------------------------------------


def _rows(version: Version, model: type) -> list[dict]:
    return [
        v.field_dict
        for v in version.revision.version_set.filter(
            content_type__app_label=model._meta.app_label,
            content_type__model=model._meta.model_name,
        )
    ]


def restore(version: Version, user: User, *, with_links: bool) -> Article:
    """Bring the story back to ``version``: its words, section, cover, tags, bylines
    and (when ``with_links``) its editor links, as a new version.

    Whatever the old version points at that no longer exists (a deleted tag,
    byline author, section or linked story) is left out rather than failing.
    """
    data = version.field_dict
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=version.object_id)
        number = version_number(version)
        # Stored in UTC; the comment is read in the newsroom's own time.
        when = timezone.localtime(version.revision.date_created)
        saved_at = f"{when:%d/%m/%Y %H:%M}"
        if number:
            comment = _("Khôi phục phiên bản %(number)s lưu lúc %(saved_at)s") % {
                "number": number,
                "saved_at": saved_at,
            }
        else:
            comment = _("Khôi phục phiên bản lưu lúc %(saved_at)s") % {"saved_at": saved_at}
        with revision(article.pk, user, comment):
            for name in CONTENT_FIELDS:
                attname = Article._meta.get_field(name).attname
                if attname in data:
                    setattr(article, attname, data[attname])
            if not Section.objects.filter(pk=article.section_id).exists():
                article.section_id = Article.objects.values_list("section_id", flat=True).get(
                    pk=article.pk
                )
            if article.cover_id and not Image.objects.filter(pk=article.cover_id).exists():
                article.cover_id = None
            if user is not None and user.is_authenticated:
                article.updated_by = user
            article.save()

            tag_ids = set(
                Tag.objects.filter(
                    pk__in=[row["tag_id"] for row in _rows(version, TaggedArticle)]
                ).values_list("pk", flat=True)
            )
            TaggedArticle.objects.filter(content_object=article).exclude(
                tag_id__in=tag_ids
            ).delete()
            have = set(
                TaggedArticle.objects.filter(content_object=article).values_list(
                    "tag_id", flat=True
                )
            )
            for tag_id in sorted(tag_ids - have):
                TaggedArticle.objects.create(content_object=article, tag_id=tag_id)

            bylines = sorted(_rows(version, ArticleAuthor), key=lambda r: r.get("position", 0))
            authors = set(
                Author.objects.filter(pk__in=[r["author_id"] for r in bylines]).values_list(
                    "pk", flat=True
                )
            )
            ArticleAuthor.objects.filter(article=article).delete()
            for r in bylines:
                if r["author_id"] in authors:
                    ArticleAuthor.objects.create(
                        article=article, author_id=r["author_id"], position=r["position"]
                    )

            if with_links:
                links = _rows(version, ArticleLink)
                targets = set(
                    Article.objects.filter(pk__in=[r["target_id"] for r in links])
                    .exclude(pk=article.pk)
                    .values_list("pk", flat=True)
                )
                ArticleLink.objects.filter(source=article).delete()
                for r in links:
                    if r["target_id"] in targets:
                        ArticleLink.objects.create(
                            source=article,
                            target_id=r["target_id"],
                            kind=r["kind"],
                            position=r["position"],
                        )
            snapshot(article)
    return article


# --- conflicts -----------------------------------------------------------------


@dataclass
class Conflict:
    """Someone saved the story after ``opened`` was loaded into a form."""

    opened: int
    current: int
    who: list[str]
    saved_at: datetime
    diff: Diff | None

    @classmethod
    def build(cls, article: Article, opened: int) -> Conflict:
        newer = [
            v
            for v in versions_of(article)
            if (version_number(v) or 0) > opened and v.revision.comment != str(BASELINE_COMMENT)
        ]
        who: list[str] = []
        for v in newer:
            user = v.revision.user
            name = person_name(user, default=_("người khác"))
            if name not in who:
                who.append(name)
        base = find_version(article, opened)
        changes = diff(content_of(base), content_of(article)) if base is not None else None
        return cls(
            opened=opened,
            current=article.version,
            who=who or [_("người khác")],
            saved_at=article.updated_at,
            diff=changes,
        )
