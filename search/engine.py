"""Querying the site search index: matching, ranking, facets, suggestions.

Plain ORM (LIKE on space-padded normalised terms, a CASE-based score), so it behaves the same on
SQLite and PostgreSQL. Within a facet values are OR-ed, across facets AND-ed; each facet's counts
ignore that facet's own selection (so alternatives stay visible).
"""

import difflib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, Exists, F, IntegerField, Max, OuterRef, Q, Value, When
from django.db.models.functions import Length, Substr
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from home.models import Municipality, Theme

from .models import SearchDocument
from .text import is_stopword, normalise, stem, words

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
PREFIX_MIN = 4  # terms this long also match longer words starting with them (compounds)
WEIGHTS = {"title_terms": 10, "theme_terms": 7, "lead_terms": 4, "body_terms": 2}
PHRASE_BONUS = 8
FACETS = ("type", "theme", "organisation", "municipality")


def current_language():
    code = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def clean_query(raw):
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def query_terms(q, language):
    """Distinct normalised terms of a query, in order."""
    terms = []
    for term in normalise(q, language):
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


def _term_q(term):
    needle = f" {term}" if len(term) >= PREFIX_MIN else f" {term} "
    q = Q()
    for name in WEIGHTS:
        q |= Q(**{f"{name}__contains": needle})
    return q


def _score(terms):
    parts = []
    for term in terms:
        for name, weight in WEIGHTS.items():
            parts.append(
                Case(When(**{f"{name}__contains": f" {term} "}, then=Value(weight * 2)), default=Value(0))
            )
            if len(term) >= PREFIX_MIN:
                parts.append(
                    Case(When(**{f"{name}__contains": f" {term}"}, then=Value(weight)), default=Value(0))
                )
    if len(terms) > 1:
        phrase = " " + " ".join(terms) + " "
        parts.append(Case(When(title_terms__contains=phrase, then=Value(PHRASE_BONUS * 2)), default=Value(0)))
        parts.append(Case(When(body_terms__contains=phrase, then=Value(PHRASE_BONUS)), default=Value(0)))
    score = parts[0]
    for part in parts[1:]:
        score = score + part
    return score


def visible_documents(language):
    """Documents of the reader's language on live pages outside private sections.

    A page is private when it or an ancestor has a view restriction, or is an alias of a restricted
    page (aliases follow their source page). Checked in the same query (a subquery over the few
    restricted pages), not read first.
    """
    restricted_ids = PageViewRestriction.objects.values("page_id")
    above = Substr(OuterRef("page__path"), 1, Length("path"))
    # Both read from the (small) restrictions table: the restricted pages, and the aliases of them.
    restricted = Page.objects.filter(pk__in=restricted_ids, path=above)
    restricted_alias = Page.objects.filter(alias_of_id__in=restricted_ids, path=above)
    return SearchDocument.objects.filter(language=language, page__live=True).exclude(
        Exists(restricted) | Exists(restricted_alias)
    )


@dataclass
class Filters:
    type: list = field(default_factory=list)
    theme: list = field(default_factory=list)
    organisation: list = field(default_factory=list)
    municipality: list = field(default_factory=list)

    @classmethod
    def from_querydict(cls, data):
        def values(name):
            return [v[:100] for v in data.getlist(name) if v.strip()][:20]

        return cls(
            type=values("type"),
            theme=values("theme"),
            organisation=values("organisation"),
            municipality=values("municipality"),
        )

    def is_empty(self):
        return not any(getattr(self, name) for name in FACETS)

    def apply(self, qs, skip=None):
        if self.type and skip != "type":
            qs = qs.filter(kind__in=self.type)
        if self.organisation and skip != "organisation":
            qs = qs.filter(organisation_slug__in=self.organisation)
        if self.theme and skip != "theme":
            through = SearchDocument.themes.through
            qs = qs.filter(
                pk__in=through.objects.filter(theme__slug__in=self.theme).values("searchdocument_id")
            )
        if self.municipality and skip != "municipality":
            through = SearchDocument.municipalities.through
            qs = qs.filter(
                pk__in=through.objects.filter(municipality__slug__in=self.municipality).values(
                    "searchdocument_id"
                )
            )
        return qs


BACKEND_MAX_RESULTS = 500


def _backend_ranked(q, language, base):
    """Ranking by Wagtail's search backend (Elasticsearch/OpenSearch when configured)."""
    from wagtail.models import Locale, Page

    from .indexing import searchable_models

    locale = Locale.objects.filter(language_code=language).first()
    models = list(searchable_models())
    if locale is None or not models:
        return base.none()
    pages = Page.objects.live().filter(locale=locale).type(*models)
    ids = [page.pk for page in pages.search(q, operator="or", fields=None)[:BACKEND_MAX_RESULTS]]
    if not ids:
        return base.none().annotate(score=Value(0, output_field=IntegerField()))
    score = Case(
        *[When(page_id=pk, then=Value(len(ids) - position)) for position, pk in enumerate(ids)],
        default=Value(0),
        output_field=IntegerField(),
    )
    return base.filter(page_id__in=ids).annotate(score=score)


