"""Keep the site search index in step with what is published (wired in SearchConfig.ready)."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import indexing


def on_published(sender, instance, **kwargs):
    indexing.index_page(instance)


def on_unpublished(sender, instance, **kwargs):
    indexing.remove_page(instance)


def on_moved(sender, instance, **kwargs):
    indexing.index_page(Page.objects.get(pk=instance.pk))


def on_page_saved(sender, instance, created, **kwargs):
    # Aliases (the English copies) are saved live without a publish signal when first created.
    if isinstance(instance, Page) and instance.alias_of_id and instance.live and created:
        indexing.build_document(instance)


def on_restriction_changed(sender, instance, **kwargs):
    # Aliases (the English tree) follow their source page's restrictions.
    for page in Page.objects.filter(Q(pk=instance.page_id) | Q(alias_of_id=instance.page_id)):
        indexing.index_page(page)


def on_theme_saved(sender, instance, created, **kwargs):
    if created:
        return
    pages = Page.objects.filter(themed_items__tag=instance).specific()
    for page in pages:
        indexing.build_document(page)


def connect():
    from home.models import Theme

    page_published.connect(on_published, dispatch_uid="site_search_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="site_search_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="site_search_moved")
    page_slug_changed.connect(on_moved, dispatch_uid="site_search_slug_changed")
    post_save.connect(on_page_saved, dispatch_uid="site_search_page_saved")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="site_search_restr")
    post_delete.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="site_search_restr_del"
    )
    post_save.connect(on_theme_saved, sender=Theme, dispatch_uid="site_search_theme")
