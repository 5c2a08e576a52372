"""The member directory ("Organisaties"): filters from GET parameters, one queryset, pagination.

Every combination of filters is a plain URL (?thema=...&gemeente=...&q=...&page=...), works
without JavaScript, and bad input is ignored rather than answered with an error.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models.functions import Lower
from django.http import QueryDict
from django.utils.translation import gettext as _
from wagtail.models import Page

from home.cache import shared
from home.models import Municipality, Theme
from home.pagination import pagination_links
from home.renditions import LOGO_CARD, rendition_prefetch
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


def organisation_ids(index_page, filters: DirectoryFilters):
    """The ids of the live, public MOs under `index_page` that match `filters`, A-Z: a few hundred
    numbers, so the count is their number and only the shown page of MOs is read."""
    from .models import OrganisationPage

    # The live public children of the index first (an index range over the tree): joined to the MOs
    # in one query, PostgreSQL walks every page of the network to find them. Without filters their
    # order is the directory's (the title lives in the page table).
    children = (
        Page.objects.live()
        .filter(public_q())
        .child_of(index_page)
        .type(OrganisationPage)
        .order_by(Lower("title"), "pk")
    )
    if not filters.active:
        return list(children.values_list("pk", flat=True))
    queryset = OrganisationPage.objects.filter(pk__in=list(children.values_list("pk", flat=True)))
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
    return list(queryset.order_by(Lower("title"), "pk").values_list("pk", flat=True))


def organisation_cards(ids, themes, municipalities):
    """The MOs with `ids`, in that order, with everything a card needs: the logo with its card
    renditions, and their themes (`card_themes`) and municipalities (`card_places`): the link
    tables' rows, matched to the given lists of every theme and every municipality."""
    from home.models import ThemedPage

    from .models import LINK_PAGE_FIELDS, OrganisationPage

    by_id = (
        OrganisationPage.objects.filter(pk__in=ids)
        # What a card shows (name, link, pitch, logo): not the profile (its StreamField and the rest).
        .only(*LINK_PAGE_FIELDS, "pitch", "logo")
        .select_related("logo")
        .prefetch_related(rendition_prefetch("logo", LOGO_CARD))
        .in_bulk()
    )
    organisations = [by_id[pk] for pk in ids if pk in by_id]
    # Themes in the order they were given (as a page's own `themes.all()`), places by name.
    theme_by_id = {theme.pk: theme for theme in themes}
    card_themes = {}
    for page_id, theme_id in (
        ThemedPage.objects.filter(content_object_id__in=ids)
        .order_by("pk")
        .values_list("content_object_id", "tag_id")
    ):
        card_themes.setdefault(page_id, []).append(theme_by_id[theme_id])
    card_places = {}
    for page_id, municipality_id in OrganisationPage.municipalities.through.objects.filter(
        organisationpage_id__in=ids
    ).values_list("organisationpage_id", "municipality_id"):
        card_places.setdefault(page_id, set()).add(municipality_id)
    for organisation in organisations:
        organisation.card_themes = card_themes.get(organisation.pk, [])
        places = card_places.get(organisation.pk, ())
        organisation.card_places = [place for place in municipalities if place.pk in places]
    return organisations


def _url(params: dict) -> str:
    query = QueryDict(mutable=True)
    for key, value in params.items():
        if value:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def theme_and_municipality_lists():
    """Every theme and every municipality (each in its own order), the same on every page: kept in
    the shared cache under the content generation (home/cache.py); saving a theme or a municipality
    (snippets) makes them stale."""
    return shared(
        "organisations:filter-lists",
        lambda: (list(Theme.objects.all()), list(Municipality.objects.all())),
    )


def directory_context(index_page, request):
    themes, municipalities = theme_and_municipality_lists()
    filters = parse_filters(request.GET, themes, municipalities)
    paginator = Paginator(organisation_ids(index_page, filters), PER_PAGE)
    page_number = _single(request.GET, "page")
    # get_page() turns "abc", "-1" and "99999999" into the first or last page.
    page_obj = paginator.get_page(page_number if page_number.isdigit() and len(page_number) < 9 else 1)
    page_obj.object_list = organisation_cards(page_obj.object_list, themes, municipalities)

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

    return {
        "filters": filters,
        "theme_options": themes,
        "municipality_options": municipalities,
        "organisations": page_obj.object_list,
        "page_obj": page_obj,
        "paginator": paginator,
        "result_count": paginator.count,
        **pagination_links(
            paginator, page_obj, lambda number: _url({**current, "page": str(number) if number > 1 else ""})
        ),
        "filter_removals": removals,
        "clear_url": _url({}),
    }
