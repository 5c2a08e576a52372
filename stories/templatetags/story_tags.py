"""Template tags of the stories app, for other apps' templates too.

{% load story_tags %}
{% story_cards stories heading_level=2 %} the <li> cards of a list of stories (from `card_stories`)
{% organisation_stories page %}          the MO's own and co-authored live stories (profile)
{% theme_stories theme %}                live stories with a theme (theme page)
{% story_feed_links organisation=page %} <link rel="alternate"> to the RSS/Atom feeds (in <head>)
{% story_feed_links theme=theme %}
{% og_meta page description=page.pitch image=page.logo image_alt=page.logo_alt %}
{% share_links page %}                   plain share links (e-mail, WhatsApp, Facebook, LinkedIn)
"""

from urllib.parse import quote, urlencode

from django import template
from django.template.defaultfilters import date as format_date
from django.template.defaultfilters import truncatechars
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from home.models import SiteSettings
from home.renditions import SHARE_SPEC
from home.templatetags.responsive_images import responsive_image

from ..models import (
    StoryIndexPage,
    card_stories,
    stories_of_organisation,
    stories_with_theme,
)

register = template.Library()


def _story_index(locale_id=None):
    qs = StoryIndexPage.objects.live()
    if locale_id is not None:
        qs = qs.filter(locale_id=locale_id)
    return qs.first()


def _active_locale_id():
    from wagtail.models import Locale

    try:
        return Locale.get_active().pk
    except Locale.DoesNotExist:
        return None


CARD = (
    '<li class="card story-card">\n    {}\n'
    '    <h{} class="story-card__title"><a href="{}">{}</a></h{}>\n'
    '    <p class="card__meta"><time datetime="{}">{}</time>{}{}</p>\n'
    "    <p>{}</p>\n</li>\n"
)


@register.simple_tag(takes_context=True)
def story_cards(context, stories, heading_level=2, first_eager=False):
    """The <li> cards of `stories` (built with `card_stories`), written out in Python: a template
    include per card costs more than the rest of a listing. `first_eager`: the first card's image is
    at the top of the page (not lazy)."""
    request = context.get("request")
    cards = []
    for number, story in enumerate(stories):
        image = ""
        if story.hero_image:
            image = responsive_image(
                story.hero_image,
                "story_card",
                alt="",
                loading="eager" if first_eager and number == 0 else "",
                **{"class": "story-card__image"},
            )
        organisation, municipality = story.organisation_title, story.municipality
        cards.append(
            format_html(
                CARD,
                image,
                heading_level,
                story.get_url(request=request),
                story.title,
                heading_level,
                format_date(story.publication_date, "Y-m-d"),
                format_date(story.publication_date, "j F Y"),
                format_html(" · {}", organisation) if organisation else "",
                format_html(" · {}", municipality.name) if municipality else "",
                truncatechars(story.intro, 180),
            )
        )
    return mark_safe("".join(cards))


def _index_url(index_page, request, **params):
    if index_page is None:
        return ""
    url = index_page.get_url(request) or ""
    params = {k: v for k, v in params.items() if v}
    return f"{url}?{urlencode(params)}" if params and url else url


@register.inclusion_tag("stories/includes/story_list.html", takes_context=True)
def organisation_stories(context, organisation, limit=6, heading_level=2):
    """The latest live stories of an MO (its own and those it co-authored), with a link to all."""
    request = context.get("request")
    qs = stories_of_organisation(card_stories(locale=organisation.locale_id), organisation)
    stories = list(qs[: int(limit) + 1])
    index_page = _story_index(organisation.locale_id)
    return {
        "request": request,
        "stories": stories[: int(limit)],
        "has_more": len(stories) > int(limit),
        "more_url": _index_url(index_page, request, organisatie=organisation.slug),
        "heading_level": heading_level,
        "heading_id": f"verhalen-{organisation.slug}",
    }


@register.inclusion_tag("stories/includes/story_list.html", takes_context=True)
def theme_stories(context, theme, limit=6, heading_level=2):
    """The latest live stories with `theme` (a home.Theme), in the reader's language."""
    request = context.get("request")
    locale_id = _active_locale_id()
    stories = list(stories_with_theme(card_stories(locale=locale_id), theme)[: int(limit) + 1])
    index_page = _story_index(locale_id)
    return {
        "request": request,
        "stories": stories[: int(limit)],
        "has_more": len(stories) > int(limit),
        "more_url": _index_url(index_page, request, thema=theme.slug),
        "heading_level": heading_level,
        "heading_id": f"verhalen-{theme.slug}",
    }


def feed_urls(request, organisation=None, theme=None):
    params = {}
    if organisation is not None:
        params["organisatie"] = organisation.slug
    if theme is not None:
        params["thema"] = theme.slug
    query = f"?{urlencode(params)}" if params else ""
    urls = {"rss": reverse("stories_feed_rss") + query, "atom": reverse("stories_feed_atom") + query}
    if request is not None:
        urls = {kind: request.build_absolute_uri(url) for kind, url in urls.items()}
    return urls


@register.inclusion_tag("stories/includes/feed_links.html", takes_context=True)
def story_feed_links(context, organisation=None, theme=None):
    """Autodiscovery links for the feeds of all stories, of one MO, or of one theme."""
    if organisation is not None:
        name = organisation.title
    elif theme is not None:
        name = theme.label
    else:
        name = ""
    return {"urls": feed_urls(context.get("request"), organisation, theme), "name": name}


def absolute(page, request, url):
    """`url` made absolute against the page's site (or the request)."""
    if not url or url.startswith(("http://", "https://")):
        return url
    # The site's root URL from the site root paths Wagtail keeps per request (no query).
    url_parts = page.get_url_parts(request) if page is not None else None
    if url_parts is not None:
        return url_parts[1].rstrip("/") + url
    if request is not None:
        return request.build_absolute_uri(url)
    return url


@register.inclusion_tag("stories/includes/og_meta.html", takes_context=True)
def og_meta(context, page, title=None, description=None, image=None, image_alt="", og_type="article"):
    """Open Graph and Twitter card meta, with a canonical URL and a 1200x630 image, all absolute."""
    request = context.get("request")
    image_url = ""
    if image is not None:
        rendition = image.get_rendition(SHARE_SPEC)
        image_url = absolute(page, request, rendition.url)
    return {
        "og_title": title or page.seo_title or page.title,
        "og_description": description or page.search_description or "",
        "og_url": page.get_full_url(request),
        "og_image": image_url,
        "og_image_alt": image_alt,
        "og_type": og_type,
        "og_locale": "en_GB" if translation.get_language() == "en" else "nl_NL",
        "site_name": SiteSettings.load(request_or_site=request).network_name,
    }


@register.inclusion_tag("stories/includes/share_links.html", takes_context=True)
def share_links(context, page, text=""):
    """Plain share links: no scripts, no trackers."""
    request = context.get("request")
    url = page.get_full_url(request)
    title = text or page.title
    return {
        "links": [
            ("email", "E-mail", f"mailto:?subject={quote(title)}&body={quote(title + ' ' + url)}"),
            ("whatsapp", "WhatsApp", f"https://wa.me/?text={quote(title + ' ' + url)}"),
            ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}"),
            (
                "linkedin",
                "LinkedIn",
                f"https://www.linkedin.com/sharing/share-offsite/?url={quote(url, safe='')}",
            ),
        ],
        "title": title,
    }
