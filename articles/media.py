"""Uploaded photos served by Django (``make serve``, DEBUG): never a broken image.

A reader page names its photos from stored rows without checking the files
(articles/picture.py). If a file has gone (a rendition deleted, an original
lost in a restore), the reader gets a neutral placeholder instead of a broken
image; nginx does the same in production (deploy/nginx).
"""

from __future__ import annotations

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.static import serve

PLACEHOLDER = settings.BASE_DIR / "static" / "img" / "photo-missing.svg"
_PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except (Http404, OSError):
        # OSError: a name the file system refuses outright ("File name too
        # long"): no such file either way.
        if not path.lower().endswith(_PHOTO_SUFFIXES):
            raise Http404(_("Không có tệp này.")) from None
    response = FileResponse(PLACEHOLDER.open("rb"), content_type="image/svg+xml")
    # The real file may come back (a rendition task still running): no caching.
    response["Cache-Control"] = "no-store"
    return response