@dataclass
class SearchResult:
    query: str
    terms: list
    documents: object  # a queryset ordered by relevance
    matched_all_terms: bool
    base: object  # the matching documents before facet filters


def search(q, language, filters=None, exclude_pages=()):
    """Match and rank. With several terms all must match; if nothing does, any may match."""
    filters = filters or Filters()
    terms = query_terms(q, language)
    base = visible_documents(language)
    matched_all = True
    if terms and getattr(settings, "SITE_SEARCH_RANKING", "index") == "backend":
        matching = _backend_ranked(q, language, base)
        ordering = ["-score", "title"]
    elif terms:
        all_q = Q()
        for term in terms:
            all_q &= _term_q(term)
        matching = base.filter(all_q)
        if len(terms) > 1 and not filters.apply(matching).exists():
            any_q = Q()
            for term in terms:
                any_q |= _term_q(term)
            matching = base.filter(any_q)
            matched_all = False
        matching = matching.annotate(score=_score(terms))
        ordering = ["-score", F("date").desc(nulls_last=True), "title"]
    elif not filters.is_empty():
        matching = base.annotate(score=Value(0, output_field=IntegerField()))
        ordering = [F("date").desc(nulls_last=True), "title"]
    else:
        matching = base.none()
        ordering = ["title"]
    if exclude_pages:
        matching = matching.exclude(page_id__in=exclude_pages)
    documents = filters.apply(matching).order_by(*ordering)
    return SearchResult(
        query=q, terms=terms, documents=documents, matched_all_terms=matched_all, base=matching
    )


RESULTS_CACHE_SECONDS = 300


@dataclass
class Ranked:
    """A search, ranked and counted: what the results page needs, small enough to cache."""

    terms: list
    matched_all_terms: bool
    ids: list  # every matching document (after the filters), best first
    facets: dict  # as facet_counts() returns them, without "selected"


def _pairs(through, column, ids, base):
    """(document id, related id) for the documents `ids`; `base` matches the same documents."""
    rows = through.objects.all()
    if connection.vendor == "postgresql":
        # One array parameter, not one placeholder per document (thousands for a common word).
        rows = rows.extra(where=["searchdocument_id = ANY(%s)"], params=[list(ids)])
    else:
        rows = rows.filter(searchdocument_id__in=base.order_by().values("pk"))
    return rows.values_list("searchdocument_id", column)


