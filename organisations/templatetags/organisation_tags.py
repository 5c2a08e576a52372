"""Template tags of the organisations app.

{% load organisation_tags %}
{% organisation_cards organisations %}   the directory's <li> card of every MO on the page
{% child_page_cards pages parent %}      the profile's <li> card of each of the MO's newest pages
"""

from urllib.parse import quote

from django import template
from django.template.defaultfilters import date as format_date
from django.template.defaultfilters import truncatewords
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import gettext

from home.markup import chips_html
from home.templatetags.responsive_images import responsive_image

register = template.Library()

CARD = (
    '<li class="card organisation-card">\n'
    "{}"
    '    <h2><a href="{}">{}</a></h2>\n'
    "    <p>{}</p>\n"
    "{}"
    "    {}\n"
    "</li>\n"
)


@register.simple_tag(takes_context=True)
def organisation_cards(context, organisations):
    """The directory's cards (organisations.directory.organisation_cards: logo renditions, themes and
    municipalities attached), written out in Python: a template loop with a chips template per card
    cost more than the rest of the page. The first logo is not lazy (the top of the page)."""
    request = context.get("request")
    places_label = mark_safe(gettext("Actief in"))  # as {% translate %} writes it
    written_chips = {}
    cards = []
    for number, organisation in enumerate(organisations):
        logo = ""
        if organisation.logo:
            picture = responsive_image(
                organisation.logo, "logo_card", alt="", loading="eager" if number == 0 else ""
            )
            logo = format_html('    <div class="organisation-card__logo">{}</div>\n', picture)
        places = organisation.card_places
        places_html = ""
        if places:
            places_html = format_html(
                '    <p class="card__meta"><span class="visually-hidden">{}: </span>{}</p>\n',
                places_label,
                format_html_join(", ", "{}", ((place,) for place in places)),
            )
        cards.append(
            format_html(
                CARD,
                logo,
                organisation.get_url(request=request),
                organisation.title,
                organisation.pitch,
                places_html,
                chips_html(organisation.card_themes, written_chips),
            )
        )
    return mark_safe("".join(cards))


CHILD_CARD = '<li class="card">\n    <h3><a href="{}">{}</a></h3>\n    {}\n    {}\n</li>\n'


# What Django's reverse() leaves unquoted in a URL path (django.urls.resolvers), as Wagtail's URLs.
_URL_SAFE = "!$&'()*+,;=/~:@"


def _child_urls(parent, pages, request):
    """The URLs of `parent`'s children, as `page.get_url(request)` gives them: the parent's URL and
    the child's slug (Wagtail's url_path is the parent's and the slug). Wagtail is asked once, for
    the parent, and for any page whose URL does not follow from it."""
    base = parent.get_url(request=request) if parent is not None else None
    urls = []
    for page in pages:
        if base and base.endswith("/") and page.url_path == f"{parent.url_path}{page.slug}/":
            urls.append(f"{base}{quote(page.slug, safe=_URL_SAFE)}/")
        else:
            urls.append(page.get_url(request=request))
    return urls


@register.simple_tag(takes_context=True)
def child_page_cards(context, pages, parent=None):
    """The profile's cards of the MO's newest stories or courses (OrganisationPage.latest_children):
    title and link, the first summary the page has (30 words) and its first publication date.
    `parent`: the MO whose children these are (their URLs follow from its URL)."""
    request = context.get("request")
    cards = []
    for page, url in zip(pages, _child_urls(parent, pages, request), strict=True):
        summary = getattr(page, "card_summary", None)
        if summary is None:  # a page not from latest_children: its own fields
            summary = getattr(page, "intro", "") or getattr(page, "summary", "") or page.search_description
        published = template_localtime(page.first_published_at)
        cards.append(
            format_html(
                CHILD_CARD,
                url,
                page.title,
                format_html("<p>{}</p>", truncatewords(summary, 30)) if summary else "",
                format_html(
                    '<p class="card__meta"><time datetime="{}">{}</time></p>',
                    format_date(published, "c"),
                    format_date(published, "j F Y"),
                )
                if published
                else "",
            )
        )
    return mark_safe("".join(cards))
