"""Write the demo plan into the database, once.

Every phase runs in its own transaction and only adds what is missing, so a
second run changes nothing and an interrupted run resumes where it stopped.
Demo rows are recognised by their ``source_key``: "demo:<n>" for stories,
"demo:img:<section>-<n>" for photos.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group, Permission
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import m2m_changed, post_save, pre_delete
from django.utils.html import escape

from ..models import (
    Article,
    ArticleAuthor,
    ArticleLink,
    Author,
    Block,
    BlockItem,
    Image,
    Section,
    TaggedArticle,
)
from ..related.rebuild import rebuild as rebuild_related
from ..related.signals import connect_related
from . import art, staff
from .plan import SECTIONS, Plan, StoryPlan

ARTICLE_PREFIX = "demo:"
IMAGE_PREFIX = "demo:img:"
BLOCKS = (
    (Block.FRONT_PAGE, "Tiêu điểm trang chủ", 5),
    (Block.MUST_SEE, "Nên xem", 8),
)


@dataclass
class Report:
    """What a run found and what it added, for the command's summary."""

    created: dict[str, int] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)

    def count(self, what: str, created: bool) -> None:
        bucket = self.created if created else self.existing
        bucket[what] = bucket.get(what, 0) + 1


def build(plan: Plan, report: Report, progress: Callable[[str], None] = print) -> None:
    """Add whatever of ``plan`` the database does not hold yet."""
    with transaction.atomic():
        sections = ensure_sections(report)
    with transaction.atomic():
        users = ensure_accounts(report)
    with transaction.atomic():
        authors = ensure_authors(users, report)
    with transaction.atomic():
        images = ensure_images(plan, report, progress)
    with related_updates_deferred(), transaction.atomic():
        articles = ensure_articles(plan, sections, authors, images, users, report, progress)
    with transaction.atomic():
        ensure_curation(plan, articles, report)
    if report.created.get("article"):
        progress("Đang tính bài liên quan…")
        rebuild_related(progress=False)


@contextmanager
def related_updates_deferred() -> Iterator[None]:
    """Switch off the related engine's per-save updates while the demo writes.

    Each save would enqueue an update of that story and its neighbours (run
    at once by the immediate task backend): some 340 updates for the demo,
    most of a minute. One rebuild afterwards gives the same lists.
    """
    post_save.disconnect(sender=Article, dispatch_uid="related-article-saved")
    m2m_changed.disconnect(sender=TaggedArticle, dispatch_uid="related-article-tags")
    pre_delete.disconnect(sender=Article, dispatch_uid="related-article-deleted")
    try:
        yield
    finally:
        connect_related()


def ensure_sections(report: Report) -> dict[str, Section]:
    found = {s.slug: s for s in Section.objects.filter(slug__in=[s.slug for s in SECTIONS])}
    for spec in SECTIONS:  # parents come first in SECTIONS
        if spec.slug in found:
            report.count("section", created=False)
            continue
        found[spec.slug] = Section.objects.create(
            name=spec.name,
            slug=spec.slug,
            parent=found[spec.parent] if spec.parent else None,
            position=spec.position,
            description=spec.description,
        )
        report.count("section", created=True)
    return found


def _editor_permissions() -> list[Permission]:
    return list(Permission.objects.filter(content_type__app_label__in=("articles", "taggit")))


def ensure_accounts(report: Report) -> dict[str, AbstractUser]:
    """The superuser and the two staff accounts. Existing accounts (and their
    passwords) are left alone; so are groups another part of the project made."""
    User = get_user_model()
    users = {}
    for account in staff.ACCOUNTS:
        user = User.objects.filter(username=account.username).first()
        if user is None:
            user = User(
                username=account.username,
                first_name=account.first_name,
                last_name=account.last_name,
                is_staff=True,
                is_superuser=not account.group,
            )
            user.set_password(account.password)
            user.save()
            report.count("user", created=True)
        else:
            report.count("user", created=False)
        if account.group:
            group, created = Group.objects.get_or_create(name=account.group)
            if created:
                group.permissions.set(_editor_permissions())
            user.groups.add(group)
        users[account.username] = user
    return users


def ensure_authors(users: dict[str, AbstractUser], report: Report) -> dict[str, Author]:
    wanted = [(r.name, r.bio, r.username) for r in staff.REPORTERS]
    wanted.append((staff.TEAM, "Bài viết của nhiều phóng viên cùng thực hiện.", ""))
    found = {a.name: a for a in Author.objects.filter(name__in=[w[0] for w in wanted])}
    for name, bio, username in wanted:
        if name in found:
            report.count("author", created=False)
            continue
        user = users.get(username)
        if user is not None and Author.objects.filter(user=user).exists():
            user = None  # that account already has a byline of its own
        found[name] = Author.objects.create(name=name, bio=bio, user=user)
        report.count("author", created=True)
    return found


