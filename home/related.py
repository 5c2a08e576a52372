"""Related content across organisations, through the one tagged-item table."""

from django.db.models import Count
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import ThemedPage


def theme_url(theme):
    """The URL of a theme's page (the Themes app serves /themas/<slug>/)."""
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse("theme_detail", kwargs={"slug": theme.slug})
    except NoReverseMatch:
        return ""


def owning_organisation_path(page):
    """The tree path of the organisation a page belongs to (depth 4: root/home/index/org)."""
    return page.path[: Page.steplen * 4] if page.depth >= 4 else page.path


def related_pages(page, limit=3):
    """Live pages in the same locale sharing themes with `page`, preferring other organisations.

    A fixed number of queries whatever the amount of content.
    """
    theme_ids = list(ThemedPage.objects.filter(content_object_id=page.pk).values_list("tag_id", flat=True))
    if not theme_ids:
        return []
    candidates = (
        Page.objects.live()
        .public()
        .filter(locale_id=page.locale_id, themed_items__tag_id__in=theme_ids, depth__gte=4)
        .exclude(pk=page.pk)
        .annotate(shared=Count("themed_items"))
        .order_by("-shared", "-first_published_at")[: limit * 6]
    )
    candidates = list(candidates)
    own = owning_organisation_path(page)
    candidates.sort(key=lambda p: (owning_organisation_path(p) == own, -p.shared))
    chosen = candidates[:limit]
    if not chosen:
        return []
    specific = {p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in chosen]).specific()}
    shared_names = {}
    for item in ThemedPage.objects.filter(
        content_object_id__in=specific, tag_id__in=theme_ids
    ).select_related("tag"):
        shared_names.setdefault(item.content_object_id, []).append(item.tag.label)
    return [
        {
            "page": specific[p.pk],
            "reason": _("ook over: %(themes)s") % {"themes": ", ".join(sorted(shared_names.get(p.pk, [])))},
            "other_organisation": owning_organisation_path(p) != own,
        }
        for p in chosen
        if p.pk in specific
    ]
