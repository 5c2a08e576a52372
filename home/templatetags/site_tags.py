"""Site-wide template tags: main navigation and language switch, in a bounded number of queries."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The menu items of the site settings, in the reader's language: two queries at most."""
    request = context.get("request")
    site_settings = SiteSettings.load(request_or_site=request)
    raw = [item.get("value", {}) for item in site_settings.main_navigation.raw_data]
    ids = [value.get("page") for value in raw if value.get("page")]
    if not ids:
        return []
    chosen = Page.objects.filter(id__in=ids).values_list("id", "translation_key")
    key_by_id = dict(chosen)
    locale_code = translation.get_language() or settings.LANGUAGE_CODE
    pages = Page.objects.live().filter(
        translation_key__in=key_by_id.values(), locale__language_code=locale_code
    )
    by_key = {page.translation_key: page for page in pages}
    current_path = request.path if request else ""
    items = []
    for value in raw:
        page = by_key.get(key_by_id.get(value.get("page")))
        if page is None:
            continue
        url = page.get_url(request)
        items.append(
            {
                "title": value.get("label") or page.title,
                "url": url,
                "active": bool(url) and url != "/" and current_path.startswith(url),
            }
        )
    return items


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the translation of the current page, or that language's home."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[other.locale.language_code] = other
    links = []
    for code, name in settings.LANGUAGES:
        other = translations.get(code)
        if other is not None:
            url = other.get_url(request)
            translated = True
        else:
            url = translate_url(request.path, code) if request else "/"
            translated = False
        if not url:
            url = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        links.append(
            {"code": code, "name": name, "url": url, "current": code == current, "translated": translated}
        )
    return links


@register.simple_tag
def active_locale():
    return Locale.get_active()
