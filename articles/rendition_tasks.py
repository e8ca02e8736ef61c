"""Make a photo's renditions in the background, after the upload commits.

Saving an Image (an editor upload, the admin, an import, the demo) enqueues
``make_renditions`` once the transaction commits; with the default
ImmediateBackend it runs then and there, with a database-backed worker it
runs there. The reader's request never waits for it: until it has run, the
page shows the original photo. ``manage.py rebuild_renditions`` does the same
for photos stored before, or after a failure.
"""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.tasks import task

from . import renditions


@task
def make_renditions(image_id: int) -> bool:
    """Write the renditions of one photo, as it is when the task runs."""
    from .models import Image

    image = Image.objects.filter(pk=image_id).first()
    return renditions.generate(image) if image is not None else False


def schedule(image_id: int) -> None:
    transaction.on_commit(partial(make_renditions.enqueue, image_id))


def _image_saved(sender, instance, raw=False, **kwargs) -> None:
    # A caption edit saves the row too; only a new or replaced file needs work.
    if not raw and instance.file and not renditions.is_current(instance):
        schedule(instance.pk)


def _image_deleted(sender, instance, **kwargs) -> None:
    names = renditions.manifest_names(instance.renditions or {})
    if names:
        storage = instance.file.storage
        transaction.on_commit(partial(renditions.delete_files, storage, names))


def connect_renditions() -> None:
    from .models import Image

    post_save.connect(_image_saved, sender=Image, dispatch_uid="renditions-image-saved")
    post_delete.connect(_image_deleted, sender=Image, dispatch_uid="renditions-image-deleted")
