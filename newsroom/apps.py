"""Vietnamese names for the add-ons the administrator meets in the admin.

An app's heading on the admin home and sidebar is its AppConfig's
verbose_name; django-axes and django-tasks-db name theirs in English ("Axes",
"Tasks Database Backend"). INSTALLED_APPS names these subclasses instead.
"""

from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext_lazy as _
from django_tasks_db.apps import TasksAppConfig


class LoginGuardConfig(AxesAppConfig):
    verbose_name = _("Chống dò mật khẩu")


class BackgroundTasksConfig(TasksAppConfig):
    verbose_name = _("Việc chạy nền")
