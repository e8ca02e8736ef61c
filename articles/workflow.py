"""The editorial workflow: who may do what to a story, and what each change means.

This is the ONE place these rules are decided. The admin (its querysets,
forms, inlines, actions and object permissions), the preview links and the
restore of old versions all ask here; hiding a button is never the protection.

States: draft → review (submitted) → published, and published → unpublished.
An editor may send a story in review back to draft with a note. A published
story whose time has not come is *scheduled*: ``Article.objects.live()``
decides at every request, so nothing has to run at that time.

Roles are the groups of articles/roles.py:
- Phóng viên writes stories, edits their own until they are submitted, submits
  them and uploads photos. No publishing, scheduling, unpublishing or curation.
- Biên tập viên edits any story, publishes, schedules, unpublishes, sends back
  and curates (top headlines, related stories, "Nên xem", front-page slots).
- Quản trị has every permission, accounts and sections included.

A story is someone's *own* when they created it or carry its byline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from types import EllipsisType

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from . import checklist, revisions
from .dates import desk_time
from .models import Article, ArticleAuthor, ArticleEvent, EventAction, new_preview_key
from .querysets import Status
from .roles import CURATE, EDIT_ANY, PUBLISH

User = AbstractBaseUser | AnonymousUser


class WorkflowError(Exception):
    """A change the rules refuse; the message is for the person who tried it."""


@dataclass(frozen=True)
class State:
    status: str
    published_at: datetime | None

    @classmethod
    def of(cls, article: Article) -> State:
        return cls(article.status, article.published_at)


# --- who may do what --------------------------------------------------------------


def can_create(user: User) -> bool:
    return user.has_perm("articles.add_article")


def can_edit_any(user: User) -> bool:
    return user.has_perm(EDIT_ANY)


def can_publish(user: User) -> bool:
    """Publish, schedule, unpublish and send back: the desk's decisions."""
    return user.has_perm(PUBLISH)


def can_curate(user: User) -> bool:
    """Top headlines, pinned and excluded stories, "Nên xem" and front-page slots."""
    return user.has_perm(CURATE)


def is_own(user: User, article: Article) -> bool:
    if not user.is_authenticated:
        return False
    if article.created_by_id == user.pk:
        return True
    return bool(article.pk) and article.bylines.filter(author__user=user).exists()


def visible_articles(user: User, queryset: QuerySet[Article]) -> QuerySet[Article]:
    """The stories ``user`` sees on the desk: all of them, or their own."""
    if can_edit_any(user):
        return queryset
    if not user.is_authenticated:
        return queryset.none()
    bylined = ArticleAuthor.objects.filter(author__user=user).values("article_id")
    return queryset.filter(Q(created_by=user) | Q(pk__in=bylined))


def can_view(user: User, article: Article) -> bool:
    if not (user.has_perm("articles.view_article") or user.has_perm("articles.change_article")):
        return False
    return can_edit_any(user) or is_own(user, article)


def can_edit(user: User, article: Article) -> bool:
    """Editors edit any story; a journalist edits their own until it is submitted."""
    if not user.has_perm("articles.change_article"):
        return False
    if can_edit_any(user):
        return True
    return article.status == Status.DRAFT and is_own(user, article)


def can_delete(user: User, article: Article) -> bool:
    """Deleting breaks links readers and search engines hold: a published (live
    or scheduled) story must be unpublished first, whoever asks."""
    if not user.has_perm("articles.delete_article") or article.status == Status.PUBLISHED:
        return False
    return can_edit_any(user) or (article.status == Status.DRAFT and is_own(user, article))


def can_make_preview(user: User, article: Article) -> bool:
    """An editor, or the story's author, may hand out and revoke preview links."""
    if not user.is_authenticated or not user.is_staff:
        return False
    return can_edit_any(user) or (can_view(user, article) and is_own(user, article))


def can_restore(user: User, article: Article) -> bool:
    return can_edit(user, article)


def allowed_statuses(user: User, current: str | None) -> list[str]:
    """The statuses ``user`` may give a story that is now ``current`` (None: a new one)."""
    if can_publish(user):
        return list(Status.values)
    if current in (None, Status.DRAFT):
        return [Status.DRAFT, Status.REVIEW]
    return [current]


