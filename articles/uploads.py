"""The photo upload endpoint used by the rich-text editor.

CKEditor 5's upload adapter posts the file as ``upload`` with the CSRF token
in a header and expects ``{"url": …}`` or ``{"error": {"message": …}}``. Each
accepted photo becomes an Image of the library, so the caption and alt text a
journalist types in the editor are kept with it (see ``Article.save``).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .images import check_image, safe_upload_name
from .models import Image


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": {"message": message}}, status=status)


@require_POST
def editor_image_upload(request: HttpRequest) -> JsonResponse:
    user = request.user
    if not user.is_authenticated:
        return _error(_("Bạn cần đăng nhập để tải ảnh lên."), 403)
    if not (user.is_active and user.is_staff and user.has_perm("articles.add_image")):
        return _error(_("Tài khoản của bạn không có quyền tải ảnh lên."), 403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _error(_("Không nhận được tệp ảnh nào."), 400)
    try:
        checked = check_image(upload)
    except ValidationError as error:
        return _error(" ".join(error.messages), 400)
    image = Image(uploaded_by=user, alt_text="", caption="")
    image.file.save(safe_upload_name(upload.name, checked), upload, save=False)
    try:
        image.save()
    except Exception:
        image.file.delete(save=False)  # no row, so no file either
        raise
    return JsonResponse({"url": image.file.url, "id": image.pk})
