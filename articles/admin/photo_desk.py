"""The photo desk: bulk upload, the missing-alt filter and "where is this photo used".

Mixed into ImageAdmin (articles/admin/library.py). Every file of a bulk
upload is checked with Pillow on its own (articles/images.py, the same check
as the single upload and the editor's upload), so one corrupt file among
twenty refuses that file, by name, and stores the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, TooManyFilesSent, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .. import workflow
from ..images import check_image, human_size, safe_upload_name
from ..models import Article, Image
from ..text import clean_line


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleImageField(forms.FileField):
    """Several files in one field; each is validated by the view, one by one."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        if not files:
            raise ValidationError(_("Hãy chọn ít nhất một ảnh."), code="required")
        limit = settings.NEWSROOM_BULK_UPLOAD_MAX_FILES
        if len(files) > limit:
            raise ValidationError(
                _("Mỗi lần chỉ tải lên được tối đa %(limit)s ảnh; bạn đã chọn %(count)s ảnh."),
                code="too_many",
                params={"limit": limit, "count": len(files)},
            )
        return list(files)


class BulkUploadForm(forms.Form):
    files = MultipleImageField(
        label=gettext_lazy("Ảnh"),
        widget=MultipleFileInput(
            attrs={"accept": "image/jpeg,image/png,image/gif,image/webp,image/avif"}
        ),
    )
    caption = forms.CharField(
        label=gettext_lazy("Chú thích chung"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("Để trống nếu từng ảnh có chú thích riêng (sửa sau khi tải lên)."),
    )
    credit = forms.CharField(label=gettext_lazy("Nguồn ảnh"), required=False, max_length=200)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = _(
            "Chọn nhiều ảnh cùng lúc (tối đa %(count)s ảnh mỗi "
            "lần, mỗi ảnh tối đa %(size)s). Mỗi ảnh "
            "được kiểm tra riêng: ảnh hỏng bị từ chối, các ảnh khác vẫn được lưu."
        ) % {
            "count": settings.NEWSROOM_BULK_UPLOAD_MAX_FILES,
            "size": human_size(settings.NEWSROOM_IMAGE_MAX_BYTES),
        }


@dataclass
class Refused:
    name: str
    reason: str


def store_uploads(
    files: list[UploadedFile], user, caption: str = "", credit: str = ""
) -> tuple[list[Image], list[Refused]]:
    """Check and store each file; the stored Images and the refused files with why."""
    stored: list[Image] = []
    refused: list[Refused] = []
    for upload in files:
        name = upload.name or _("(không tên)")
        try:
            checked = check_image(upload)
        except ValidationError as error:
            refused.append(Refused(name, " ".join(error.messages)))
            continue
        image = Image(uploaded_by=user, caption=clean_line(caption), credit=clean_line(credit))
        image.file.save(safe_upload_name(name, checked), upload, save=False)
        try:
            with transaction.atomic():
                image.save()
        except Exception:
            image.file.delete(save=False)  # no row, so no file either
            raise
        stored.append(image)
    return stored, refused


class MissingAltFilter(admin.SimpleListFilter):
    title = gettext_lazy("mô tả ảnh (alt)")
    parameter_name = "alt"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return [("thieu", _("Thiếu mô tả ảnh")), ("co", _("Đã có mô tả ảnh"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet | None:
        if self.value() == "thieu":
            return queryset.filter(alt_text="")
        if self.value() == "co":
            return queryset.exclude(alt_text="")
        return None


def articles_using(image: Image) -> QuerySet[Article]:
    """Stories that show the photo: as their cover, or in their body."""
    used = Q(cover=image)
    if image.file:
        used |= Q(body__contains=image.file.name)
    return Article.objects.filter(used).select_related("section").order_by("-updated_at")


class PhotoDeskMixin:
    """What ImageAdmin gains: bulk upload, a missing-alt filter, where each photo is used."""

    change_list_template = "admin/articles/image/change_list.html"
    change_form_template = "admin/articles/image/change_form.html"
    search_help_text = gettext_lazy("Tìm theo chú thích, mô tả ảnh hoặc nguồn ảnh.")

    def get_list_filter(self, request: HttpRequest):
        return [MissingAltFilter, *super().get_list_filter(request)]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            user = request.user
            context["used_in"] = [
                {
                    "article": a,
                    "as_cover": a.cover_id == obj.pk,
                    "url": reverse("admin:articles_article_change", args=[a.pk]),
                }
                for a in articles_using(obj)[:100]
                if workflow.can_view(user, a)
            ]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("tai-nhieu/", view(self.bulk_upload_view), name="articles_image_bulk_upload"),
            path("<int:pk>/thong-tin/", view(self.image_info_view), name="articles_image_info"),
            *super().get_urls(),
        ]

    def bulk_upload_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        stored: list[Image] = []
        refused: list[Refused] = []
        if request.method == "POST":
            try:
                form = BulkUploadForm(request.POST, request.FILES)
            except TooManyFilesSent:
                # Only reached without the CSRF middleware in front, which
                # answers 400 first; the form's help text states the limit.
                limit = settings.NEWSROOM_BULK_UPLOAD_MAX_FILES
                form = BulkUploadForm({})
                form.full_clean()
                form.errors.clear()
                form.add_error(
                    None,
                    ngettext(
                        "Mỗi lần chỉ tải lên được tối đa %(limit)s ảnh.",
                        "Mỗi lần chỉ tải lên được tối đa %(limit)s ảnh.",
                        limit,
                    )
                    % {"limit": limit},
                )
            if form.is_valid():
                stored, refused = store_uploads(
                    form.cleaned_data["files"],
                    request.user,
                    form.cleaned_data["caption"],
                    form.cleaned_data["credit"],
                )
                if stored:
                    saved = ngettext(
                        "Đã lưu %(count)s ảnh.", "Đã lưu %(count)s ảnh.", len(stored)
                    ) % {"count": len(stored)}
                    self.message_user(request, saved, messages.SUCCESS)
                if refused:
                    self.message_user(
                        request,
                        ngettext(
                            "%(count)s ảnh bị từ chối: %(names)s",
                            "%(count)s ảnh bị từ chối: %(names)s",
                            len(refused),
                        )
                        % {"count": len(refused), "names": ", ".join(r.name for r in refused)},
                        messages.ERROR,
                    )
                form = BulkUploadForm()
        else:
            form = BulkUploadForm()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Tải nhiều ảnh lên"),
            "form": form,
            "stored": stored,
            "refused": refused,
            "missing_alt_url": reverse("admin:articles_image_changelist") + "?alt=thieu",
        }
        return TemplateResponse(request, "admin/articles/image/bulk_upload.html", context)

    def image_info_view(self, request: HttpRequest, pk: int) -> JsonResponse:
        """What the story form's social-card preview needs of a cover photo."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        image = get_object_or_404(Image, pk=pk)
        return JsonResponse({"url": image.url, "alt": image.alt_text, "caption": image.caption})