def check_change(user: User, before: State | None, after: State) -> None:
    """Refuse a change of state ``user`` may not make (WorkflowError)."""
    if can_publish(user):
        return
    current = before.status if before else None
    if after.status not in allowed_statuses(user, current):
        label = Status(after.status).label
        raise WorkflowError(
            _(
                "Bạn không có quyền chuyển bài sang trạng thái “%(status)s”: "
                "chỉ biên tập viên được xuất bản, hẹn giờ hoặc gỡ bài."
            )
            % {"status": label}
        )
    if (before.published_at if before else None) != after.published_at:
        raise WorkflowError(_("Chỉ biên tập viên được đặt thời điểm xuất bản."))


def check_save(user: User, before: Article | None, after: State) -> None:
    """Everything a save must satisfy: the right to write, then the state change."""
    if before is None:
        if not can_create(user):
            raise WorkflowError(_("Bạn không có quyền tạo bài viết."))
    elif not can_edit(user, before):
        raise WorkflowError(_("Bạn không còn quyền sửa bài này."))
    check_change(user, State.of(before) if before else None, after)


# --- what a change means -------------------------------------------------------------


def transition(before: State | None, after: State, now: datetime | None = None) -> str | None:
    """The editorial event a change of state is, if any."""
    now = now or timezone.now()
    old = before.status if before else Status.DRAFT
    new = after.status
    if new == Status.PUBLISHED:
        future = after.published_at is not None and after.published_at > now
        if future and (old != new or before is None or before.published_at != after.published_at):
            return EventAction.SCHEDULED
        was_waiting = (
            before is None
            or old != new
            or (before.published_at is not None and before.published_at > now)
        )
        return EventAction.PUBLISHED if not future and was_waiting else None
    if old == new:
        return None
    if new == Status.REVIEW:
        return EventAction.SUBMITTED
    if old == Status.PUBLISHED or new == Status.UNPUBLISHED:
        return EventAction.UNPUBLISHED
    if old == Status.REVIEW and new == Status.DRAFT:
        return EventAction.SENT_BACK
    return None


def record(
    article: Article,
    action: str,
    user: User | None,
    *,
    before: State | None = None,
    note: str = "",
) -> ArticleEvent:
    return ArticleEvent.objects.create(
        article=article,
        action=action,
        actor=user if user is not None and user.is_authenticated else None,
        from_status=before.status if before else "",
        to_status=article.status,
        published_at=article.published_at,
        note=(note or "").strip(),
    )


def record_save(
    article: Article, user: User, before: State | None, *, note: str = ""
) -> list[ArticleEvent]:
    """The events of a save that took the story from ``before`` to its state now."""
    events = []
    if before is None:
        events.append(record(article, EventAction.CREATED, user))
    action = transition(before, State.of(article))
    if action is not None:
        events.append(record(article, action, user, before=before, note=note))
    return events


def describe(action: str | None, fallback: str | None = None) -> str:
    """A revision comment for an event (``fallback``: for a save that is none)."""
    if action:
        return EventAction(action).label
    return _("Sửa bài") if fallback is None else fallback


# --- changing state outside the form (admin actions, scripts) -----------------------


def change_state(
    article: Article,
    user: User,
    status: str,
    *,
    published_at: datetime | None | EllipsisType = ...,
    note: str = "",
) -> Article:
    """Move a story to ``status`` as ``user``: checked, versioned and recorded.

    The row is locked and re-read first, so a decision is always taken on the
    story as it is, not as a list page showed it a minute ago.
    """
    with transaction.atomic():
        current = Article.objects.select_for_update().get(pk=article.pk)
        before = State.of(current)
        after_published_at = current.published_at if published_at is ... else published_at
        check_save(user, current, State(status, after_published_at))
        if status == Status.DRAFT and before.status == Status.REVIEW and not note.strip():
            raise WorkflowError(_("Hãy ghi chú lý do khi trả bài cho phóng viên."))
        action = transition(before, State(status, after_published_at))
        with revisions.revision(current.pk, user, describe(action)):
            current.status = status
            current.published_at = after_published_at
            current.updated_by = user if user.is_authenticated else None
            current.save()
            revisions.snapshot(current)
            record_save(current, user, before, note=note)
    return current


def submit(article: Article, user: User, note: str = "") -> Article:
    if article.status != Status.DRAFT:
        raise WorkflowError(_("Chỉ gửi duyệt được bài nháp."))
    return change_state(article, user, Status.REVIEW, note=note)


def publish(article: Article, user: User, at: datetime | None = None) -> Article:
    """Publish now, or at ``at`` (a future time schedules the story).

    Whoever calls it (the list action, a script), a story with blocking items
    on the pre-publish checklist stays unpublished, as it does in the form.
    """
    if article.is_live():
        raise WorkflowError(_("Bài đã đang hiển thị."))
    missing = checklist.check_stored(article).blocking
    if missing:
        raise WorkflowError(
            _("chưa đủ điều kiện xuất bản: %(missing)s") % {"missing": " ".join(missing)}
        )
    return change_state(article, user, Status.PUBLISHED, published_at=at or timezone.now())


