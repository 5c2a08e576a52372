"""Querying the site search index: matching, ranking, facets, suggestions.

Plain ORM (LIKE on space-padded normalised terms, a CASE-based score), so it behaves the same on
SQLite and PostgreSQL. Within a facet values are OR-ed, across facets AND-ed; each facet's counts
ignore that facet's own selection (so alternatives stay visible).
"""

import difflib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, Count, F, IntegerField, Max, Q, Value, When
from django.utils import translation
from wagtail.models import Page

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
    """Documents of the reader's language on live pages outside private sections."""
    qs = SearchDocument.objects.filter(language=language, page__live=True)
    private = Q()
    # Restricted pages and their aliases (which follow the source page's restrictions): one query.
    restricted = (
        Page.objects.filter(Q(view_restrictions__isnull=False) | Q(alias_of__view_restrictions__isnull=False))
        .values_list("path", flat=True)
        .distinct()
    )
    for path in restricted:
        private |= Q(page__path__startswith=path)
    if private:
        qs = qs.exclude(private)
    return qs


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