def ensure_images(plan: Plan, report: Report, progress: Callable[[str], None]) -> dict[str, Image]:
    keys = [spec.key for spec in plan.images]
    found = {i.source_key: i for i in Image.objects.filter(source_key__in=keys)}
    if missing := len(set(keys) - set(found)):
        # Their renditions (articles/renditions.py) are made when this commits.
        progress(f"Đang vẽ {missing} ảnh minh họa và tạo các cỡ ảnh…")
    names = {s.slug: s.name for s in SECTIONS}
    for spec in plan.images:
        if spec.key in found:
            report.count("image", created=False)
            continue
        label = f"{names[spec.section].upper()} · ẢNH MINH HỌA"
        image = Image(
            alt_text=spec.alt,
            caption=spec.caption,
            credit=spec.credit,
            source_key=spec.key,
        )
        data = art.render(spec.section, spec.index, label)
        name = f"demo-{spec.section}-{spec.index + 1}.jpg"
        # A named ContentFile: Django reads the width and height from it.
        image.file.save(name, ContentFile(data, name=name), save=False)
        image.save()
        found[spec.key] = image
        report.count("image", created=True)
    return found


def figure_html(image: Image, caption: str) -> str:
    return (
        f'<figure class="image"><img src="{escape(image.file.url)}" alt="{escape(image.alt_text)}"'
        f' width="{image.width}" height="{image.height}">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def body_html(story: StoryPlan, images: dict[str, Image]) -> str:
    """Paragraphs, with the story's photos after the second and the second-to-last."""
    count = len(story.paragraphs)
    slots = [1, max(2, count - 2)][: len(story.figures)]
    parts = []
    for i, paragraph in enumerate(story.paragraphs):
        parts.append(f"<p>{escape(paragraph)}</p>")
        for slot, key, caption in zip(slots, story.figures, story.figure_captions, strict=True):
            if slot == i:
                parts.append(figure_html(images[key], caption))
    return "".join(parts)


def ensure_tags(names: set[str]) -> dict[str, object]:
    """The tag rows by name, made once up front: handing ``tags.add`` model
    instances spares it a lookup per tag per story."""
    tag_model = Article._meta.get_field("tags").remote_field.model
    found = {t.name: t for t in tag_model.objects.filter(name__in=names)}
    for name in sorted(names - set(found)):
        found[name] = tag_model.objects.create(name=name)
    return found


def ensure_articles(
    plan: Plan,
    sections: dict[str, Section],
    authors: dict[str, Author],
    images: dict[str, Image],
    users: dict[str, AbstractUser],
    report: Report,
    progress: Callable[[str], None],
) -> dict[int, Article]:
    keys = [story.key for story in plan.stories]
    found = {a.source_key: a for a in Article.objects.filter(source_key__in=keys)}
    if missing := len(set(keys) - set(found)):
        progress(f"Đang viết {missing} bài…")
    tags = ensure_tags({name for story in plan.stories for name in story.tags})
    articles: dict[int, Article] = {}
    for story in plan.stories:
        if story.key in found:
            articles[story.number] = found[story.key]
            report.count("article", created=False)
            continue
        byline = [authors[name] for name in story.authors]
        writer = byline[0].user or users.get("phongvien")
        article = Article(
            title=story.title,
            lead=story.lead,
            body=body_html(story, images),
            section=sections[story.section],
            status=story.status,
            published_at=story.published_at,
            cover=images[story.cover],
            cover_caption=story.cover_caption,
            source_key=story.key,
            created_by=writer,
            updated_by=writer,
        )
        article.save()
        article.tags.add(*(tags[name] for name in story.tags))
        ArticleAuthor.objects.bulk_create(
            ArticleAuthor(article=article, author=author, position=pos)
            for pos, author in enumerate(byline)
        )
        articles[story.number] = article
        report.count("article", created=True)
    return articles


def ensure_curation(plan: Plan, articles: dict[int, Article], report: Report) -> None:
    """The two blocks (filled only when empty: editors may have rearranged
    them since) and the editors' links between stories."""
    picks = {Block.FRONT_PAGE: plan.front_page, Block.MUST_SEE: plan.must_see}
    for key, name, size in BLOCKS:
        block, _created = Block.objects.get_or_create(
            key=key, defaults={"name": name, "size": size}
        )
        if block.items.exists():
            report.count("block", created=False)
            continue
        BlockItem.objects.bulk_create(
            BlockItem(block=block, article=articles[number], position=pos)
            for pos, number in enumerate(picks[key])
        )
        report.count("block", created=True)
    # A story that already has links of a kind keeps them as they are: a
    # later run may pick other targets, and editors may have changed them.
    curated = set(
        ArticleLink.objects.filter(source__in=list(articles.values())).values_list(
            "source_id", "kind"
        )
    )
    new_links = [
        ArticleLink(source=articles[source], target=articles[target], kind=kind, position=position)
        for source, target, kind, position in plan.links
        if (articles[source].pk, kind) not in curated
    ]
    ArticleLink.objects.bulk_create(new_links)
    report.created["link"] = len(new_links)


def reset() -> dict[str, int]:
    """Delete the demo stories and photos (files included). Sections, accounts,
    tags, blocks and any author with a byline elsewhere stay. The related
    lists are rebuilt by the build that follows."""
    with related_updates_deferred(), transaction.atomic():
        return _delete_demo_rows()


def _delete_demo_rows() -> dict[str, int]:
    stories = Article.objects.filter(source_key__startswith=ARTICLE_PREFIX)
    removed = {"article": stories.count(), "image": 0}
    stories.delete()
    for image in Image.objects.filter(source_key__startswith=IMAGE_PREFIX):
        image.file.delete(save=False)
        image.delete()
        removed["image"] += 1
    names = [r.name for r in staff.REPORTERS] + [staff.TEAM]
    Author.objects.filter(name__in=names, bylines__isnull=True).delete()
    return removed
