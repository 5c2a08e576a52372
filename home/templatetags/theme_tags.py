"""Theme chips and related content, usable by every page type's template."""

from django import template

from home.related import related_pages as _related_pages

register = template.Library()


@register.inclusion_tag("includes/theme_chips.html", takes_context=True)
def theme_chips(context, themes, heading_level=None):
    """Chips linking each theme to its theme page. `themes`: an iterable of Theme."""
    return {"themes": list(themes), "request": context.get("request")}


@register.inclusion_tag("includes/related_pages.html", takes_context=True)
def related_pages(context, page, limit=3):
    """A few live pages sharing themes with `page`, other organisations' first, with a reason."""
    return {"items": _related_pages(page, limit=limit), "request": context.get("request")}
