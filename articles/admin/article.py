"""The story desk: journalists write, editors review, curate and publish.

Every permission is enforced here on the server, by asking articles/workflow.py:
which stories a person sees (``get_queryset``), may change or delete
(``has_*_permission(obj)``), which statuses and fields the form offers
(``get_form``, ``get_readonly_fields``), which inlines exist
(``get_inline_instances``: curation only for those who curate), which admin
actions run, and ``save_model`` checks the change once more before writing.
Every save through the desk keeps a version (django-reversion) and records
its editorial event (ArticleEvent).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .. import presence, revisions, workflow
from ..dates import desk_time
from ..models import (
    Article,
    ArticleAuthor,
    ArticleEvent,
    EventAction,
    ExcludedRelated,
    PinnedRelated,
    Tag,
    TaggedArticle,
    TopHeadline,
)
from ..querysets import Status, live_q
from ..sanitize import sanitize_html
from ..text import clean_line
from . import checklist, curation, desk_views
from .desk_views import WORKFLOW_BUTTONS
from .forms import ArticleForm, OncePerListFormSet
from .widgets import TolerantAutocompleteMixin


class ArticleAuthorInline(TolerantAutocompleteMixin, admin.TabularInline):
    model = ArticleAuthor
    extra = 1
    autocomplete_fields = ["author"]
    verbose_name_plural = _("Tác giả (theo thứ tự ghi tên)")


class _LinkInline(TolerantAutocompleteMixin, admin.TabularInline):
    """An editor's curation list; exists only for those who may curate."""

    # The database refuses a second (source, target, kind) row, but the form
    # has no ``kind``, so Django's unique check skips it: a 500 without this.
    formset = OncePerListFormSet.for_field("target")
    fk_name = "source"
    fields = ["target", "position"]
    autocomplete_fields = ["target"]
    extra = 0


class TopHeadlineInline(_LinkInline):
    model = TopHeadline


class PinnedRelatedInline(_LinkInline):
    model = PinnedRelated


class ExcludedRelatedInline(_LinkInline):
    model = ExcludedRelated
    fields = ["target"]


@admin.display(description=_("Trạng thái"))
def status_badge(article: Article) -> str:
    if article.is_scheduled():
        when = timezone.localtime(article.published_at).strftime("%d/%m/%Y %H:%M")
        label = gettext("Đã lên lịch %(when)s") % {"when": when}
        css = "scheduled"
    else:
        label, css = article.get_status_display(), article.status
    return format_html('<span class="status-badge status-{}">{}</span>', css, label)


def _sent_back_note() -> tuple[Subquery, Subquery]:
    """The latest submission or send-back of each story, and its note."""
    latest = ArticleEvent.objects.filter(
        article=OuterRef("pk"), action__in=workflow.NOTE_ACTIONS
    ).order_by("-at", "-id")
    return Subquery(latest.values("action")[:1]), Subquery(latest.values("note")[:1])


QUEUES = [
    ("cua-toi", _("Bài của tôi")),
    ("cho-duyet", _("Đang chờ duyệt")),
    ("bi-tra-lai", _("Bị trả lại")),
    ("da-len-lich", _("Đã lên lịch đăng")),
]


class QueueFilter(admin.SimpleListFilter):
    """The desk's queues: mine, waiting for review, sent back, scheduled."""

    title = _("hàng đợi")
    parameter_name = "hang-doi"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return QUEUES

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet | None:
        return queue(request, queryset, self.value())


def queue(request: HttpRequest, queryset: QuerySet, name: str | None) -> QuerySet | None:
    if name == "cua-toi":
        bylined = ArticleAuthor.objects.filter(author__user=request.user).values("article_id")
        return queryset.filter(Q(created_by=request.user) | Q(pk__in=bylined))
    if name == "cho-duyet":
        return queryset.filter(status=Status.REVIEW)
    if name == "bi-tra-lai":
        last_action, _note = _sent_back_note()
        return queryset.alias(desk_last=last_action).filter(
            status=Status.DRAFT, desk_last=EventAction.SENT_BACK
        )
    if name == "da-len-lich":
        return queryset.scheduled()
    return None


class ArticleChangeList(ChangeList):
    """Adds the latest submission or send-back note to each row in the same query."""

    def get_queryset(self, request: HttpRequest, exclude_parameters=None) -> QuerySet:
        queryset = super().get_queryset(request, exclude_parameters)
        last_action, note = _sent_back_note()
        return queryset.annotate(desk_last=last_action, desk_note=note)


