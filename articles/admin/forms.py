"""The article form of the desk: tags typed as a list, the workflow and the optimistic lock."""

from __future__ import annotations

from django import forms
from django.db import connections, models, router, transaction
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_ckeditor_5.widgets import CKEditor5Widget
from taggit.forms import TagField

from .. import revisions, workflow
from ..dates import desk_time
from ..models import Article, Tag
from ..querysets import Status
from ..text import clean_line
from . import checklist

TAG_MAX_LENGTH = Tag._meta.get_field("name").max_length


def split_tags(text: str) -> list[str]:
    """The tags of a comma-separated list, each one kept whole.

    Vietnamese tags are several words ("nhà ở xã hội"): only a comma separates
    two tags, never a space (taggit's own parser splits a comma-less entry on
    spaces, which would turn one tag into four).
    """
    names: dict[str, str] = {}
    for part in (text or "").split(","):
        name = clean_line(part.strip().strip('"'))
        if name:
            names.setdefault(name.casefold(), name)
    return sorted(names.values())


class TagListWidget(forms.TextInput):
    """Shows saved tags as the "a, b" list a journalist edits (a plain TextInput
    would print a Python repr of the tag objects)."""

    def format_value(self, value):
        if value is not None and not isinstance(value, str):
            value = ", ".join(sorted(getattr(tag, "name", str(tag)) for tag in value))
        return super().format_value(value)


class TagListField(TagField):
    widget = TagListWidget

    def clean(self, value):
        names = split_tags(forms.CharField.clean(self, value))
        too_long = [name for name in names if len(name) > TAG_MAX_LENGTH]
        if too_long:
            raise forms.ValidationError(
                _("Thẻ “%(name)s…” quá dài: mỗi thẻ tối đa %(max)s ký tự."),
                code="tag_too_long",
                params={"name": too_long[0][:30], "max": TAG_MAX_LENGTH},
            )
        return names


def position_after(model: type[models.Model], last: int | None) -> int | None:
    """The ``position`` for a story added after ``last`` (0 for an empty list),
    or None when the column holds no larger number on its database (32767
    for a small integer on PostgreSQL, 2**63 - 1 on SQLite)."""
    if last is None:
        return 0
    column = model._meta.get_field("position")
    connection = connections[router.db_for_write(model)]
    highest = connection.ops.integer_field_range(column.get_internal_type())[1]
    return last + 1 if last < highest else None


SEND_BACK_NOTE_REQUIRED = gettext_lazy("Hãy ghi chú lý do khi trả bài cho phóng viên.")


