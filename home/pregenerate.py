"""Make image renditions ahead of time, so no visitor waits while one is drawn.

When a page is published, a background job (django-tasks) makes every rendition of every image that
page shows; when an image is saved (a new file, a new focal point), a job does the same for every
live page that uses it. "Shows" and "uses" come from home/renditions.py (USES, STREAMFIELD_ROLES). An
image nobody uses yet gets its renditions when the first page with it is published.

Jobs are enqueued after the transaction commits: with TASKS_BACKEND=immediate they run at once (in the
request that published), with TASKS_BACKEND=database `make worker` runs them. The setting
IMAGE_RENDITIONS_PREGENERATE (on by default, off in the test settings) switches this off, e.g. for
bulk imports.
"""

import logging
from collections.abc import MutableSequence

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django_tasks import task
from wagtail.blocks import StreamValue, StructValue
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.signals import page_published

from .renditions import STREAMFIELD_ROLES, USES, ImageRole, filter_specs

logger = logging.getLogger(__name__)


def connect():
    page_published.connect(_on_page_published, dispatch_uid="renditions-page-published")
    post_save.connect(_on_image_saved, sender=get_image_model(), dispatch_uid="renditions-image-saved")


def enabled() -> bool:
    return getattr(settings, "IMAGE_RENDITIONS_PREGENERATE", True)


def _on_page_published(sender, instance, alias=False, **kwargs):
    # An alias shows the same images as its original, whose publication already made them.
    if alias or not enabled():
        return
    page_id = instance.pk
    transaction.on_commit(lambda: generate_page_renditions.enqueue(page_id))


def _on_image_saved(sender, instance, created=False, raw=False, **kwargs):
    if raw or not enabled():
        return
    image_id = instance.pk
    transaction.on_commit(lambda: generate_image_renditions.enqueue(image_id))


# --- what a page shows ----------------------------------------------------------------------------


def image_uses(page) -> list[tuple[AbstractImage, tuple[ImageRole, ...]]]:
    """The images `page` shows, each with the roles it is shown in."""
    page = page.specific
    uses = []
    for field_name, roles in USES.get(page._meta.label_lower, {}).items():
        image = getattr(page, field_name, None)
        if image is not None:
            uses.append((image, roles))
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            uses.extend((image, STREAMFIELD_ROLES) for image in _images_in(getattr(page, field.name)))
    return uses


def _images_in(value):
    """Every image inside a StreamField value, however deeply nested."""
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from _images_in(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _images_in(child)
    elif isinstance(value, MutableSequence | tuple):  # ListValue, list
        for child in value:
            yield from _images_in(child)


def make_renditions(image, roles) -> int:
    """Make the renditions of `roles` for `image` that do not exist yet. Returns how many were asked for."""
    specs = filter_specs(*roles)
    if specs:
        image.get_renditions(*specs)
    return len(specs)


# --- the jobs ---------------------------------------------------------------------------------------


@task()
def generate_page_renditions(page_id: int) -> int:
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id, live=True).first()
    if page is None:
        return 0
    count = 0
    for image, roles in image_uses(page):
        count += _safely(make_renditions, image, roles)
    return count


@task()
def generate_image_renditions(image_id: int) -> int:
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    page_ids = (
        ReferenceIndex.get_references_to(image)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    roles = []
    for page in Page.objects.filter(pk__in=[int(pk) for pk in page_ids], live=True).specific():
        for used, page_roles in image_uses(page):
            if used.pk == image.pk:
                roles.extend(role for role in page_roles if role not in roles)
    return _safely(make_renditions, image, roles)


def _safely(function, image, roles) -> int:
    """A broken or missing image file must not stop the other images (nor a publish)."""
    try:
        return function(image, roles)
    except Exception:  # noqa: BLE001 - logged; the page draws the rendition on demand instead
        logger.exception("Could not make renditions of image %s", image.pk)
        return 0