@admin.register(Article)
class ArticleAdmin(TolerantAutocompleteMixin, admin.ModelAdmin):
    form = ArticleForm
    list_display = [
        "title",
        "section",
        status_badge,
        "published_when",
        "updated_when",
        "desk_note",
        "view_link",
    ]
    list_filter = [
        QueueFilter,
        "status",
        "section",
        ("bylines__author", admin.RelatedOnlyFieldListFilter),
        "published_at",
    ]
    search_fields = ["title", "lead"]
    date_hierarchy = "published_at"
    list_select_related = ["section", "section__parent"]
    list_per_page = 50
    autocomplete_fields = ["section", "cover"]
    inlines = [ArticleAuthorInline, TopHeadlineInline, PinnedRelatedInline, ExcludedRelatedInline]
    readonly_fields = ["created_at", "updated_at", "version", "body_as_read"]
    actions = ["submit_selected", "publish_selected", "unpublish_selected"]

    class Media:
        css = {"all": ["css/admin.css"]}

    # -- what each person sees and may do ---------------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return workflow.visible_articles(request.user, super().get_queryset(request))

    def has_view_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or workflow.can_view(request.user, obj))

    def has_change_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or workflow.can_edit(request.user, obj))

    def has_delete_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or workflow.can_delete(request.user, obj))

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return workflow.can_publish(request.user)

    def get_inline_instances(self, request: HttpRequest, obj: Article | None = None) -> list:
        curates = workflow.can_curate(request.user)
        return [
            inline
            for inline in super().get_inline_instances(request, obj)
            if curates or not isinstance(inline, _LinkInline)
        ]

    def get_readonly_fields(self, request: HttpRequest, obj: Article | None = None) -> list[str]:
        fields = list(super().get_readonly_fields(request, obj))
        if not workflow.can_publish(request.user):
            fields.append("published_at")  # scheduling is the desk's decision
            fields.append("status_now")  # changed with the workflow buttons
        return fields

    def get_fieldsets(self, request: HttpRequest, obj: Article | None = None) -> list:
        editable = obj is None or self.has_change_permission(request, obj)
        main = ["title", "lead", "body" if editable else "body_as_read"]
        if workflow.can_publish(request.user):
            publishing = ["status", "published_at", "breaking", "breaking_until"]
        else:
            publishing = ["status_now", "status", "published_at"]  # status: hidden
        if editable:
            if obj is not None:
                main.append("opened_version")
            publishing.append("workflow_note")
        return [
            (None, {"fields": main}),
            (gettext("Phân loại"), {"fields": ["section", "tags"]}),
            (gettext("Ảnh đại diện"), {"fields": ["cover", "cover_caption"]}),
            (gettext("Xuất bản"), {"fields": publishing}),
            (
                gettext("Tối ưu tìm kiếm"),
                {"classes": ["collapse"], "fields": ["seo_title", "seo_description", "slug"]},
            ),
            (
                gettext("Thông tin"),
                {"classes": ["collapse"], "fields": ["created_at", "updated_at", "version"]},
            ),
        ]

    def get_form(self, request: HttpRequest, obj: Article | None = None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def get_changelist(self, request: HttpRequest, **kwargs):
        return ArticleChangeList

    def changelist_view(self, request: HttpRequest, extra_context=None):
        """The list, with the desk's queues and their sizes above it."""
        stories = self.get_queryset(request)
        active = request.GET.get(QueueFilter.parameter_name)
        queues = [
            {
                "key": key,
                "label": label,
                "count": queue(request, stories, key).count(),
                "active": key == active,
            }
            for key, label in QUEUES
        ]
        return super().changelist_view(request, {**(extra_context or {}), "desk_queues": queues})

    def view_on_site(self, article: Article) -> str | None:
        """ "Xem trên trang web" only where a reader can follow it: a draft's
        link would be a 404 (drafts have "Xem trước" instead)."""
        return article.get_absolute_url() if article.is_live() else None

    @admin.display(description=_("Trạng thái"))
    def status_now(self, article: Article) -> str:
        """The status for those who change it with the workflow buttons only."""
        return article.get_status_display()

    @admin.display(description=_("Nội dung"))
    def body_as_read(self, article: Article) -> str:
        """The body as readers will see it, for whoever may only read the story
        (a journalist after submitting it): the read-only field showed its HTML
        as text. Stored bodies are sanitized on save; cleaned again here all the
        same, since this is marked safe."""
        return mark_safe(sanitize_html(article.body))

    def message_user(
        self, request: HttpRequest, message, level=messages.INFO, extra_tags="", fail_silently=False
    ) -> None:
        # After a workflow button, Django's "changed successfully" says nothing
        # of what the button did: the decision's own sentence replaces it.
        if level == messages.SUCCESS and "workflow_decision" in request.__dict__:
            message = request.__dict__.pop("workflow_decision")
        super().message_user(request, message, level, extra_tags, fail_silently)

    # -- list columns ------------------------------------------------------------------

    @admin.display(description=_("Thời điểm xuất bản"), ordering="published_at")
    def published_when(self, article: Article) -> str:
        return desk_time(article.published_at)

    @admin.display(description=_("Sửa lúc"), ordering="updated_at")
    def updated_when(self, article: Article) -> str:
        return desk_time(article.updated_at)

    @admin.display(description=_("Xem"))
    def view_link(self, article: Article) -> str:
        if not article.is_live():
            return "—"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            article.get_absolute_url(),
            gettext("Xem trên trang"),
        )

    @admin.display(description=_("Ghi chú"))
    def desk_note(self, article: Article) -> str:
        """The note between journalist and desk that is still current: why a
        draft was sent back, or what the journalist wrote when submitting."""
        last, note = getattr(article, "desk_last", None), getattr(article, "desk_note", "") or ""
        if not workflow.note_is_current(article.status, last, note):
            return "—"
        label = (
            gettext("Bị trả lại") if last == EventAction.SENT_BACK else gettext("Phóng viên ghi")
        )
        return format_html('<span class="desk-note">{}: {}</span>', label, note)

    # -- saving ----------------------------------------------------------------------------

    def changeform_view(
        self, request: HttpRequest, object_id=None, form_url="", extra_context=None
    ):
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        button = request.POST.get("_workflow")
        if button in WORKFLOW_BUTTONS:
            data = request.POST.copy()
            data["status"] = WORKFLOW_BUTTONS[button][0]
            request.POST = data
        pk = _pk(object_id)
        with revisions.revision(pk, request.user):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request: HttpRequest, obj: Article, form, change: bool) -> None:
        stored = Article.objects.filter(pk=obj.pk).first() if change else None
        try:
            workflow.check_save(request.user, stored, workflow.State.of(obj))
        except workflow.WorkflowError as error:
            raise PermissionDenied(str(error)) from error
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
        before = form.state_before
        events = workflow.record_save(
            obj, request.user, before, note=form.cleaned_data.get("workflow_note", "")
        )
        decided = [e for e in events if e.action != EventAction.CREATED]
        if decided:
            request.workflow_decision = workflow.decision_message(decided[-1])
        decisions = [e.get_action_display() for e in decided]
        changed = [
            str(form.fields[name].label)
            for name in form.changed_data
            if name in form.fields
            and name not in ("opened_version", "workflow_note", "status")
            and _really_changed(name, stored, obj)
        ]
        parts = decisions or ([gettext("Tạo bài")] if not change else [])
        if changed and change:
            fields = ", ".join(label.lower() for label in changed)
            parts.append(gettext("sửa %(fields)s") % {"fields": fields})
        revisions.set_comment("; ".join(parts) or gettext("Lưu bài"))

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        revisions.snapshot(form.instance)
        for warning in checklist.warnings_after_save(form):  # soft pre-publish issues
            self.message_user(request, warning, messages.WARNING)

    def response_change(self, request: HttpRequest, obj: Article) -> HttpResponse:
        if "_continue" not in request.POST:
            presence.release(obj.pk, request.user)
        return super().response_change(request, obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # After a refused save, ``obj`` holds what was typed (a status the
        # buttons must not follow); the form remembers the stored state.
        before = getattr(context["adminform"].form, "state_before", None)
        context.update(desk_views.change_form_context(self, request, obj, before))
        formsets = context.get("inline_admin_formsets", [])
        context.update(curation.panel_context(self, request, obj, formsets))
        return super().render_change_form(request, context, add, change, form_url, obj)

    # -- actions on the list ------------------------------------------------------------

    def _apply(self, request: HttpRequest, queryset: QuerySet, step, done_label: str) -> None:
        done, refused = 0, []
        for article in queryset:
            try:
                step(article, request.user)
                done += 1
            except workflow.WorkflowError as error:
                refused.append(f"“{article.title}”: {error}")
        if done:
            message = ngettext("%(label)s: %(count)s bài.", "%(label)s: %(count)s bài.", done) % {
                "label": done_label,
                "count": done,
            }
            self.message_user(request, message, messages.SUCCESS)
        for reason in refused:
            self.message_user(request, reason, messages.WARNING)

    @admin.action(description=_("Gửi duyệt các bài đã chọn"), permissions=["change"])
    def submit_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(request, queryset, workflow.submit, gettext("Đã gửi duyệt"))

    @admin.action(description=_("Xuất bản ngay các bài đã chọn"), permissions=["publish"])
    def publish_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(request, queryset, workflow.publish, gettext("Đã xuất bản"))

    @admin.action(description=_("Gỡ các bài đã chọn"), permissions=["publish"])
    def unpublish_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(request, queryset, workflow.unpublish, gettext("Đã gỡ"))

    # -- extra pages ------------------------------------------------------------------------

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str):
        # Links to other stories may only point at stories readers can open.
        # The inline widgets name the concrete model ("articlelink"), where the
        # field is declared, not the proxy the inline is for.
        if request.path.endswith("/autocomplete/") and request.GET.get("model_name") in {
            "articlelink",
            "topheadline",
            "pinnedrelated",
            "excludedrelated",
            "blockitem",
        }:
            queryset = queryset.live()
        return super().get_search_results(request, queryset, search_term)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("tag-suggest/", view(self.tag_suggest), name="articles_article_tag_suggest"),
            path(
                "<path:object_id>/editing/",
                view(self.editing_ping),
                name="articles_article_editing",
            ),
            path(
                "<path:object_id>/history/compare/",
                view(self.compare_view),
                name="articles_article_compare",
            ),
            path(
                "<path:object_id>/history/<int:version_id>/restore/",
                view(self.restore_view),
                name="articles_article_restore",
            ),
            path(
                "<path:object_id>/goi-y/",
                view(self.curate_suggestion_view),
                name="articles_article_curate_suggestion",
            ),
            path(
                "<path:object_id>/doc-thu/",
                view(self.staff_preview_view),
                name="articles_article_staff_preview",
            ),
            path(
                "<path:object_id>/xem-truoc/",
                view(self.preview_links_view),
                name="articles_article_preview_links",
            ),
            *super().get_urls(),
        ]

    def tag_suggest(self, request: HttpRequest) -> JsonResponse:
        """Tag names starting with what the journalist is typing."""
        if not self.has_view_or_change_permission(request):
            return JsonResponse({"tags": []}, status=403)
        term = clean_line(request.GET.get("q", ""))[:50]
        tags = Tag.objects.filter(name__istartswith=term) if term else Tag.objects.none()
        if not workflow.can_edit_any(request.user):
            # A tag names a story: one only on another desk's draft or
            # embargoed story is not for every journalist to read, as the
            # story is not. A tag on no story yet is the desk's vocabulary.
            mine = workflow.visible_articles(request.user, Article.objects.all()).values("pk")
            seen = TaggedArticle.objects.filter(
                live_q("content_object__") | Q(content_object__in=mine)
            )
            used = TaggedArticle.objects.filter(tag=OuterRef("pk"))
            tags = tags.filter(Q(pk__in=seen.values("tag_id")) | ~Exists(used))
        return JsonResponse(
            {"tags": list(tags.order_by("name").values_list("name", flat=True)[:15])}
        )

    def editing_ping(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return desk_views.editing_ping(self, request, object_id)

    def history_view(self, request: HttpRequest, object_id: str, extra_context=None):
        return desk_views.history(self, request, object_id)

    def compare_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return desk_views.compare(self, request, object_id)

    def restore_view(self, request: HttpRequest, object_id: str, version_id: int) -> HttpResponse:
        return desk_views.restore(self, request, object_id, version_id)

    def staff_preview_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return desk_views.staff_preview(self, request, object_id)

    def preview_links_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return desk_views.preview_links(self, request, object_id)

    def curate_suggestion_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        return curation.curate_suggestion(self, request, object_id)


def _really_changed(name: str, stored: Article | None, saved: Article) -> bool:
    """Whether a field the form calls changed differs once saved: the editor
    re-serialises an untouched body (and saving cleans it), so the history
    said "sửa nội dung" when nobody had touched it."""
    concrete = {f.attname for f in Article._meta.concrete_fields}
    if stored is None or name not in concrete:
        return True
    return getattr(stored, name) != getattr(saved, name)


def _pk(object_id: str | None) -> int | None:
    if not object_id:
        return None
    try:
        return int(unquote(object_id))
    except ValueError:
        return None