class ArticleForm(forms.ModelForm):
    """The story form. ``user`` is set by ArticleAdmin.get_form for each request.

    Two rules beyond the fields:
    - the workflow: the status choices are the ones the user may give the
      story, and the change is checked again in ``clean`` (articles/workflow.py);
    - no lost edits: the form carries the version it was opened at. If someone
      saved the story since, the save is refused, the other person's changes
      are shown (``conflict``) and everything typed stays in the form. The
      hidden version then moves to the current one, so saving again is a
      deliberate choice to replace the other version.
    """

    opened_version = forms.IntegerField(
        label=gettext_lazy("Phiên bản đã mở"), widget=forms.HiddenInput, required=False
    )
    workflow_note = forms.CharField(
        label=gettext_lazy("Ghi chú gửi kèm"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy(
            "Lý do khi trả bài cho phóng viên, hoặc lời nhắn khi gửi duyệt. "
            "Được lưu trong nhật ký của bài."
        ),
    )

    user = None

    class Meta:
        model = Article
        fields = [
            "title",
            "lead",
            "body",
            "section",
            "tags",
            "cover",
            "cover_caption",
            "status",
            "published_at",
            "seo_title",
            "seo_description",
            "slug",
        ]
        field_classes = {"tags": TagListField}
        widgets = {
            "body": CKEditor5Widget(config_name="default"),
            "lead": forms.Textarea(attrs={"rows": 3}),
            "tags": TagListWidget(
                attrs={
                    "class": "vTextField tag-autocomplete",
                    "autocomplete": "off",
                    "data-suggest-url": reverse_lazy("admin:articles_article_tag_suggest"),
                }
            ),
        }

    class Media:
        js = [
            "js/tag-autocomplete.js",
            "js/story-form-helps.js",
            "js/story-form-draft.js",
            "js/story-form-a11y.js",
        ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.conflict: revisions.Conflict | None = None
        instance = self.instance
        self.state_before = workflow.State.of(instance) if instance.pk else None
        if instance.pk:
            self.initial.setdefault("opened_version", instance.version)
        if "status" in self.fields and self.user is not None:
            allowed = workflow.allowed_statuses(self.user, instance.status if instance.pk else None)
            self.fields["status"].choices = [
                (value, label) for value, label in Status.choices if value in allowed
            ]
            if not workflow.can_publish(self.user):
                # A journalist's only move is the "Gửi duyệt" button, which sets
                # this field; a menu beside it offered the same thing twice.
                # The admin shows the status read-only (``status_now``).
                self.fields["status"].widget = forms.HiddenInput()

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.instance.pk:
            self._check_version(cleaned)
        self._check_workflow(cleaned)
        checklist.enforce(self, cleaned)  # the pre-publish checklist (articles/admin/checklist.py)
        return cleaned

    # -- no lost edits ---------------------------------------------------------

    def _check_version(self, cleaned: dict) -> None:
        rows = Article.objects.filter(pk=self.instance.pk)
        if transaction.get_connection().in_atomic_block:
            # Held until the save commits: two saves of one story take turns.
            rows = rows.select_for_update()
        current = rows.values_list("version", flat=True).first()
        opened = cleaned.get("opened_version")
        if current is None or opened == current:
            return
        self._reopen_at(current)
        if opened is None:
            raise forms.ValidationError(
                _(
                    "Biểu mẫu không cho biết bạn đã mở phiên bản nào của bài, nên chưa lưu. "
                    "Nội dung bạn nhập vẫn còn; bấm Lưu lần nữa để lưu."
                ),
                code="no_version",
            )
        article = Article.objects.get(pk=self.instance.pk)
        self.conflict = revisions.Conflict.build(article, opened)
        raise forms.ValidationError(
            _(
                "%(who)s đã lưu bài này lúc %(at)s, sau khi bạn mở nó. Bài đang lưu là bản "
                "của họ; những gì họ đã thay đổi hiện ở khung bên trên. Nội dung bạn nhập vẫn "
                "còn nguyên trong biểu mẫu: hãy xem lại, rồi bấm Lưu lần nữa nếu muốn bản của "
                "bạn thay thế bản của họ."
            ),
            code="conflict",
            params={
                "who": ", ".join(self.conflict.who),
                "at": desk_time(self.conflict.saved_at),
            },
        )

    def _reopen_at(self, version: int) -> None:
        """Re-render with the current version, keeping everything else as typed."""
        data = self.data.copy()
        data[self.add_prefix("opened_version")] = str(version)
        self.data = data

    # -- workflow ------------------------------------------------------------------

    def _check_workflow(self, cleaned: dict) -> None:
        if self.user is None:
            return
        before = self.state_before
        status = cleaned.get("status") if "status" in self.fields else None
        status = status or (before.status if before else Status.DRAFT)
        if "published_at" in self.fields:
            published_at = cleaned.get("published_at")
        else:
            published_at = before.published_at if before else None
        try:
            workflow.check_change(self.user, before, workflow.State(status, published_at))
        except workflow.WorkflowError as error:
            raise forms.ValidationError(str(error), code="workflow") from error
        sending_back = before is not None and before.status == Status.REVIEW
        if sending_back and status == Status.DRAFT and not cleaned.get("workflow_note"):
            self.add_error("workflow_note", SEND_BACK_NOTE_REQUIRED)


class OncePerListFormSet(forms.BaseInlineFormSet):
    """An inline, ordered list of stories (a story's links, a block's items).

    - It names each story once: the same story twice in "Nên xem" showed
      twice to readers.
    - A new row's position starts blank, meaning "after the others", and is
      filled in on save: the model's default 0 put every story an editor
      added ahead of those placed 1, 2, 3. A position typed in is kept.

    ``for_field("article")`` makes the formset for a list whose story field
    has that name.
    """

    story_field = "target"

    @classmethod
    def for_field(cls, name: str) -> type[OncePerListFormSet]:
        return type(f"OncePer{name.title()}FormSet", (cls,), {"story_field": name})

    def add_fields(self, form, index) -> None:
        super().add_fields(form, index)
        if "position" in form.fields and form.instance.pk is None:
            form.fields["position"].required = False
            form.fields["position"].help_text = _("Để trống: xếp sau các bài đã có.")
            form.initial["position"] = None

    def clean(self) -> None:
        super().clean()
        kept = [
            form
            for form in self.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get(self.story_field) is not None
        ]
        seen: set[int] = set()
        for form in kept:
            story = form.cleaned_data[self.story_field]
            if story.pk in seen:
                form.add_error(self.story_field, _("Bài viết này đã có trong danh sách."))
            seen.add(story.pk)
        placed = [f.cleaned_data.get("position") for f in kept if "position" in f.cleaned_data]
        after = max((p for p in placed if p is not None), default=0)
        for form in kept:
            if "position" in form.cleaned_data and form.cleaned_data["position"] is None:
                position = position_after(self.model, after)
                if position is None:  # the database would refuse the next number
                    form.add_error(
                        "position",
                        _(
                            "Không còn vị trí nào sau %(after)s: hãy nhập vị trí cho bài "
                            "này, hoặc đánh lại số nhỏ hơn cho các bài đã có."
                        )
                        % {"after": after},
                    )
                    continue
                after = form.cleaned_data["position"] = form.instance.position = position
