"""The newsroom's roles as data: the group names and the permissions each holds.

Pure data plus one function that works with any app registry, so the data
migration that creates the groups (``0006_roles``), the post_migrate hook that
keeps them complete and the demo loader all read one definition. What a
permission *allows* (a journalist edits only their own drafts, a published
story cannot be deleted…) is decided in articles/workflow.py, not here.
"""

from __future__ import annotations

from typing import Any

# Group names: rows in auth_group, looked up by name (migration 0006, the demo).
JOURNALIST = "Phóng viên"  # i18n: data
EDITOR = "Biên tập viên"  # i18n: data
ADMINISTRATOR = "Quản trị"  # i18n: data

# The desk's own decisions, declared on Article.Meta.permissions.
EDIT_ANY = "articles.edit_any_article"
PUBLISH = "articles.publish_article"
CURATE = "articles.curate_article"


def _crud(model: str, *actions: str) -> set[str]:
    actions = actions or ("add", "change", "delete", "view")
    return {f"articles.{action}_{model}" for action in actions}


_JOURNALIST = frozenset(
    {
        "articles.add_article",
        "articles.change_article",
        "articles.view_article",
        "articles.add_image",
        "articles.change_image",
        "articles.view_image",
        "articles.view_section",
        "articles.view_author",
        "articles.view_tag",
        *_crud("articleauthor"),  # the byline inline
    }
)

_EDITOR = _JOURNALIST | frozenset(
    {
        EDIT_ANY,
        PUBLISH,
        CURATE,
        "articles.delete_article",
        "articles.delete_image",
        *_crud("articlelink"),
        *_crud("topheadline"),
        *_crud("pinnedrelated"),
        *_crud("excludedrelated"),
        *_crud("block", "change", "view"),
        *_crud("blockitem"),
        *_crud("author", "add", "change", "view"),
        *_crud("tag"),
        "articles.view_articleevent",
    }
)

# "app_label.*" grants every permission of that app.
_ADMINISTRATOR = frozenset({"articles.*", "auth.*", "taggit.*", "axes.*"})

ROLES: dict[str, frozenset[str]] = {
    JOURNALIST: _JOURNALIST,
    EDITOR: _EDITOR,
    ADMINISTRATOR: _ADMINISTRATOR,
}


def ensure_roles(apps: Any = None, using: str = "default") -> None:
    """Create the role groups and give each the permissions it lacks.

    Only adds: a permission an administrator removed from a group by hand
    comes back at the next ``migrate``, but extra ones granted by hand stay.
    Permissions that do not exist yet (a model added by a later migration) are
    skipped; the post_migrate hook adds them once they do.
    """
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ROLES.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        whole_apps = {p.split(".", 1)[0] for p in wanted if p.endswith(".*")}
        codenames = {tuple(p.split(".", 1)) for p in wanted if not p.endswith(".*")}
        found = Permission.objects.using(using).filter(
            content_type__app_label__in={app for app, _ in codenames} | whole_apps
        )
        have = set(group.permissions.values_list("pk", flat=True))
        missing = [
            perm.pk
            for perm in found.select_related("content_type")
            if perm.pk not in have
            and (
                perm.content_type.app_label in whole_apps
                or (perm.content_type.app_label, perm.codename) in codenames
            )
        ]
        if missing:
            group.permissions.add(*missing)
