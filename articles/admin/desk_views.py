"""The desk's pages around a story: who else has it open, its history, the diff
of two versions, restoring one, and its preview links.

Each view finds the story through the ArticleAdmin (so a journalist reaches
only their own) and asks articles/workflow.py before changing anything.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    JsonResponse,
)
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .. import presence, preview, revisions, workflow
from ..dates import desk_time
from ..diff import diff
from ..models import Article, EventAction
from ..params import whole_number
from ..people import person_name
from ..querysets import Status

MISSING_VERSION = gettext_lazy(
    "Không tìm thấy phiên bản này của bài; có thể đường dẫn đã bị sửa. "
    "Hãy chọn lại trong danh sách phiên bản."
)

# The buttons under the story form: each only sets the status; the form's
# validation and the workflow rules then decide as for any other save.
WORKFLOW_BUTTONS = {
    "submit": (Status.REVIEW, gettext_lazy("Gửi duyệt")),
    "publish": (Status.PUBLISHED, gettext_lazy("Xuất bản")),
    "send_back": (Status.DRAFT, gettext_lazy("Trả lại phóng viên")),
    "unpublish": (Status.UNPUBLISHED, gettext_lazy("Gỡ bài")),
}


def _story(model_admin, request: HttpRequest, object_id: str) -> Article:
    article = model_admin.get_object(request, unquote(object_id))
    if article is None or not model_admin.has_view_or_change_permission(request, article):
        raise Http404(_("Không có bài viết này."))
    return article


def _context(model_admin, request: HttpRequest, article: Article, title: str, **extra) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "object": article,
        "original": article,
        "title": title,
        "subtitle": str(article),
        "history_url": reverse("admin:articles_article_history", args=[article.pk]),
        "change_url": reverse("admin:articles_article_change", args=[article.pk]),
        **extra,
    }


def version_label(version, *, capital: bool = True) -> str:
    """E.g. “Phiên bản 3 — 09:15 12/03/2025, Thanh Hải”; the person's name keeps its case."""
    number = revisions.version_number(version)
    who = person_name(version.revision.user, default=_("không rõ"))
    parts = {"number": number, "when": desk_time(version.revision.date_created), "who": who}
    if capital:
        return _("Phiên bản %(number)s — %(when)s, %(who)s") % parts
    return _("phiên bản %(number)s — %(when)s, %(who)s") % parts


# --- the change form ---------------------------------------------------------------


def change_form_context(
    model_admin, request: HttpRequest, article: Article | None, stored: workflow.State | None = None
) -> dict:
    """What the change form shows besides the fields: others editing, the notes
    between journalist and desk, the workflow buttons, and why a story is
    read-only. ``stored`` is the story's state in the database, which after a
    refused save differs from what ``article`` holds (what was typed)."""
    user = request.user
    editable = article is None or model_admin.has_change_permission(request, article)
    context: dict = {
        "presence_ping": presence.PING,
        "editing_others": [],
        "workflow_buttons": [],
        "desk_note": None,
        "readonly_reason": "",
    }
    status = None if article is None else stored.status if stored else article.status
    if article is not None:
        context["editing_others"] = presence.touch(article.pk, user) if editable else []
        context["desk_note"] = workflow.current_note(article, status)
        context["can_preview"] = workflow.can_make_preview(user, article)
        if not editable and status == Status.REVIEW:
            context["readonly_reason"] = _(
                "Bài đã gửi duyệt nên bạn không sửa được nữa. Nếu cần sửa, hãy nhờ biên tập "
                "viên trả lại bài."
            )
        elif not editable:
            context["readonly_reason"] = _("Bạn chỉ được xem bài này.")
    if not editable:
        return context
    allowed = workflow.allowed_statuses(user, status)
    buttons = []
    if status in (None, Status.DRAFT) and Status.REVIEW in allowed:
        buttons.append("submit")
    if workflow.can_publish(user):
        if status != Status.PUBLISHED:
            buttons.append("publish")
        if status == Status.REVIEW:
            buttons.append("send_back")
        if status == Status.PUBLISHED:
            buttons.append("unpublish")
    context["workflow_buttons"] = [
        {"value": name, "label": WORKFLOW_BUTTONS[name][1]} for name in buttons
    ]
    return context


