"""Admin widgets that survive a posted value they did not offer."""

from __future__ import annotations

from django.contrib.admin.widgets import AutocompleteSelect
from django.http import HttpRequest

from ..params import whole_number


class TolerantAutocompleteSelect(AutocompleteSelect):
    """Django's autocomplete <select>, able to re-render a form whose posted id
    is nonsense ("abc", "²", twenty digits).

    Django looks the posted ids up to show them as selected, and an id that is
    not a number made that lookup fail: a 500 instead of the form with the
    field's own "Hãy chọn một lựa chọn hợp lệ". Such an id selects nothing.
    """

    def optgroups(self, name, value, attr=None):
        usable = [v for v in value if v in ("", None) or whole_number(str(v)) is not None]
        return super().optgroups(name, usable, attr)


class TolerantAutocompleteMixin:
    """For a ModelAdmin or inline: its ``autocomplete_fields`` use the tolerant widget."""

    def formfield_for_foreignkey(self, db_field, request: HttpRequest, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = TolerantAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
