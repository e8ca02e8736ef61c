"""The editorial roles as groups: Phóng viên, Biên tập viên, Quản trị.

Permissions are normally created after all migrations have run (post_migrate),
so this migration creates the ones it needs first, including the custom
permissions declared on Article by 0005_workflow. The role definition lives in
articles/roles.py; permissions it names that do not exist at this point are
skipped and added by the post_migrate hook (articles/apps.py).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from articles.roles import ensure_roles

    using = schema_editor.connection.alias
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = None
    ensure_roles(apps, using=using)


def remove_roles(apps, schema_editor):
    from articles.roles import ROLES

    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name__in=list(ROLES)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