def editing_ping(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    """The change form's heartbeat: renews the note that this person has the story
    open and answers who else has. The read-only form pings too; who may only
    read the story is told who is editing it but is not named as editing it."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    article = _story(model_admin, request, object_id)
    if model_admin.has_change_permission(request, article):
        others = presence.touch(article.pk, request.user)
    else:
        others = presence.others(article.pk, request.user)
    return JsonResponse({"others": [e.as_json() for e in others]})


# --- history, diff and restore ----------------------------------------------------------


def history(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    article = _story(model_admin, request, object_id)
    versions = revisions.versions_of(article)
    rows = [
        {
            "id": v.pk,
            "number": revisions.version_number(v),
            "when": v.revision.date_created,
            "who": person_name(v.revision.user, default="—"),
            "comment": v.revision.comment,
            "current": revisions.version_number(v) == article.version,
        }
        for v in versions
    ]
    context = _context(
        model_admin,
        request,
        article,
        _("Lịch sử bài “%(title)s”") % {"title": article},
        events=article.events.select_related("actor"),
        versions=rows,
        can_restore=workflow.can_restore(request.user, article),
        compare_url=reverse("admin:articles_article_compare", args=[article.pk]),
    )
    return TemplateResponse(request, "admin/articles/article/history.html", context)


class _NoSuchVersion(Exception):
    """A version id in a URL that is not one of this story's versions."""


def _pick(article: Article, value: str | None):
    """The version a compare link names: None for "hien-tai" (the story now)."""
    if value in (None, "", "hien-tai"):
        return None
    number = whole_number(value)
    version = revisions.version_of(article, number) if number is not None else None
    if version is None:
        raise _NoSuchVersion(value)
    return version


def _back_to_history(request: HttpRequest, article: Article, text: str) -> HttpResponse:
    messages.error(request, text)
    return HttpResponseRedirect(reverse("admin:articles_article_history", args=[article.pk]))


def compare(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    """Two versions side by side: ?a=<older>&b=<newer>; b may be "hien-tai" (the story now)."""
    article = _story(model_admin, request, object_id)
    try:
        old, new = _pick(article, request.GET.get("a")), _pick(article, request.GET.get("b"))
    except _NoSuchVersion:
        return _back_to_history(request, article, MISSING_VERSION)
    if old is None and new is None:
        return _back_to_history(request, article, _("Hãy chọn hai phiên bản để so sánh."))
    old_num = revisions.version_number(old) if old else article.version
    new_num = revisions.version_number(new) if new else article.version
    if old_num is not None and new_num is not None and old_num > new_num:
        old, new = new, old
    changes = diff(revisions.content_of(old or article), revisions.content_of(new or article))
    context = _context(
        model_admin,
        request,
        article,
        _("So sánh phiên bản — “%(title)s”") % {"title": article},
        diff=changes,
        old_label=version_label(old) if old else _("Bản hiện tại"),
        new_label=version_label(new) if new else _("Bản hiện tại"),
    )
    return TemplateResponse(request, "admin/articles/article/compare.html", context)


def restore(model_admin, request: HttpRequest, object_id: str, version_id: int) -> HttpResponse:
    """GET: what restoring would change. POST: restore, as a new version."""
    article = _story(model_admin, request, object_id)
    if not workflow.can_restore(request.user, article):
        raise PermissionDenied(_("Bạn không có quyền khôi phục phiên bản của bài này."))
    version = revisions.version_of(article, version_id)
    if version is None:
        return _back_to_history(request, article, MISSING_VERSION)
    if request.method == "POST":
        try:
            workflow.restore(article, version_id, request.user)
        except workflow.WorkflowError as error:
            raise PermissionDenied(str(error)) from error
        messages.success(
            request,
            _(
                "Đã khôi phục %(version)s. Việc khôi phục được lưu "
                "thành một phiên bản mới, có thể hoàn tác trong lịch sử."
            )
            % {"version": version_label(version, capital=False)},
        )
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
    changes = diff(revisions.content_of(article), revisions.content_of(version))
    context = _context(
        model_admin,
        request,
        article,
        _("Khôi phục phiên bản — “%(title)s”") % {"title": article},
        diff=changes,
        version_label=version_label(version),
        keeps_links=not workflow.can_curate(request.user),
    )
    return TemplateResponse(request, "admin/articles/article/restore.html", context)


# --- preview links -----------------------------------------------------------------------


def staff_preview(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    """The story as readers will see it, one click from its form, for anyone on
    the desk who may open it: no link to make first (those are for people
    without an account, ``preview_links``)."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    article = _story(model_admin, request, object_id)
    return preview.story_preview(request, article.pk, for_staff=True)


def preview_links(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    """Create a signed preview link (shown once, never stored) or revoke them all."""
    article = _story(model_admin, request, object_id)
    if not workflow.can_make_preview(request.user, article):
        raise PermissionDenied
    link = expires = None
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            workflow.revoke_previews(article, request.user)
            messages.success(request, _("Đã thu hồi mọi liên kết xem trước của bài này."))
            return HttpResponseRedirect(request.path)
        days = whole_number(request.POST.get("days"))
        if days not in preview.DURATION_CHOICES:
            days = preview.DEFAULT_DAYS
        link = request.build_absolute_uri(preview.preview_path(article, days))
        expires = timezone.now() + timedelta(days=days)
        workflow.record(
            article,
            EventAction.PREVIEW_CREATED,
            request.user,
            before=workflow.State.of(article),
            note=ngettext(
                "Dùng được %(days)s ngày, đến %(until)s",
                "Dùng được %(days)s ngày, đến %(until)s",
                days,
            )
            % {"days": days, "until": desk_time(expires)},
        )
    context = _context(
        model_admin,
        request,
        article,
        _("Liên kết xem trước — “%(title)s”") % {"title": article},
        link=link,
        expires=expires,
        durations=preview.DURATION_CHOICES,
        default_days=preview.DEFAULT_DAYS,
        recent=article.events.filter(
            action__in=[EventAction.PREVIEW_CREATED, EventAction.PREVIEW_REVOKED]
        ).select_related("actor")[:10],
    )
    return TemplateResponse(request, "admin/articles/article/preview_links.html", context)
