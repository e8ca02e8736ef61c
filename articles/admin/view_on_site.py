"""The admin's "Xem trên trang web" redirect, ``/admin/r/<type>/<id>/``, guarded.

Django's own view (``contenttypes.views.shortcut``) redirects any staff
account to any object's ``get_absolute_url()``. A draft's address carries its
slug, which is its headline, so counting ids read the title of every story on
the desk. Here the redirect is given only for an object the person may open
in the admin and whose admin offers it a public link at all (``view_on_site``:
for stories, only those readers can open); anything else is not found.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _


def view_on_site(request: HttpRequest, content_type_id: str, object_id: str) -> HttpResponse:
    try:
        model_admin = admin.site.get_model_admin(
            ContentType.objects.get(pk=content_type_id).model_class()
        )
    except (ObjectDoesNotExist, ValueError, ValidationError, NotRegistered):
        model_admin = None
    obj = model_admin.get_object(request, object_id) if model_admin is not None else None
    if (
        obj is None
        or not model_admin.has_view_or_change_permission(request, obj)
        or model_admin.get_view_on_site_url(obj) is None
    ):
        raise Http404(_("Không có trang này."))
    return shortcut(request, content_type_id, object_id)