def ranked(q, language, filters=None, exclude_pages=()):
    """Match, rank, filter and count facets with one scan of the index, and keep the result a while.

    The matching documents are read once (id, score and facet fields, in ranking order) and the
    filters and facet counts are worked out from those rows; only the documents shown are read in
    full (`documents_for`). Results are cached under the content generation (home.cache), which every
    publish, unpublish or move bumps, so a cached ranking never outlives the content it ranks.
    """
    import hashlib

    from home.cache import generation

    filters = filters or Filters()
    key_source = repr(
        (q, language, sorted(vars(filters).items()), sorted(exclude_pages), settings.SITE_SEARCH_RANKING)
    )
    key = f"site_search:ranked:v1:{generation()}:{hashlib.sha256(key_source.encode()).hexdigest()[:32]}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    result = search(q, language, filters, exclude_pages=exclude_pages)
    ordering = result.documents.query.order_by
    rows = list(
        result.base.order_by(*ordering).values_list("pk", "kind", "organisation_slug", "organisation_title")
    )
    ids = [row[0] for row in rows]
    themes = {theme.pk: theme for theme in all_themes()}
    municipalities = {m.pk: m for m in Municipality.objects.all()}
    doc_themes, doc_places = {}, {}
    if rows:
        for doc_id, theme_id in _pairs(SearchDocument.themes.through, "theme_id", ids, result.base):
            doc_themes.setdefault(doc_id, set()).add(themes[theme_id].slug)
        for doc_id, place_id in _pairs(
            SearchDocument.municipalities.through, "municipality_id", ids, result.base
        ):
            doc_places.setdefault(doc_id, set()).add(municipalities[place_id].slug)

    wanted = {name: set(getattr(filters, name)) for name in FACETS}

    def passes(row, skip=None):
        doc_id, kind, organisation, _title = row
        return (
            (skip == "type" or not wanted["type"] or kind in wanted["type"])
            and (
                skip == "organisation" or not wanted["organisation"] or organisation in wanted["organisation"]
            )
            and (skip == "theme" or not wanted["theme"] or doc_themes.get(doc_id, set()) & wanted["theme"])
            and (
                skip == "municipality"
                or not wanted["municipality"]
                or doc_places.get(doc_id, set()) & wanted["municipality"]
            )
        )

    kinds = dict(SearchDocument.KINDS)
    counted = {name: {} for name in FACETS}
    organisation_labels = {}
    for row in rows:
        doc_id, kind, organisation, organisation_title = row
        if passes(row, "type"):
            counted["type"][kind] = counted["type"].get(kind, 0) + 1
        if organisation and passes(row, "organisation"):
            counted["organisation"][organisation] = counted["organisation"].get(organisation, 0) + 1
            organisation_labels[organisation] = max(
                organisation_labels.get(organisation, ""), organisation_title
            )
        if passes(row, "theme"):
            for slug in doc_themes.get(doc_id, ()):
                counted["theme"][slug] = counted["theme"].get(slug, 0) + 1
        if passes(row, "municipality"):
            for slug in doc_places.get(doc_id, ()):
                counted["municipality"][slug] = counted["municipality"].get(slug, 0) + 1
    theme_by_slug = {theme.slug: theme for theme in themes.values()}
    place_by_slug = {m.slug: m for m in municipalities.values()}
    facets = {
        "type": sorted(
            ({"value": k, "label": kinds.get(k, k), "count": n} for k, n in counted["type"].items()),
            key=lambda item: list(kinds).index(item["value"]) if item["value"] in kinds else 99,
        ),
        "theme": [
            {"value": slug, "label": _theme_label(theme_by_slug[slug], language), "count": n}
            for slug, n in sorted(
                counted["theme"].items(),
                key=lambda pair: (-pair[1], theme_by_slug[pair[0]].sort_order, theme_by_slug[pair[0]].name),
            )
        ],
        "organisation": [
            {"value": slug, "label": organisation_labels[slug], "count": n}
            for slug, n in sorted(
                counted["organisation"].items(), key=lambda pair: (-pair[1], organisation_labels[pair[0]])
            )
        ],
        "municipality": [
            {"value": slug, "label": place_by_slug[slug].name, "count": n}
            for slug, n in sorted(
                counted["municipality"].items(), key=lambda pair: (-pair[1], place_by_slug[pair[0]].name)
            )
        ],
    }
    value = Ranked(
        terms=result.terms,
        matched_all_terms=result.matched_all_terms,
        ids=[row[0] for row in rows if passes(row)],
        facets=facets,
    )
    cache.set(key, value, RESULTS_CACHE_SECONDS)
    return value


def _theme_label(theme, language):
    return theme.name_en if language == "en" and theme.name_en else theme.name


def documents_for(ids, language):
    """The documents `ids` (a page of results) in that order, still visible, with their themes."""
    found = {
        doc.pk: doc for doc in visible_documents(language).filter(pk__in=list(ids)).prefetch_related("themes")
    }
    return [found[pk] for pk in ids if pk in found]


def mark_selected(facets, filters):
    """Mark the chosen values; a chosen value with no results stays visible, so it can be switched off."""
    facets = {name: [dict(item) for item in items] for name, items in facets.items()}
    for name, items in facets.items():
        chosen = set(getattr(filters, name))
        for item in items:
            item["selected"] = item["value"] in chosen
        present = {item["value"] for item in items}
        for value in sorted(chosen - present):
            items.append({"value": value, "label": value, "count": 0, "selected": True})
    return facets


def facet_counts(result, filters, language):
    """{facet: [{value, label, count, selected}]}: four grouped queries, whatever the data size."""
    base = result.base
    selected = {name: set(getattr(filters, name)) for name in FACETS}
    facets = {}

    kinds = dict(SearchDocument.KINDS)
    rows = filters.apply(base, skip="type").order_by().values("kind").annotate(n=Count("pk"))
    facets["type"] = sorted(
        ({"value": r["kind"], "label": kinds.get(r["kind"], r["kind"]), "count": r["n"]} for r in rows),
        key=lambda item: list(kinds).index(item["value"]) if item["value"] in kinds else 99,
    )

    rows = (
        SearchDocument.themes.through.objects.filter(
            searchdocument_id__in=filters.apply(base, skip="theme").order_by().values("pk")
        )
        .values("theme__slug", "theme__name", "theme__name_en", "theme__sort_order")
        .annotate(n=Count("searchdocument_id"))
        .order_by("-n", "theme__sort_order", "theme__name")
    )
    facets["theme"] = [
        {
            "value": r["theme__slug"],
            "label": (r["theme__name_en"] if language == "en" and r["theme__name_en"] else r["theme__name"]),
            "count": r["n"],
        }
        for r in rows
    ]

    rows = (
        filters.apply(base, skip="organisation")
        .exclude(organisation_slug="")
        .order_by()
        .values("organisation_slug")
        .annotate(n=Count("pk"), label=Max("organisation_title"))
        .order_by("-n", "label")
    )
    facets["organisation"] = [
        {"value": r["organisation_slug"], "label": r["label"], "count": r["n"]} for r in rows
    ]

    rows = (
        SearchDocument.municipalities.through.objects.filter(
            searchdocument_id__in=filters.apply(base, skip="municipality").order_by().values("pk")
        )
        .values("municipality__slug", "municipality__name")
        .annotate(n=Count("searchdocument_id"))
        .order_by("-n", "municipality__name")
    )
    facets["municipality"] = [
        {"value": r["municipality__slug"], "label": r["municipality__name"], "count": r["n"]} for r in rows
    ]

    for name, items in facets.items():
        for item in items:
            item["selected"] = item["value"] in selected[name]
        # A selected value with no results stays visible, so it can be switched off.
        present = {item["value"] for item in items}
        for value in sorted(selected[name] - present):
            items.append({"value": value, "label": value, "count": 0, "selected": True})
    return facets


