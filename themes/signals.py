"""Keep 'Netwerk in beeld' fresh: drop its cache when content is published, unpublished or deleted."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from home.models import Theme

from .network import invalidate_network_cache


def on_page_change(sender, **kwargs):
    invalidate_network_cache()


def on_delete(sender, instance, **kwargs):
    if isinstance(instance, (Page, Theme)):
        invalidate_network_cache()


def on_theme_saved(sender, **kwargs):
    invalidate_network_cache()


def connect():
    page_published.connect(on_page_change, dispatch_uid="themes_network_published")
    page_unpublished.connect(on_page_change, dispatch_uid="themes_network_unpublished")
    post_delete.connect(on_delete, dispatch_uid="themes_network_deleted")
    post_save.connect(on_theme_saved, sender=Theme, dispatch_uid="themes_network_theme_saved")
