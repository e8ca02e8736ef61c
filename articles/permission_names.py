"""Vietnamese names for Django's built-in permissions.

Django names the permissions it creates for every model in English ("Can add
bài viết") and stores the name in the database, where gettext never sees it.
An administrator choosing permissions for a group reads those names, so after
every ``migrate`` we rewrite the English ones: "Thêm bài viết", "Sửa …",
"Xóa …", "Xem …". Permissions we declare ourselves are already Vietnamese and
are left alone, as is any name an administrator changed by hand.
"""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# Django's default permissions, by the action word that begins their codename.
VERBS = {
    "add": _("Thêm"),
    "change": _("Sửa"),
    "delete": _("Xóa"),
    "view": _("Xem"),
}
# Permission.name is a CharField(max_length=255).
_MAX_NAME = 255


def vietnamese_name(action: str, verbose_name: str) -> str:
    """The Vietnamese name of the default permission *action* on a model."""
    return f"{VERBS[action]} {verbose_name}"[:_MAX_NAME]


def rename_default_permissions(app_config: AppConfig, using: str = "default") -> int:
    """Give the default permissions of *app_config*'s models Vietnamese names.

    Only names still in Django's English form ("Can …") are touched. Returns
    how many rows changed, so a second run is visibly a no-op.
    """
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    changed = 0
    with translation.override("vi"):
        for model in app_config.get_models():
            opts = model._meta
            content_type = ContentType.objects.db_manager(using).get_for_model(
                model, for_concrete_model=False
            )
            english = Permission.objects.using(using).filter(
                content_type=content_type, name__startswith="Can "
            )
            for permission in english:
                action = permission.codename.split("_", 1)[0]
                if action not in VERBS or permission.codename != f"{action}_{opts.model_name}":
                    continue
                permission.name = vietnamese_name(action, str(opts.verbose_name))
                permission.save(update_fields=["name"])
                changed += 1
    return changed


def on_post_migrate(
    sender: Any, app_config: AppConfig | None = None, using: str = "default", **kwargs: Any
) -> None:
    """post_migrate receiver: runs after auth has created the app's permissions."""
    if app_config is None:
        return
    # Migrating backwards (``migrate app zero``) can leave a model's table
    # gone; the permissions are then stale and are not ours to fix.
    if kwargs.get("plan") and all(backwards for _migration, backwards in kwargs["plan"]):
        return
    rename_default_permissions(app_config, using=using)
