"""Filling the site search index from pages, generically.

A page type is searchable when its model label is in SEARCHABLE_PAGE_TYPES. Its text comes from
its own `search_fields` (Wagtail's declaration): `title` is the title, SearchFields with boost >= 2
are the lead, the other SearchFields (and RelatedFields other than themes) the body. Themes come
from `page.themes`; the organisation is the page itself or its nearest OrganisationPage ancestor.
A page type may define `search_visible()` returning False to stay out (e.g. a hidden course).
"""

import datetime
import html
import logging

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models import Manager
from django.utils import timezone, translation
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search.index import RelatedFields, SearchField

from .models import SearchDocument
from .text import as_field, fold, normalise, words

logger = logging.getLogger(__name__)

SEARCHABLE_PAGE_TYPES = {
    "organisations.OrganisationPage": SearchDocument.KIND_ORGANISATION,
    "stories.StoryPage": SearchDocument.KIND_STORY,
    "academy.CoursePage": SearchDocument.KIND_COURSE,
    "academy.LearningPathPage": SearchDocument.KIND_LEARNING_PATH,
}
DATE_ATTRIBUTES = ("publication_date", "date", "story_date", "published_date", "start_date")
MAX_TEXT = 20000


def searchable_models():
    """{model: kind} for the page types that exist (apps may still be growing)."""
    result = {}
    for label, kind in SEARCHABLE_PAGE_TYPES.items():
        try:
            result[apps.get_model(label)] = kind
        except LookupError:
            continue
    return result


def kind_of(page):
    for model, kind in searchable_models().items():
        if isinstance(page, model):
            return kind
    return None


def languages():
    return [code for code, _name in settings.LANGUAGES]


def language_of(page):
    code = page.locale.language_code.split("-")[0]
    return code if code in languages() else settings.LANGUAGE_CODE


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    elif isinstance(value, (list, tuple)):
        text = " ".join(_plain(item) for item in value)
    elif isinstance(value, dict):
        text = " ".join(_plain(item) for item in value.values())
    else:
        text = force_str(value)
    if "<" in text:
        text = strip_tags(text)
    return html.unescape(text)


def _field_texts(obj, field):
    """Yield (boost, text) for one search field declaration."""
    if isinstance(field, SearchField):
        if field.field_name == "title":
            return
        try:
            value = field.get_value(obj)
        except Exception:  # a field a growing app declares but has not got yet
            logger.warning("search: cannot read %s.%s", type(obj).__name__, field.field_name)
            return
        yield (field.boost or 1), _plain(value)
    elif isinstance(field, RelatedFields):
        if field.field_name == "themes":
            return
        related = getattr(obj, field.field_name, None)
        if related is None:
            return
        if isinstance(related, Manager):
            objects = list(related.all())
        else:
            objects = [related() if callable(related) else related]
        for sub_obj in objects:
            for sub_field in field.fields:
                for _boost, text in _field_texts(sub_obj, sub_field):
                    yield 1, text


def _organisation_of(page):
    Organisation = apps.get_model("organisations", "OrganisationPage")
    if isinstance(page, Organisation):
        return page
    ancestor = page.get_ancestors().type(Organisation).live().last()
    return ancestor.specific if ancestor else None


def _date_of(page):
    for name in DATE_ATTRIBUTES:
        value = getattr(page, name, None)
        if callable(value):
            value = value()
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
    stamp = page.last_published_at or page.first_published_at
    return stamp.date() if stamp else None


def _municipalities_of(page, organisation):
    for source in (page, organisation):
        if source is None:
            continue
        many = getattr(source, "municipalities", None)
        if isinstance(many, Manager):
            found = list(many.all())
            if found:
                return found
        single = getattr(source, "municipality", None)
        if single is not None and hasattr(single, "slug"):
            return [single]
    return []


def is_visible(page):
    """Live, public, of a searchable type, and not hidden by the page itself."""
    if not page.live or kind_of(page) is None:
        return False
    if page.get_view_restrictions().exists():
        return False
    visible = getattr(page, "search_visible", None)
    return not callable(visible) or bool(visible())


def build_document(page):
    """Create or update the document of one page, or delete it when the page may not be found."""
    page = page.specific
    if not is_visible(page):
        deleted, _detail = SearchDocument.objects.filter(page_id=page.pk).delete()
        return None, False
    organisation = _organisation_of(page)
    themes = list(page.themes.all()) if hasattr(page, "themes") else []
    municipalities = _municipalities_of(page, organisation)
    values = document_values(page, organisation, themes, municipalities)
    document, created = SearchDocument.objects.update_or_create(page_id=page.pk, defaults=values)
    document.themes.set(themes)
    document.municipalities.set(municipalities)
    return document, created


