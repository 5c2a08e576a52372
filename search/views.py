"""The "Zoeken" view (/zoeken/, /en/zoeken/) and its suggestions endpoint."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.utils import normalise_query_string

from . import engine
from .highlight import mark, snippet
from .models import MissedQuery

PER_PAGE = 10
FACET_LABELS = {
    "type": _("Soort"),
    "theme": _("Thema"),
    "organisation": _("Organisatie"),
    "municipality": _("Gemeente"),
}


def _theme_url(theme):
    try:
        return reverse("theme_detail", kwargs={"slug": theme.slug})
    except NoReverseMatch:
        return f"{reverse('site_search')}?{urlencode({'theme': theme.slug})}"


def _url_with(params, **changes):
    """The current search URL with some parameters changed (None removes)."""
    data = {key: list(values) for key, values in params.items()}
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value if isinstance(value, list) else [value]
    data = {key: values for key, values in data.items() if values}
    return f"?{urlencode(data, doseq=True)}" if data else "?"


def _toggle_links(params, facets):
    """Set each facet item's `url`: the current search with that value switched on or off.

    The same as `_url_with(params, <facet>=values, page=None)` per item, with the other parameters
    encoded once (a facet lists every organisation: hundreds of links).
    """
    encoded = {key: urlencode({key: values}, doseq=True) for key, values in params.items() if values}
    for name, items in facets.items():
        current = list(params.get(name, []))
        # The facet's place among the parameters: where it is now, else last.
        before = [part for key, part in encoded.items() if key != name]
        position = list(encoded).index(name) if name in encoded else len(before)
        head, tail = "&".join(before[:position]), "&".join(before[position:])
        for item in items:
            values = (
                [v for v in current if v != item["value"]] if item["selected"] else current + [item["value"]]
            )
            middle = urlencode({name: values}, doseq=True) if values else ""
            item["url"] = "?" + "&".join(part for part in (head, middle, tail) if part)


def _log(q, found):
    """Count the query for the editors' reports (page 1 only, so paging does not inflate)."""
    normalised = normalise_query_string(q)[:255]
    if not normalised:
        return
    Query.get(normalised).add_hit()
    if not found:
        updated = MissedQuery.objects.filter(query_string=normalised).update(hits=F("hits") + 1)
        if not updated:
            MissedQuery.objects.get_or_create(
                query_string=normalised, defaults={"hits": 1, "language": engine.current_language()}
            )


def _promotions(q, language):
    """Editors' picks for this query, localised to the reader's language, live and public only."""
    normalised = normalise_query_string(q)
    if not normalised:
        return [], []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalised)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    if not picks:
        return [], []
    keys = [pick.page.translation_key for pick in picks if pick.page_id]
    documents = {
        doc.page.translation_key: doc
        for doc in engine.visible_documents(language)
        .filter(page__translation_key__in=keys)
        .select_related("page")
    }
    items = []
    for pick in picks:
        if pick.page_id:
            doc = documents.get(pick.page.translation_key)
            if doc is None:
                continue
            items.append(
                {"title": doc.title, "url": doc.url, "description": pick.description, "page_id": doc.page_id}
            )
        elif pick.external_link_url:
            items.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                    "page_id": None,
                }
            )
    return items, [item["page_id"] for item in items if item["page_id"]]


@require_GET
def search_view(request):
    response = _search(request)
    # Not kept by the anonymous page cache (home/cache.py): every search must reach the query log.
    patch_cache_control(response, private=True, max_age=0)
    return response


def _search(request):
    language = engine.current_language()
    q = engine.clean_query(request.GET.get("q", ""))
    filters = engine.Filters.from_querydict(request.GET)
    params = {key: request.GET.getlist(key) for key in ("q", *engine.FACETS) if request.GET.getlist(key)}
    if q:
        params["q"] = [q]
    searching = bool(q) or not filters.is_empty()

    context = {"q": q, "searching": searching, "filters": filters, "language": language}
    if not searching:
        context["themes"] = engine.related_themes("", language, engine.all_themes())
        context["theme_links"] = [(theme, _theme_url(theme)) for theme in context["themes"]]
        return render(request, "search/search.html", context)

    page_number = request.GET.get("page", "1")
    promotions, promoted_ids = _promotions(q, language) if q else ([], [])
    # Ranked, filtered and counted in one pass over the index (and cached a while): the page only
    # reads its ten documents in full.
    result = engine.ranked(q, language, filters, exclude_pages=promoted_ids)
    paginator = Paginator(result.ids, PER_PAGE)
    try:
        page_obj = paginator.page(page_number)
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    documents = engine.documents_for(page_obj.object_list, language)
    total = paginator.count + len(promotions)

    items = []
    for doc in documents:
        items.append(
            {
                "doc": doc,
                "type": doc.get_kind_display(),
                "title": mark(doc.title, result.terms, language),
                "snippet": snippet(doc.text, result.terms, language),
                "themes": list(doc.themes.all()),
            }
        )
    facets = engine.mark_selected(result.facets, filters)
    _toggle_links(params, facets)
    themes = engine.all_themes()
    context.update(
        {
            "items": items,
            "page_obj": page_obj,
            "paginator": paginator,
            "total": total,
            "promotions": promotions if page_obj.number == 1 else [],
            "matched_all_terms": result.matched_all_terms,
            "facets": [
                {"name": name, "label": FACET_LABELS[name], "items": facets[name]}
                for name in engine.FACETS
                if facets[name]
            ],
            "theme_matches": [
                (theme, _theme_url(theme)) for theme in engine.matching_themes(result.terms, themes, language)
            ][:4],
            "page_urls": {
                "previous": _url_with(params, page=str(page_obj.previous_page_number()))
                if page_obj.has_previous()
                else None,
                "next": _url_with(params, page=str(page_obj.next_page_number()))
                if page_obj.has_next()
                else None,
            },
            "page_links": [
                {"number": n, "url": _url_with(params, page=str(n)), "current": n == page_obj.number}
                for n in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
            ],
            "clear_url": _url_with({"q": [q]} if q else {}),
        }
    )
    if total == 0:
        suggestion = engine.spelling_suggestion(q, language) if q else ""
        context["suggestion"] = suggestion
        context["suggestion_url"] = _url_with({"q": [suggestion]}) if suggestion else ""
        context["theme_links"] = [
            (theme, _theme_url(theme)) for theme in engine.related_themes(q, language, themes)
        ]
    if q and page_number in ("", "1") and filters.is_empty():
        _log(q, found=total > 0)
    return render(request, "search/search.html", context)


@require_GET
def suggestions_view(request):
    language = engine.current_language()
    q = request.GET.get("q", "")
    items = engine.suggestions(q, language)
    response = JsonResponse({"query": engine.clean_query(q), "suggestions": items})
    response["Cache-Control"] = "public, max-age=60"
    return response