def unpublish(article: Article, user: User, note: str = "") -> Article:
    if article.status != Status.PUBLISHED:
        raise WorkflowError(_("Bài chưa được xuất bản nên không có gì để gỡ."))
    return change_state(article, user, Status.UNPUBLISHED, note=note)


def send_back(article: Article, user: User, note: str) -> Article:
    if article.status != Status.REVIEW or not can_publish(user):
        raise WorkflowError(_("Chỉ biên tập viên trả lại được bài đang chờ duyệt."))
    return change_state(article, user, Status.DRAFT, note=note)


def restore(article: Article, version_id: int, user: User) -> Article:
    """Bring back an old version as a new one; links only for those who curate."""
    if not can_restore(user, article):
        raise WorkflowError(_("Bạn không có quyền khôi phục phiên bản của bài này."))
    version = revisions.version_of(article, version_id)
    if version is None:
        raise WorkflowError(_("Không tìm thấy phiên bản này của bài."))
    restored = revisions.restore(version, user, with_links=can_curate(user))
    number = revisions.version_number(version)
    record(
        restored,
        EventAction.RESTORED,
        user,
        before=State.of(restored),
        note=_("Phiên bản %(number)s lưu lúc %(saved_at)s")
        % {
            "number": number,
            "saved_at": f"{timezone.localtime(version.revision.date_created):%d/%m/%Y %H:%M}",
        },
    )
    return restored


def revoke_previews(article: Article, user: User) -> Article:
    """Void every preview link of the story by changing its preview key."""
    if not can_make_preview(user, article):
        raise WorkflowError(_("Bạn không có quyền thu hồi liên kết xem trước của bài này."))
    # update(), not save(): the key is not content, so no new version and no
    # conflict for whoever has the story open.
    Article.objects.filter(pk=article.pk).update(preview_key=new_preview_key())
    article.refresh_from_db(fields=["preview_key"])
    record(article, EventAction.PREVIEW_REVOKED, user)
    return article


# The decisions that carry a note from one side of the desk to the other.
NOTE_ACTIONS = (EventAction.SUBMITTED, EventAction.SENT_BACK)


def note_is_current(status: str, action: str | None, note: str) -> bool:
    """Whether the latest of NOTE_ACTIONS still speaks to the story in ``status``:
    a send-back while the story is the draft it was sent back to, a submission
    (when the journalist wrote something) while it waits for review."""
    if action == EventAction.SENT_BACK:
        return status == Status.DRAFT
    return action == EventAction.SUBMITTED and status == Status.REVIEW and bool(note.strip())


def current_note(article: Article, status: str | None = None) -> ArticleEvent | None:
    """The note between journalist and desk that still stands, if any (``status``:
    the stored one, when ``article`` holds a refused save's values)."""
    status = status or article.status
    if status not in (Status.DRAFT, Status.REVIEW):
        return None
    event = article.events.filter(action__in=NOTE_ACTIONS).first()
    return (
        event if event is not None and note_is_current(status, event.action, event.note) else None
    )


def decision_message(event: ArticleEvent) -> str:
    """What an editorial decision did, in a sentence for the person who took it."""
    values = {"title": event.article.title}
    if event.published_at:
        values["at"] = desk_time(event.published_at)
    if event.action == EventAction.PUBLISHED:
        if "at" in values:
            return _("Đã xuất bản bài “%(title)s” lúc %(at)s. Bạn đọc đã xem được bài.") % values
        return _("Đã xuất bản bài “%(title)s”. Bạn đọc đã xem được bài.") % values
    if event.action == EventAction.SCHEDULED:
        if "at" in values:
            return _("Đã hẹn giờ đăng bài “%(title)s” lúc %(at)s.") % values
        return _("Đã hẹn giờ đăng bài “%(title)s”.") % values
    if event.action == EventAction.SUBMITTED:
        return _("Đã gửi duyệt bài “%(title)s”. Biên tập viên sẽ xem và phản hồi.") % values
    if event.action == EventAction.SENT_BACK:
        return _("Đã trả lại bài “%(title)s” cho phóng viên, kèm ghi chú.") % values
    if event.action == EventAction.UNPUBLISHED:
        return _("Đã gỡ bài “%(title)s”: bạn đọc không còn xem được.") % values
    return _("Đã lưu bài “%(title)s”.") % values
