"""The cards of a theme page, written out in Python.

A card per `{% include %}`, each with its own `{% theme_chips %}` template, was most of the theme
page's time; the chips are those of includes/theme_chips.html. Values are escaped as Django escapes
them (html.escape); translations are trusted, as `{% translate %}` trusts them.
"""

from html import escape

from django import template
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.timezone import template_localtime
from django.utils.translation import gettext

from home.markup import chips_html

register = template.Library()

SUMMARY_WORDS = 30


def local_date(value):
    """`value|date:"j F Y"` as a template writes it (in the current time zone)."""
    return formats.date_format(template_localtime(value), "j F Y") if value else ""


def _summary_and_meta(item, kind):
    """The card's summary (text) and its meta line (HTML, escaped)."""
    if kind == "organisations":
        return getattr(item, "pitch", ""), ""
    if kind == "stories":
        return getattr(item, "intro", "") or item.search_description, escape(local_date(item.story_date))
    if kind == "courses":
        start = getattr(item, "next_start", None)
        if start:
            meta = gettext("Start op %(start)s") % {"start": escape(local_date(start))}
        else:
            meta = gettext("Cursus")
        return getattr(item, "summary", "") or item.search_description, meta
    return getattr(item, "intro", "") or item.search_description, ""


@register.simple_tag(takes_context=True)
def page_cards(context, items, kind):
    """The `<li class="card">` of each page in `items` (one kind: organisations, stories, courses or
    learning paths), with its organisation (`owner_organisation`), its summary and its themes
    (`theme_list`): what the theme page's queries attach to every item."""
    request = context.get("request")
    chip_html, owner_links, cards = {}, {}, []
    for item in items:
        owner = getattr(item, "owner_organisation", None)
        summary, meta = _summary_and_meta(item, kind)
        if owner is not None:
            if owner.pk not in owner_links:
                url = owner.get_url(request=request)
                owner_links[owner.pk] = f'<a href="{escape(str(url))}">{escape(str(owner.title))}</a>'
            meta_html = f'<p class="card__meta">{owner_links[owner.pk]}{" · " + meta if meta else ""}</p>'
        else:
            meta_html = f'<p class="card__meta">{meta}</p>' if meta else ""
        summary_html = (
            f"<p>{escape(Truncator(summary).words(SUMMARY_WORDS, truncate=' …'))}</p>" if summary else ""
        )
        cards.append(
            f'<li class="card">\n<h3><a href="{escape(str(item.get_url(request=request)))}">'
            f"{escape(str(item.title))}</a></h3>\n{meta_html}{summary_html}{chips_html(item.theme_list, chip_html)}\n</li>"
        )
    return mark_safe("\n".join(cards))
