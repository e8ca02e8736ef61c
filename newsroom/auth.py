"""Logging in: the backend that counts failures for django-axes, and the form.

Axes refuses to authenticate without the HTTP request, because the request
is what it counts failures against. Every login form on the site passes it
(Django's admin and auth views do). Only code outside a request calls
``authenticate`` without one: the test client's ``login()``, a shell script.
Those cannot be brute-forced from the network, so instead of raising we let
them through to the ordinary backend unchecked; tests can keep using
``client.login`` and the admin login stays protected.
"""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.validators import MaxLengthValidator
from django.http import HttpRequest


class AxesBackend(AxesStandaloneBackend):
    """django-axes' lockout check, skipped when there is no request to count."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> None:
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class LoginForm(AdminAuthenticationForm):
    """The admin login, refusing a username longer than any account's before
    anything looks it up.

    Django's form only puts the length in the HTML (``maxlength``), so a
    hand-made request reached ``authenticate`` with any length; django-axes
    then recorded the failure with the name as typed, in a column shorter
    than that: a 500 on PostgreSQL instead of "wrong name or password".
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))