def document_values(page, organisation, themes, municipalities, url=None):
    """The fields of a page's SearchDocument (without page, themes and municipalities).

    `page` is specific and visible; `organisation` its OrganisationPage (or None). Shared by
    `build_document` and bulk loaders (the large demo dataset), so both index alike.
    """
    language = language_of(page)
    lead, body = [], []
    search_description = getattr(page, "search_description", "")
    if search_description:
        lead.append(search_description)
    for field in page.get_search_fields():
        for boost, text in _field_texts(page, field):
            text = text.strip()
            if text and text not in lead and text not in body:
                (lead if boost >= 2 else body).append(text)
    context = []
    if organisation is not None and organisation.pk != page.pk:
        context.append(organisation.title)

    # "Tags": theme names, where it happens and what it is ("verhaal", "cursus"), weighted above body.
    theme_names = " ".join(
        " ".join(filter(None, [t.name, t.name_en if language != "nl" else ""])) for t in themes
    )
    with translation.override(language):
        kind_label = str(dict(SearchDocument.KINDS)[kind_of(page)])
    tags = " ".join([theme_names, kind_label, *(m.name for m in municipalities)])
    url = url or page.get_url() or page.url_path
    return {
        "language": language,
        "kind": kind_of(page),
        "title": page.title[:255],
        "url": url[:500],
        "text": " ".join(lead + body)[:MAX_TEXT],
        "date": _date_of(page),
        "organisation": organisation,
        "organisation_title": organisation.title[:255] if organisation else "",
        "organisation_slug": organisation.slug if organisation else "",
        "title_terms": as_field(normalise(page.title, language)),
        "theme_terms": as_field(normalise(tags, language)),
        "lead_terms": as_field(normalise(" ".join(lead), language)),
        "body_terms": as_field(normalise(" ".join(body + context), language)),
        "title_words": as_field(words(fold(page.title))),
    }


def index_missing(batch_size=1000):
    """Index, in bulk, the live public pages of the searchable types that have no document yet.

    For bulk imports (the large demo dataset): the same documents as `build_document` makes, in a
    few queries per batch instead of a dozen per page. Returns the number of documents created.
    """
    from wagtail.models import PageViewRestriction

    from home.models import Theme, ThemedPage

    models = searchable_models()
    if not models:
        return 0
    Organisation = apps.get_model("organisations", "OrganisationPage")
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    missing = (
        Page.objects.type(*models)
        .live()
        .filter(site_search_document__isnull=True)
        .order_by("path")
        .values_list("pk", "path", "content_type_id")
    )
    by_type = {}
    for pk, path, content_type_id in missing:
        if not any(path.startswith(prefix) for prefix in restricted):
            by_type.setdefault(content_type_id, []).append(pk)
    if not by_type:
        return 0
    organisations = {org.path: org for org in Organisation.objects.live().prefetch_related("municipalities")}
    themes = {theme.pk: theme for theme in Theme.objects.all()}
    created = 0
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        related = [f.field_name for f in model.get_search_fields() if isinstance(f, RelatedFields)]
        related = [name for name in related if name != "themes"]
        single, many = [], []
        for name in related:
            try:
                (single if model._meta.get_field(name).many_to_one else many).append(name)
            except FieldDoesNotExist:
                continue
        for start in range(0, len(ids), batch_size):
            batch = ids[start : start + batch_size]
            pages = list(
                model.objects.filter(pk__in=batch).select_related("locale", *single).prefetch_related(*many)
            )
            page_themes = {}
            for page_id, tag_id in ThemedPage.objects.filter(content_object_id__in=batch).values_list(
                "content_object_id", "tag_id"
            ):
                page_themes.setdefault(page_id, []).append(themes[tag_id])
            documents, theme_rows, place_rows = [], [], []
            for page in pages:
                visible = getattr(page, "search_visible", None)
                if callable(visible) and not visible():
                    continue
                organisation = organisations.get(page.path) if isinstance(page, Organisation) else None
                for depth in range(page.depth - 1, 0, -1):
                    if organisation is not None:
                        break
                    organisation = organisations.get(page.path[: depth * Page.steplen])
                own_themes = sorted(page_themes.get(page.pk, []), key=lambda t: t.pk)
                municipalities = _municipalities_of(page, organisation)
                values = document_values(page, organisation, own_themes, municipalities)
                documents.append(SearchDocument(page_id=page.pk, **values))
                theme_rows.append([t.pk for t in own_themes])
                place_rows.append([m.pk for m in municipalities])
            SearchDocument.objects.bulk_create(documents)
            Themes = SearchDocument.themes.through
            Places = SearchDocument.municipalities.through
            Themes.objects.bulk_create(
                [
                    Themes(searchdocument_id=doc.pk, theme_id=pk)
                    for doc, pks in zip(documents, theme_rows)
                    for pk in pks
                ],
                batch_size=2000,
            )
            Places.objects.bulk_create(
                [
                    Places(searchdocument_id=doc.pk, municipality_id=pk)
                    for doc, pks in zip(documents, place_rows)
                    for pk in dict.fromkeys(pks)
                ],
                batch_size=2000,
            )
            created += len(documents)
    return created


def index_page(page):
    """(Re)index a page and the indexed pages below it (their URL or organisation may change)."""
    build_document(page)
    below = (
        Page.objects.filter(path__startswith=page.path, depth__gt=page.depth)
        .type(*searchable_models().keys())
        .specific()
    )
    for child in below:
        build_document(child)


def remove_page(page):
    """Drop a page and everything below it from the index."""
    SearchDocument.objects.filter(page__path__startswith=page.path).delete()


def rebuild():
    """Rebuild the whole index. Returns (documents created, documents in the index)."""
    created_count = indexed = 0
    models = list(searchable_models().keys())
    started = timezone.now()
    with transaction.atomic():
        if models:
            for page in Page.objects.type(*models).live().specific().iterator(chunk_size=200):
                document, created = build_document(page)
                if document is not None:
                    indexed += 1
                    created_count += created
        SearchDocument.objects.filter(updated_at__lt=started).delete()
    return created_count, indexed
