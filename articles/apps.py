from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Tòa soạn")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from .breaking import connect as connect_breaking
        from .cache import connect_invalidation
        from .permission_names import on_post_migrate
        from .related.signals import connect_related
        from .rendition_tasks import connect_renditions
        from .revisions import register_models
        from .signals import connect_search

        connect_invalidation()
        connect_breaking()
        connect_related()
        connect_search()
        connect_renditions()
        register_models()
        # The role groups are completed after every migrate (and after the test
        # database is flushed): see articles/roles.py.
        post_migrate.connect(_ensure_roles, sender=self, dispatch_uid="articles-roles")
        # Every app's default permissions get Vietnamese names; no sender, so
        # it runs for each app, after auth (earlier in INSTALLED_APPS) made them.
        post_migrate.connect(on_post_migrate, dispatch_uid="articles-permission-names")


def _ensure_roles(sender, using: str = "default", apps=None, **kwargs) -> None:
    from .roles import ensure_roles

    ensure_roles(apps, using=using)
