"""Content changes invalidate the page cache (see home/cache.py)."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .cache import invalidate


def connect():
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(invalidate, dispatch_uid=f"pagecache-{id(signal)}")
    post_delete.connect(_on_delete, dispatch_uid="pagecache-delete")
    post_save.connect(_on_save, dispatch_uid="pagecache-save")
    # Image renditions are made when an image is saved or a page is published (home/pregenerate.py).
    from . import pregenerate

    pregenerate.connect()


def _on_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) or _is_shared_content(sender):
        invalidate()


def _on_save(sender, instance, **kwargs):
    if _is_shared_content(sender):
        invalidate()


def _is_shared_content(model):
    """Snippets, settings and sites (shown on or deciding many pages), and the models listed in
    PAGE_CACHE_INVALIDATING_MODELS."""
    from django.conf import settings
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.snippets.models import get_snippet_models

    if model._meta.label in settings.PAGE_CACHE_INVALIDATING_MODELS or model._meta.label in (
        "wagtailcore.Site",
        "wagtailcore.Locale",
    ):
        return True
    return issubclass(model, (BaseGenericSetting, BaseSiteSetting)) or model in get_snippet_models()
