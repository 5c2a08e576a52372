"""Site-wide template tags: main navigation and languages, in a bounded number of queries."""

from types import SimpleNamespace
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The menu items of the site settings, in the reader's language, with the current one marked.

    The titles and URLs are the same on every page, so they are kept in the shared cache (home/cache.py,
    stale after any change to pages or settings); building them takes one query.
    """
    from home.cache import shared

    request = context.get("request")
    locale_code = translation.get_language() or settings.LANGUAGE_CODE
    site = getattr(request, "_wagtail_site", None) if request else None
    links = shared(
        f"main-navigation:{getattr(site, 'pk', None)}:{locale_code}",
        lambda: _navigation_links(request, locale_code),
    )
    current_path = request.path if request else ""
    return [
        {"title": title, "url": url, "active": bool(url) and url != "/" and current_path.startswith(url)}
        for title, url in links
    ]


def _navigation_links(request, locale_code):
    """[(title, url)] of the menu in one language: one query (settings aside)."""
    site_settings = SiteSettings.load(request_or_site=request)
    raw = [item.get("value", {}) for item in site_settings.main_navigation.raw_data]
    ids = [value.get("page") for value in raw if value.get("page")]
    if not ids:
        return []
    # The chosen pages with all their translations (found by translation key, an indexed lookup).
    rows = Page.objects.filter(
        translation_key__in=Page.objects.filter(id__in=ids).values("translation_key")
    ).select_related("locale")
    key_by_id, by_key = {}, {}
    for row in rows:
        key_by_id[row.id] = row.translation_key
        if row.live and row.locale.language_code == locale_code:
            by_key[row.translation_key] = row
    links = []
    for value in raw:
        page = by_key.get(key_by_id.get(value.get("page")))
        if page is not None:
            links.append((value.get("label") or page.title, page.get_url(request)))
    return links


def _switch_url(code, target):
    return reverse("switch_language", kwargs={"code": code}) + "?" + urlencode({"next": target})


@register.simple_tag(takes_context=True)
def page_languages(context):
    """Everything base.html needs about languages, in one query.

    - links: one per language, to the translation of the current page (or that language's home page);
      each goes through the switch view so the choice is remembered.
    - alternates: real translations only (never an untranslated alias), for rel="alternate" hreflang.
    - content_lang: the language of the content actually shown (Dutch on an untranslated English page).
    - untranslated: True on a page that exists in the reader's language only as a copy of the Dutch one.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language() or settings.LANGUAGE_CODE
    translations = {}
    untranslated = False
    if isinstance(page, Page) and page.pk:
        untranslated = bool(page.alias_of_id) and current != settings.LANGUAGE_CODE
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[other.locale.language_code] = other
    # A routable page's sub-route (/themas/eenzaamheid/) keeps its sub-path in the other language.
    suffix = ""
    if translations and request is not None and getattr(request, "routable_resolver_match", None):
        own_url = page.get_url(request) or ""
        if own_url and request.path.startswith(own_url):
            suffix = request.path[len(own_url) :]
    links, alternates = [], []
    for code, name in settings.LANGUAGES:
        other = translations.get(code)
        url = other.get_url(request) if other is not None else None
        if url and suffix:
            url += suffix
        if url and not (other.alias_of_id and code != settings.LANGUAGE_CODE):
            absolute = request.build_absolute_uri(url) if request else url
            alternates.append({"code": code, "url": absolute})
        if not url:
            if request is not None and not isinstance(page, Page):
                url = translate_url(request.path, code)
            else:
                url = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "switch_url": _switch_url(code, url),
                "current": code == current,
            }
        )
    x_default = next((a["url"] for a in alternates if a["code"] == settings.LANGUAGE_CODE), None)
    return SimpleNamespace(
        links=links,
        alternates=alternates,
        x_default=x_default,
        content_lang=settings.LANGUAGE_CODE if untranslated else current,
        interface_lang=current,
        untranslated=untranslated,
    )


@register.simple_tag
def fragment_cache():
    """Timeout and generation for {% wagtailcache %} fragments: publishing makes them stale at once."""
    from home.cache import generation

    return SimpleNamespace(seconds=settings.PAGE_CACHE_SECONDS, generation=generation())


@register.simple_tag
def select_options(choices, chosen=None, value="slug", label="label"):
    """The <option>s of a filter <select>, written out in Python (hundreds of organisations in a
    template loop cost more than the rest of the page). `chosen`: the selected object, or None."""
    from django.utils.safestring import mark_safe

    from home.markup import join_rows

    chosen_value = getattr(chosen, value, None) if chosen is not None else None
    return join_rows(
        '<option value="{}"{}>{}</option>',
        (
            (
                getattr(item, value),
                mark_safe(" selected") if getattr(item, value) == chosen_value else "",
                getattr(item, label),
            )
            for item in choices
        ),
    )
