"""The rest of the desk: the photo library, sections, bylines and the site-wide blocks."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import validate_image_file_extension
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag as TaggitTag

from .. import workflow
from ..dates import desk_time
from ..images import check_image, safe_upload_name
from ..models import Author, Block, BlockItem, Image, Section
from .forms import OncePerListFormSet
from .photo_desk import PhotoDeskMixin
from .widgets import TolerantAutocompleteMixin

# Stories are tagged with articles.Tag; taggit's own Tag model stays empty,
# and its admin page ("Thẻ (taggit)") only made editors wonder where tags went.
# taggit comes before articles in INSTALLED_APPS, so it is registered by now.
if admin.site.is_registered(TaggitTag):
    admin.site.unregister(TaggitTag)


class ImageForm(forms.ModelForm):
    class Meta:
        model = Image
        fields = ["file", "alt_text", "caption", "credit"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The photo is renamed after what Pillow finds in it (clean_file), so
        # the name it came with may be of any length and end in anything, as
        # in the editor's upload: Django's checks of the sent name refused a
        # 120-character name, or "anh" with no extension, listing formats
        # (BMP, TIFF…) that check_image refuses anyway.
        upload = self.fields.get("file")  # absent from a read-only view of the photo
        if upload is not None:
            upload.max_length = None
            upload.validators = [
                v for v in upload.validators if v is not validate_image_file_extension
            ]

    def clean_file(self):
        """Name a new photo after what Pillow found in it, as the editor upload does:
        a PNG sent as ``anh.jpg`` is stored as ``anh-….png``."""
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            upload.name = safe_upload_name(upload.name, check_image(upload))
        return upload


@admin.register(Image)
class ImageAdmin(PhotoDeskMixin, admin.ModelAdmin):
    form = ImageForm
    list_display = ["thumb", "caption", "alt_text", "credit", "uploaded_by", "uploaded_when"]
    list_display_links = ["thumb", "caption"]
    search_fields = ["caption", "alt_text", "credit"]
    list_filter = ["uploaded_at", ("uploaded_by", admin.RelatedOnlyFieldListFilter)]
    fields = ["file", "preview", "alt_text", "caption", "credit", "width", "height"]
    readonly_fields = ["preview", "width", "height"]

    @admin.display(description=_("Thời điểm tải lên"), ordering="uploaded_at")
    def uploaded_when(self, image: Image) -> str:
        return desk_time(image.uploaded_at)

    @admin.display(description=_("Ảnh"))
    def thumb(self, image: Image) -> str:
        if not image.file:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" width="96" height="64" style="object-fit:cover">',
            image.file.url,
            image.alt_text,
        )

    @admin.display(description=_("Xem trước"))
    def preview(self, image: Image) -> str:
        if not image.pk or not image.file:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" style="max-width:480px;height:auto">',
            image.file.url,
            image.alt_text,
        )

    def has_change_permission(self, request: HttpRequest, obj: Image | None = None) -> bool:
        """A journalist changes the photos she uploaded; whoever may edit any
        story, any photo. A photo on a colleague's story, live perhaps, is
        hers to use in her own story but not to swap or recaption: she sees
        it read-only."""
        if not super().has_change_permission(request, obj):
            return False
        return (
            obj is None
            or obj.uploaded_by_id == request.user.pk
            or workflow.can_edit_any(request.user)
        )

    def save_model(self, request: HttpRequest, obj: Image, form, change: bool) -> None:
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {}


@admin.register(Author)
class AuthorAdmin(TolerantAutocompleteMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "user"]
    search_fields = ["name"]
    autocomplete_fields = ["user"]


class BlockItemInline(TolerantAutocompleteMixin, admin.TabularInline):
    model = BlockItem
    formset = OncePerListFormSet.for_field("article")
    extra = 1
    autocomplete_fields = ["article"]
    fields = ["article", "position", "starts_at", "ends_at"]


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    """ "Nên xem" and the front-page slots: curation, so only for those who curate."""

    list_display = ["name", "key", "size"]
    inlines = [BlockItemInline]

    def get_readonly_fields(self, request: HttpRequest, obj: Block | None = None) -> list[str]:
        # The key is how the pages find a block: renaming "nen-xem" emptied
        # every story's "Nên xem". Its name, shown to editors, stays editable.
        return ["key"] if obj is not None else []

    def has_add_permission(self, request: HttpRequest) -> bool:
        return super().has_add_permission(request) and workflow.can_curate(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Block | None = None) -> bool:
        allowed = super().has_change_permission(request, obj)
        return allowed and workflow.can_curate(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Block | None = None) -> bool:
        allowed = super().has_delete_permission(request, obj)
        in_use = obj is not None and obj.key in (Block.MUST_SEE, Block.FRONT_PAGE)
        return allowed and workflow.can_curate(request.user) and not in_use
