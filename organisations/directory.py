"""The member directory ("Organisaties"): filters from GET parameters, one queryset, pagination.

Every combination of filters is a plain URL (?thema=...&gemeente=...&q=...&page=...), works
without JavaScript, and bad input is ignored rather than answered with an error.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.db.models.functions import Lower
from django.http import QueryDict
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Page

from home.models import Municipality, Theme
from home.renditions import LOGO_CARD
from home.visibility import public_q

PER_PAGE = 12
MAX_QUERY_LENGTH = 100


@dataclass
class DirectoryFilters:
    theme: Theme | None = None
    municipality: Municipality | None = None
    q: str = ""
    ignored: list = field(default_factory=list)

    @property
    def active(self):
        return bool(self.theme or self.municipality or self.q)


def _single(params: QueryDict, name: str) -> str:
    value = params.get(name, "")
    return value.strip()[:MAX_QUERY_LENGTH] if isinstance(value, str) else ""


def parse_filters(params: QueryDict, themes, municipalities) -> DirectoryFilters:
    """Read the GET parameters; unknown values are dropped (and remembered in `ignored`)."""
    filters = DirectoryFilters()
    theme_slug = _single(params, "thema")
    if theme_slug:
        filters.theme = next((t for t in themes if t.slug == theme_slug), None)
        if filters.theme is None:
            filters.ignored.append("thema")
    municipality_slug = _single(params, "gemeente")
    if municipality_slug:
        filters.municipality = next((m for m in municipalities if m.slug == municipality_slug), None)
        if filters.municipality is None:
            filters.ignored.append("gemeente")
    # Control characters (NUL breaks PostgreSQL) are removed; the rest is matched literally.
    filters.q = "".join(ch for ch in _single(params, "q") if ch.isprintable())
    return filters


def organisation_queryset(index_page, filters: DirectoryFilters):
    """Live, public MOs under `index_page`, A-Z, with everything a card needs prefetched."""
    from .models import OrganisationPage

    Image = get_image_model()
    # The live public children of the index first (an index range over the tree), then the MOs by
    # primary key: joined in one query, PostgreSQL walks every page of the network to find them.
    children = list(Page.objects.live().filter(public_q()).child_of(index_page).values_list("pk", flat=True))
    queryset = OrganisationPage.objects.filter(pk__in=children)
    if filters.theme is not None:
        queryset = queryset.filter(themed_items__tag=filters.theme)
    if filters.municipality is not None:
        queryset = queryset.filter(municipalities=filters.municipality)
    if filters.q:
        queryset = queryset.filter(
            Q(title__icontains=filters.q)
            | Q(pitch__icontains=filters.q)
            | Q(what_we_offer__icontains=filters.q)
            | Q(city__icontains=filters.q)
        )
    # No DISTINCT: a page has a theme or a municipality at most once, so the filters never repeat a row.
    return queryset.order_by(Lower("title"), "pk").prefetch_related(
        "themes",
        "municipalities",
        Prefetch("logo", queryset=Image.objects.prefetch_renditions(*LOGO_CARD.filter_specs)),
    )


def _url(params: dict) -> str:
    query = QueryDict(mutable=True)
    for key, value in params.items():
        if value:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def directory_context(index_page, request):
    themes = list(Theme.objects.all())
    municipalities = list(Municipality.objects.all())
    filters = parse_filters(request.GET, themes, municipalities)
    paginator = Paginator(organisation_queryset(index_page, filters), PER_PAGE)
    page_number = _single(request.GET, "page")
    # get_page() turns "abc", "-1" and "99999999" into the first or last page.
    page_obj = paginator.get_page(page_number if page_number.isdigit() and len(page_number) < 9 else 1)

    current = {
        "thema": filters.theme.slug if filters.theme else "",
        "gemeente": filters.municipality.slug if filters.municipality else "",
        "q": filters.q,
    }
    # For the empty state and the "active filters" line: the same URL without one filter.
    removals = []
    if filters.theme:
        removals.append(
            (_("zonder thema %(name)s") % {"name": filters.theme.label}, _url({**current, "thema": ""}))
        )
    if filters.municipality:
        removals.append(
            (
                _("zonder gemeente %(name)s") % {"name": filters.municipality.name},
                _url({**current, "gemeente": ""}),
            )
        )
    if filters.q:
        removals.append((_("zonder zoekwoord “%(q)s”") % {"q": filters.q}, _url({**current, "q": ""})))

    page_links = []
    if paginator.num_pages > 1:
        for number in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1):
            if number == paginator.ELLIPSIS:
                page_links.append({"ellipsis": True})
            else:
                page_links.append(
                    {
                        "number": number,
                        "url": _url({**current, "page": str(number) if number > 1 else ""}),
                        "current": number == page_obj.number,
                    }
                )

    return {
        "filters": filters,
        "theme_options": themes,
        "municipality_options": municipalities,
        "organisations": page_obj.object_list,
        "page_obj": page_obj,
        "paginator": paginator,
        "result_count": paginator.count,
        "page_links": page_links,
        "previous_url": _url({**current, "page": str(page_obj.previous_page_number())})
        if page_obj.has_previous()
        else "",
        "next_url": _url({**current, "page": str(page_obj.next_page_number())})
        if page_obj.has_next()
        else "",
        "filter_removals": removals,
        "clear_url": _url({}),
    }
