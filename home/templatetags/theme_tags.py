"""Theme chips and related content, usable by every page type's template."""

from django import template

from home.related import related_pages as _related_pages

register = template.Library()


@register.inclusion_tag("includes/theme_chips.html", takes_context=True)
def theme_chips(context, themes, heading_level=None):
    """Chips linking each theme to its theme page. `themes`: an iterable of Theme."""
    return {"themes": list(themes), "request": context.get("request")}


@register.inclusion_tag("includes/related_pages.html", takes_context=True)
def related_pages(context, page, limit=3, themes=None):
    """A few live pages sharing themes with `page`, other organisations' first, with a reason.

    Pass `themes=` the page's themes when the template already has them: one query less.
    """
    items = _related_pages(page, limit=limit, themes=None if themes is None else list(themes))
    return {"items": items, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def theme_alternates(context, theme):
    """Absolute URLs of a theme's page in every language: [(code, url)] for rel="alternate"."""
    from django.conf import settings
    from django.utils import translation

    from home.related import theme_url

    request = context.get("request")
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = theme_url(theme)
        if url:
            links.append((code, request.build_absolute_uri(url) if request else url))
    return links
