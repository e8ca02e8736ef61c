"""Django's account pages (users, passwords), with the English they hard-code
said in Vietnamese.

Django's user admin is kept; two strings it writes in code, out of gettext's
reach, are replaced: the warning under "Đăng nhập bằng mật khẩu" on the
password page, and the ``alt="True"`` of the yes/no icons (the staff
column, django-axes' "locked out" column), which a screen reader reads out
to an administrator.
"""

from __future__ import annotations

from axes.admin import AccessFailureLogAdmin
from axes.models import AccessFailureLog
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm, SetUnusablePasswordMixin
from django.contrib.auth.models import User
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class PasswordChangeForm(AdminPasswordChangeForm):
    usable_password_help_text = format_lazy(
        '{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">{}</li></ul>',
        SetUnusablePasswordMixin.usable_password_help_text,
        _("Nếu tắt, mật khẩu hiện tại của người dùng này sẽ bị xóa."),
    )


def yes_no_icon(value: bool) -> str:
    """The admin's yes/no icon, with its meaning in Vietnamese as alt text."""
    name, meaning = ("yes", gettext("Có")) if value else ("no", gettext("Không"))
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{name}.svg"), meaning)


if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class AccountAdmin(UserAdmin):
    change_password_form = PasswordChangeForm
    list_display = ("username", "email", "first_name", "last_name", "staff")

    @admin.display(description=_("Tình trạng nhân viên"), ordering="is_staff")
    def staff(self, user: User) -> str:
        return yes_no_icon(user.is_staff)


if admin.site.is_registered(AccessFailureLog):
    admin.site.unregister(AccessFailureLog)


@admin.register(AccessFailureLog)
class FailedLoginAdmin(AccessFailureLogAdmin):
    list_display = tuple(
        "locked" if name == "locked_out" else name for name in AccessFailureLogAdmin.list_display
    )

    @admin.display(description=_("Bị khóa"), ordering="locked_out")
    def locked(self, failure: AccessFailureLog) -> str:
        return yes_no_icon(failure.locked_out)
