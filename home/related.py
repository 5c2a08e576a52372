"""Related content across organisations, through the one tagged-item table.

"Blijf niet in je eigen hokje": a story, profile or course shows a few live pages that share its
themes, other organisations' first (one per organisation before a second from the same one), each
with a one-line reason ("ook over: eenzaamheid"). Candidates are the newest pages on the themes
(POOL_SIZE), so the cost does not grow with the network. A fixed number of queries whatever the amount
of content: the page's themes (unless the caller has them), the candidates with their organisations,
and the shared themes.
"""

from datetime import UTC, datetime
from types import SimpleNamespace

from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Substr
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import ThemedPage
from .visibility import public_q

CANDIDATES_PER_ITEM = 5
# Related pages are chosen among the newest pages sharing a theme (the network has thousands).
POOL_SIZE = 60


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


def related_pages(page, limit=3, themes=None):
    """Live public pages in the same locale sharing themes with `page`, preferring other MOs.

    `themes`: the page's themes when the caller already has them (saves a query). Returns a list of
    {"page", "reason", "organisation", "other_organisation"}; "page" is a plain Page (title, URL and
    type are all a card needs), "organisation" has the owning MO's pk and title.
    """
    if not getattr(page, "pk", None):
        return []
    if themes is None:
        themes = [
            item.tag for item in ThemedPage.objects.filter(content_object_id=page.pk).select_related("tag")
        ]
    theme_by_id = {theme.pk: theme for theme in themes}
    if not theme_by_id:
        return []
    own = owning_organisation_path(page) if page.depth >= 4 else None
    owner = Page.objects.filter(depth=4, path=Substr(OuterRef("path"), 1, Page.steplen * 4))
    tagged = ThemedPage.objects.filter(content_object_id=OuterRef("pk"), tag_id__in=list(theme_by_id))
    # The newest pages on any of the themes (walking the primary key backwards: no sort of the whole
    # network), each with the number of themes it shares; ranked by that number in Python.
    pool = list(
        Page.objects.live()
        .filter(Exists(tagged), public_q(), locale_id=page.locale_id, depth__gte=4)
        .exclude(pk=page.pk)
        .annotate(
            shared=Subquery(
                tagged.order_by().values("content_object_id").annotate(n=Count("pk")).values("n")
            ),
            owner_pk=Subquery(owner.values("pk")[:1]),
            owner_title=Subquery(owner.values("title")[:1]),
        )
        .order_by("-pk")[:POOL_SIZE]
    )
    oldest = datetime.min.replace(tzinfo=UTC)
    pool.sort(key=lambda p: (p.shared, p.last_published_at or oldest, p.pk), reverse=True)
    candidates = pool[: limit * CANDIDATES_PER_ITEM]
    chosen = _spread_over_organisations(candidates, own, limit)
    if not chosen:
        return []
    shared_names = {}
    for page_id, tag_id in ThemedPage.objects.filter(
        content_object_id__in=[p.pk for p in chosen], tag_id__in=list(theme_by_id)
    ).values_list("content_object_id", "tag_id"):
        shared_names.setdefault(page_id, []).append(theme_by_id[tag_id])
    items = []
    for p in chosen:
        shared = sorted(shared_names.get(p.pk, []), key=lambda t: (t.sort_order, t.name))
        items.append(
            {
                "page": p,
                "reason": _("ook over: %(themes)s")
                % {"themes": ", ".join(_lower_first(t.label) for t in shared)},
                "organisation": SimpleNamespace(pk=p.owner_pk, title=p.owner_title)
                if p.owner_pk is not None and p.owner_pk != p.pk
                else None,
                "other_organisation": own is None or owning_organisation_path(p) != own,
            }
        )
    return items
