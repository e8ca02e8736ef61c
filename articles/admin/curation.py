"""Explainable curation on the story form: the "Gợi ý tự động" panel.

The panel lists the related-article engine's automatic suggestions for the
story (``related.service.explain``) with their score and reasons, each with
two buttons: "Ghim" (pin it at the end of "Có thể bạn quan tâm") and "Loại"
(never suggest it for this story).

The buttons belong to a small form of their own, declared after the story's
form (HTML ``form=`` attribute), so a click never submits, and never half
saves, the story. With script on (static/js/related-curation.js) a click
instead adds the story to the pinned or excluded inline list, so nothing
typed is lost and the choice is saved, versioned and recorded with the
story's "Lưu". Without script the small form posts to ``curate_suggestion``,
which applies the choice at once.

Only editors who curate see the panel, and the view checks that again: the
curate permission, the right to change this story, a POST with a CSRF token,
and a target readers can open.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .. import workflow
from ..models import Article, ArticleLink, ExcludedRelated, LinkKind, PinnedRelated
from ..params import whole_number
from ..related import signals as related_signals
from ..related.service import explain
from .forms import position_after

# What each button asks for: the POST key, the proxy model its inline edits.
ACTIONS: dict[str, type[ArticleLink]] = {"pin": PinnedRelated, "exclude": ExcludedRelated}


def may_curate(model_admin, request: HttpRequest, article: Article | None) -> bool:
    """The panel and its actions: editors who curate, on a story they may change."""
    return (
        article is not None
        and workflow.can_curate(request.user)
        and model_admin.has_change_permission(request, article)
    )


def panel_context(
    model_admin, request: HttpRequest, article: Article | None, inline_formsets: list
) -> dict:
    """The panel's rows (suggestions readers could see now, minus the excluded
    ones) and the prefixes of the pinned and excluded inlines for the script."""
    if not may_curate(model_admin, request, article):
        return {"related_panel": None}
    chosen = dict(
        ArticleLink.objects.filter(
            source=article, kind__in=[LinkKind.PIN, LinkKind.EXCLUDE]
        ).values_list("target_id", "kind")
    )
    rows = [
        {"suggestion": s, "pinned": chosen.get(s.article.pk) == LinkKind.PIN}
        for s in explain(article)
        if chosen.get(s.article.pk) != LinkKind.EXCLUDE
    ]
    prefixes = {f.opts.model: f.formset.prefix for f in inline_formsets}
    return {
        "related_panel": {
            "rows": rows,
            "action_url": reverse("admin:articles_article_curate_suggestion", args=[article.pk]),
            "pin_prefix": prefixes.get(PinnedRelated, ""),
            "exclude_prefix": prefixes.get(ExcludedRelated, ""),
        }
    }


def curate_suggestion(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    """POST ``pin=<id>`` or ``exclude=<id>``: apply one button of the panel."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not workflow.can_curate(request.user):
        raise PermissionDenied(_("Bạn không có quyền chọn bài liên quan."))
    article = model_admin.get_object(request, unquote(object_id))
    if article is None:
        messages.error(request, _("Không tìm thấy bài viết này; có thể bài đã bị xoá."))
        return HttpResponseRedirect(reverse("admin:articles_article_changelist"))
    if not may_curate(model_admin, request, article):
        raise PermissionDenied(_("Bạn không được sửa bài này."))
    back = HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
    asked = [key for key in ACTIONS if key in request.POST]
    if len(asked) != 1:
        messages.error(request, _("Hãy bấm “Ghim” hoặc “Loại” ở một bài gợi ý."))
        return back
    action = asked[0]
    pk = whole_number(request.POST[action].strip())
    target = Article.objects.live().filter(pk=pk).first() if pk is not None else None
    if target is None:
        messages.error(
            request,
            _(
                "Không tìm thấy bài được chọn, hoặc bài chưa đăng nên không thể liên kết. "
                "Hãy tải lại trang và chọn lại."
            ),
        )
    elif target.pk == article.pk:
        messages.error(request, _("Không thể liên kết bài viết với chính nó."))
    else:
        level, text = apply(article, target, action)
        messages.add_message(request, level, text)
    return back


def apply(article: Article, target: Article, action: str) -> tuple[int, str]:
    """Pin or exclude ``target`` for ``article``; the message for the editor.

    The latest decision wins: pinning a story takes it off the excluded list
    and excluding it unpins it. A new pin goes after the last one.
    """
    model = ACTIONS[action]
    opposite = ExcludedRelated if model is PinnedRelated else PinnedRelated
    with transaction.atomic():
        Article.objects.select_for_update().filter(pk=article.pk).first()  # one click at a time
        links = model.objects.filter(source=article)
        last = links.aggregate(last=Max("position"))["last"]
        position = position_after(model, last)
        if position is None and not links.filter(target=target).exists():
            if model is PinnedRelated:
                message = _(
                    "Không ghim được “%(title)s”: không còn vị trí nào sau %(last)s. "
                    "Hãy đánh lại số nhỏ hơn cho các bài đã ghim trong biểu mẫu."
                )
            else:
                message = _(
                    "Không loại được “%(title)s”: không còn vị trí nào sau %(last)s. "
                    "Hãy đánh lại số nhỏ hơn cho các bài đã loại trong biểu mẫu."
                )
            return messages.ERROR, message % {"title": target.title, "last": last}
        undone = opposite.objects.filter(source=article, target=target).delete()[0]
        _link, created = model.objects.get_or_create(
            source=article,
            target=target,
            defaults={"position": position},
        )
        if model is ExcludedRelated or undone:
            # The engine leaves excluded stories out of the list it stores.
            related_signals.schedule(article.pk)
    title = {"title": target.title}
    if not created:
        if model is PinnedRelated:
            return messages.INFO, _("“%(title)s” đã được ghim từ trước.") % title
        return messages.INFO, _("“%(title)s” đã bị loại từ trước.") % title
    if model is PinnedRelated:
        text = _("Đã ghim “%(title)s” vào cuối danh sách “Có thể bạn quan tâm”.") % title
        return messages.SUCCESS, text + (" " + _("Bài không còn bị loại.") if undone else "")
    text = _("Đã loại “%(title)s”: bài sẽ không được gợi ý cho bài viết này.") % title
    return messages.SUCCESS, text + (" " + _("Bài cũng đã được bỏ ghim.") if undone else "")
