"""How the newsroom names its staff: family name first, as Vietnamese do.

Django's ``get_full_name()`` puts the first name first ("Hải Nguyễn Thanh").
A Vietnamese name reads family name, middle name, given name: the account's
``last_name`` holds "Nguyễn Thanh" (Họ), ``first_name`` holds "Hải" (Tên),
and the desk shows "Nguyễn Thanh Hải". Every place that names a person
(greeting, history, notes, who is editing) goes through ``person_name``.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


def person_name(user: AbstractBaseUser | AnonymousUser | None, default: str = "") -> str:
    """ "Nguyễn Thanh Hải"; the username when no name is set; ``default`` for nobody."""
    if user is None or not getattr(user, "pk", None):
        return default
    parts = (getattr(user, "last_name", ""), getattr(user, "first_name", ""))
    return " ".join(p.strip() for p in parts if p and p.strip()) or user.get_username()
