"""Markup of the search page written out in Python, where a template loop ran over hundreds of items."""

from html import escape

from django import template
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def facet_links(items):
    """The `<li>` of every value of one facet (the organisation facet lists every organisation):
    a link that switches the value on or off, with its number of results. Values are escaped as
    Django escapes them (html.escape)."""
    chosen_note = gettext("gekozen; klik om te wissen")
    links = []
    for item in items:
        selected = item["selected"]
        links.append(
            f'<li><a href="{escape(str(item["url"]))}" class="search-facet__link'
            + (' is-selected" aria-current="true"><span aria-hidden="true">✓ </span>' if selected else '">')
            + f'{escape(str(item["label"]))} <span class="search-facet__count">({formats.localize(item["count"])})</span>'
            + (f'<span class="visually-hidden">, {chosen_note}</span>' if selected else "")
            + "</a></li>"
        )
    return mark_safe("\n".join(links))
