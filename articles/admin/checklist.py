"""The pre-publish checklist on the story form (the rules: articles/checklist.py).

Run from ArticleForm.clean when a save would take a story live or schedule
it, i.e. when its status becomes "published" from anything else: blocking
items stop the save with one clear list; soft items are shown as warnings
after the save.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..checklist import check

CHECKLIST_INTRO = gettext_lazy("Chưa thể xuất bản hoặc hẹn giờ bài này. Hãy hoàn thiện:")


def becomes_public(form, cleaned: dict) -> bool:
    """True when this save takes the story live or schedules it."""
    from ..querysets import Status

    before = form.state_before
    status = cleaned.get("status") if "status" in form.fields else None
    status = status or (before.status if before else Status.DRAFT)
    return status == Status.PUBLISHED and (before is None or before.status != Status.PUBLISHED)


def enforce(form, cleaned: dict) -> None:
    """Refuse a save that would publish an incomplete story; check the breaking flag.

    Called from ArticleForm.clean. Fields the person cannot edit are read
    from the story as stored.
    """
    from django import forms

    _check_breaking(form, cleaned)
    form.checklist_public = becomes_public(form, cleaned)
    if not form.checklist_public:
        return
    instance = form.instance

    def value(name: str, fallback):
        return cleaned.get(name) if name in form.fields else fallback

    section = value("section", instance.section if instance.section_id else None)
    tags = value("tags", list(instance.tags.names()) if instance.pk else [])
    result = check(
        title=value("title", instance.title) or "",
        lead=value("lead", instance.lead) or "",
        body=value("body", instance.body) or "",
        section_id=section.pk if section is not None else None,
        tags=list(tags or []),
        cover=value("cover", instance.cover if instance.cover_id else None),
        cover_caption=value("cover_caption", instance.cover_caption) or "",
        article=instance if instance.pk else None,
    )
    if result.blocking:
        raise forms.ValidationError(
            [forms.ValidationError(CHECKLIST_INTRO, code="checklist")]
            + [forms.ValidationError(item, code="checklist") for item in result.blocking]
        )


def _check_breaking(form, cleaned: dict) -> None:
    from django.utils import timezone

    if "breaking" not in form.fields or not cleaned.get("breaking"):
        return
    until = cleaned.get("breaking_until")
    if until is None:
        form.add_error("breaking_until", _("Tin nóng cần có thời điểm kết thúc."))
    elif until <= timezone.now():
        form.add_error("breaking_until", _("Thời điểm kết thúc tin nóng phải ở tương lai."))


def warnings_after_save(form) -> list[str]:
    """The soft issues of a story that this save just published or scheduled."""
    if not getattr(form, "checklist_public", False):
        return []
    article = form.instance
    return check(
        title=article.title,
        lead=article.lead,
        body=article.body,
        section_id=article.section_id,
        tags=["-"],  # blocking items were checked before the save
        cover=None,
        cover_caption="",
        article=article,
    ).warnings