def all_themes():
    """All themes, one query per request at most (the list is short and curated)."""
    return list(Theme.objects.all())


def matching_themes(terms, themes, language):
    """Themes whose name contains one of the query terms."""
    if not terms:
        return []
    found = []
    for theme in themes:
        names = theme.name + (" " + theme.name_en if theme.name_en else "")
        theme_terms = set(normalise(names, language)) | set(normalise(names, "nl"))
        if any(
            t in theme_terms or any(tt.startswith(t) for tt in theme_terms if len(t) >= PREFIX_MIN)
            for t in terms
        ):
            found.append(theme)
    return found


def _vocabulary(language):
    """Folded words of titles, organisation, theme and municipality names (cached briefly)."""
    key = f"site_search:vocabulary:{language}"
    vocabulary = cache.get(key)
    if vocabulary is None:
        vocabulary = set()
        rows = SearchDocument.objects.filter(language=language).values_list("title", "organisation_title")
        for title, organisation in rows:
            vocabulary.update(words(title))
            vocabulary.update(words(organisation))
        for theme in Theme.objects.all():
            vocabulary.update(words(theme.name))
            vocabulary.update(words(theme.name_en))
        vocabulary.update(words(" ".join(Municipality.objects.values_list("name", flat=True))))
        vocabulary = sorted(w for w in vocabulary if len(w) >= 3 and not w.isdigit())
        cache.set(key, vocabulary, 300)
    return vocabulary


def spelling_suggestion(q, language):
    """A corrected query built from close words in the vocabulary, or "" when none is better."""
    vocabulary = _vocabulary(language)
    known = set(vocabulary)
    changed = False
    corrected = []
    for word in words(q)[:MAX_TERMS]:
        if len(word) < 3 or word in known or is_stopword(word, language):
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        if close:
            corrected.append(close[0])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else ""


def related_themes(q, language, themes, limit=6):
    """Themes close to the words of a query that found nothing, else the most used themes."""
    names = {}
    for theme in themes:
        for word in words(theme.name + " " + (theme.name_en or "")):
            names.setdefault(word, theme)
    found = []
    for word in words(q):
        for match in difflib.get_close_matches(word, list(names), n=3, cutoff=0.7):
            if names[match] not in found:
                found.append(names[match])
    if found:
        return found[:limit]
    counts = dict(
        SearchDocument.themes.through.objects.filter(searchdocument__language=language)
        .values_list("theme_id")
        .annotate(n=Count("id"))
        .values_list("theme_id", "n")
    )
    return sorted(themes, key=lambda t: (-counts.get(t.pk, 0), t.sort_order, t.name))[:limit]


def suggestions(q, language, limit=8):
    """Titles (and themes) starting with what was typed, for the autocomplete list."""
    typed = words(clean_query(q))
    if not typed or len("".join(typed)) < 2:
        return []
    qs = visible_documents(language)
    for word in typed[:-1]:
        qs = qs.filter(
            Q(title_words__contains=f" {word}") | Q(body_terms__contains=f" {stem(word, language)}")
        )
    last = typed[-1]
    qs = qs.filter(title_words__contains=f" {last}")
    starts = Case(When(title_words__startswith=f" {typed[0]}", then=Value(1)), default=Value(0))
    rows = qs.annotate(starts=starts).order_by("-starts", "title").values("title", "url", "kind")[:limit]
    kinds = dict(SearchDocument.KINDS)
    return [{"title": r["title"], "url": r["url"], "type": str(kinds.get(r["kind"], ""))} for r in rows]
