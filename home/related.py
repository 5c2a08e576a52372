"""Related content across organisations, through the one tagged-item table.

"Blijf niet in je eigen hokje": a story, profile or course shows a few live pages that share its
themes, other organisations' first (one per organisation before a second from the same one), each
with a one-line reason ("ook over: eenzaamheid"). A fixed number of queries whatever the amount
of content: the page's themes, the candidates, their organisations, the specific pages (one per
page type) and the shared themes.
"""

from django.db.models import Count
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import ThemedPage

CANDIDATES_PER_ITEM = 5


def theme_url(theme):
    """The URL of a theme's page (the Themes app serves /themas/<slug>/, /en/themas/<slug>/)."""
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse("theme_detail", kwargs={"slug": theme.slug})
    except NoReverseMatch:
        return ""


def owning_organisation_path(page):
    """The tree path of the organisation a page belongs to (depth 4: root/home/index/org)."""
    return page.path[: Page.steplen * 4] if page.depth >= 4 else page.path


def _lower_first(label):
    """'Eenzaamheid' -> 'eenzaamheid' for the middle of a sentence; 'LHBTI' stays as it is."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def _spread_over_organisations(candidates, own, limit):
    """Other organisations' pages first, one per organisation per round; the own MO's last."""
    others = [p for p in candidates if own is None or owning_organisation_path(p) != own]
    mine = [p for p in candidates if own is not None and owning_organisation_path(p) == own]
    chosen, seen = [], set()
    for page in others:
        owner = owning_organisation_path(page)
        if owner not in seen:
            chosen.append(page)
            seen.add(owner)
    for page in others + mine:
        if page not in chosen:
            chosen.append(page)
    return chosen[:limit]


def related_pages(page, limit=3):
    """Live public pages in the same locale sharing themes with `page`, preferring other MOs.

    Returns a list of {"page", "reason", "organisation", "other_organisation"}.
    """
    if not getattr(page, "pk", None):
        return []
    theme_ids = list(ThemedPage.objects.filter(content_object_id=page.pk).values_list("tag_id", flat=True))
    if not theme_ids:
        return []
    own = owning_organisation_path(page) if page.depth >= 4 else None
    candidates = list(
        Page.objects.live()
        .public()
        .filter(locale_id=page.locale_id, themed_items__tag_id__in=theme_ids, depth__gte=4)
        .exclude(pk=page.pk)
        .annotate(shared=Count("themed_items"))
        .order_by("-shared", "-last_published_at", "-pk")[: limit * CANDIDATES_PER_ITEM]
    )
    chosen = _spread_over_organisations(candidates, own, limit)
    if not chosen:
        return []
    specific = {p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in chosen]).specific()}
    owners = {
        o.path: o
        for o in Page.objects.filter(path__in={owning_organisation_path(p) for p in chosen}, depth=4)
    }
    shared_names = {}
    for item in ThemedPage.objects.filter(
        content_object_id__in=list(specific), tag_id__in=theme_ids
    ).select_related("tag"):
        shared_names.setdefault(item.content_object_id, []).append(item.tag)
    items = []
    for p in chosen:
        if p.pk not in specific:
            continue
        themes = sorted(shared_names.get(p.pk, []), key=lambda t: (t.sort_order, t.name))
        owner = owners.get(owning_organisation_path(p))
        items.append(
            {
                "page": specific[p.pk],
                "reason": _("ook over: %(themes)s")
                % {"themes": ", ".join(_lower_first(t.label) for t in themes)},
                "organisation": owner if owner is not None and owner.pk != p.pk else None,
                "other_organisation": own is None or owning_organisation_path(p) != own,
            }
        )
    return items
