"""Related content across organisations, through the one tagged-item table.

"Blijf niet in je eigen hokje": a story, profile or course shows a few live pages that share its
themes, other organisations' first (one per organisation before a second from the same one), each
with a one-line reason ("ook over: eenzaamheid"). Candidates are the newest pages on the themes
(POOL_SIZE), so the cost does not grow with the network. A fixed number of queries whatever the amount
of content: the page's themes (unless the caller has them), then the candidates with the themes they
share and their organisations.
"""

from datetime import UTC, datetime
from types import SimpleNamespace

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import ThemedPage
from .visibility import public_q

CANDIDATES_PER_ITEM = 5
# What a card needs of a page: its title, its URL and its type.
PAGE_FIELDS = ("pk", "title", "path", "depth", "url_path", "content_type_id", "locale_id")
ROW_FIELDS = ("title", "path", "depth", "url_path", "content_type_id", "locale_id", "last_published_at")
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
    {"page", "reason", "organisation", "other_organisation"}; "page" is a plain Page with the fields a
    card needs (title, URL and type: PAGE_FIELDS), "organisation" has the owning MO's pk and title.
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
    pool = _newest_on_themes(page, list(theme_by_id))
    oldest = datetime.min.replace(tzinfo=UTC)
    pool.sort(key=lambda p: (len(p.tag_ids), p.last_published_at or oldest, p.pk), reverse=True)
    candidates = pool[: limit * CANDIDATES_PER_ITEM]
    chosen = _spread_over_organisations(candidates, own, limit)
    if not chosen:
        return []
    items = []
    for p in chosen:
        shared = sorted((theme_by_id[tag_id] for tag_id in p.tag_ids), key=lambda t: (t.sort_order, t.name))
        items.append(
            {
                "page": Page(**{field: getattr(p, field) for field in PAGE_FIELDS}),
                "reason": _("ook over: %(themes)s")
                % {"themes": ", ".join(_lower_first(t.label) for t in shared)},
                "organisation": SimpleNamespace(pk=p.owner_pk, title=p.owner_title)
                if p.owner_pk is not None and p.owner_pk != p.pk
                else None,
                "other_organisation": own is None or owning_organisation_path(p) != own,
            }
        )
    return items


def _newest_on_themes(page, theme_ids):
    """The POOL_SIZE newest live public pages (by primary key, walked backwards: no sort of the whole
    network) in `page`'s locale with any of `theme_ids`, each with the ids of the themes it shares
    (`tag_ids`) and its organisation (`owner_pk`, `owner_title`: the page at depth 4 on its path, an
    index lookup per row): one query over the tagged-item rows, a page's rows next to each other."""
    owner = Page.objects.filter(path=Substr(OuterRef("content_object__path"), 1, Page.steplen * 4))
    rows = (
        ThemedPage.objects.filter(
            public_q("content_object__path"),
            tag_id__in=theme_ids,
            content_object__live=True,
            content_object__locale_id=page.locale_id,
            content_object__depth__gte=4,
        )
        .exclude(content_object_id=page.pk)
        .order_by("-content_object_id", "tag_id")
        .annotate(owner_pk=Subquery(owner.values("pk")[:1]), owner_title=Subquery(owner.values("title")[:1]))
        .values_list(
            "content_object_id",
            "tag_id",
            *(f"content_object__{f}" for f in ROW_FIELDS),
            "owner_pk",
            "owner_title",
        )
    )
    # A page has a row per shared theme (one at most per theme): enough rows for POOL_SIZE pages.
    pool = {}
    for page_id, tag_id, *values in rows[: POOL_SIZE * len(theme_ids)]:
        if page_id not in pool:
            if len(pool) == POOL_SIZE:
                break
            pool[page_id] = SimpleNamespace(
                pk=page_id, tag_ids=[], **dict(zip((*ROW_FIELDS, "owner_pk", "owner_title"), values))
            )
        pool[page_id].tag_ids.append(tag_id)
    return list(pool.values())
