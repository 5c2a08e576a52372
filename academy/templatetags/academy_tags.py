"""Markup of the academy's long lists, written out in Python.

A learning path may have 170 steps and pass by a hundred organisations, the catalogue shows fifty
learning paths and a dozen courses with their sessions and themes: the same few lines in a template
loop (an include, a chips template per card) took longer than everything else on the page together.
The markup is that of the templates they replace; fixed texts are written as `{% translate %}`
writes them.
"""

from django import template
from django.utils import dateformat, timezone
from django.utils.formats import date_format, localize
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from academy.models import SessionStatus
from home.markup import chips_html, escape, join_rows

register = template.Library()


@register.simple_tag
def path_steps(steps):
    """The <li> of every step of a learning path (academy.catalogue.path_context)."""
    course, experience = escape(gettext("Cursus")), escape(gettext("Ervaring opdoen"))
    required, optional = escape(gettext("verplicht")), escape(gettext("keuze"))
    items = []
    for step in steps:
        if step["is_course"]:
            heading = f'<a href="{escape(step["url"])}">{escape(step["title"])}</a>'
        else:
            heading = escape(step["title"])
        if step["description"]:
            text = f"<p>{escape(step['description'])}</p>"
        elif step["is_course"]:
            text = f"<p>{escape(step['summary'])}</p>"
        else:
            text = ""
        items.append(
            f'<li class="path-line__step{"" if step["required"] else " path-line__step--optional"}">'
            f'<p class="path-line__org">{escape(step["organisation"])}</p><h3>{heading}</h3>'
            f'<p class="card__meta">{course if step["is_course"] else experience} · '
            f"{required if step['required'] else optional}</p>{text}</li>"
        )
    return mark_safe("".join(items))


@register.simple_tag
def page_links(pages, separator=", "):
    """Links to `pages` (dicts with "url" and "title"), separated by `separator`."""
    return join_rows('<a href="{}">{}</a>', ((page["url"], page["title"]) for page in pages), separator)


@register.simple_tag
def path_cards(paths):
    """The catalogue's card of every learning path (academy.catalogue._learning_paths)."""

    def rows():
        for path in paths:
            count = path["step_count"]
            meta = ngettext("%(counter)s stap", "%(counter)s stappen", count) % {"counter": localize(count)}
            if path["life_phases"]:
                meta += " · " + ", ".join(phase.label for phase in path["life_phases"])
            yield path["url"], path["title"], path["intro"], meta

    return join_rows(
        '<li class="card"><h3><a href="{}">{}</a></h3><p>{}</p><p class="card__meta">{}</p></li>', rows()
    )


@register.simple_tag
def session_line(session):
    """When and where a session is, and whether it is full (the catalogue, Mijn academie).

    `session.enrolled_count` is read when the sessions were counted (academy.catalogue.with_counts).
    """
    start = timezone.localtime(session.start)
    where = ""
    if session.location or session.municipality_id:
        where = " · " + (str(session.municipality) if session.municipality_id else session.location)
    elif session.online_url:
        where = " · " + gettext("online")
    enrolled = getattr(session, "enrolled_count", None)
    full = ""
    if (enrolled is not None and enrolled >= session.capacity) or session.status == SessionStatus.FULL:
        full = format_html(" · <strong>{}</strong>", gettext("vol, wachtlijst open"))
    return format_html(
        '<span class="session-line"><time datetime="{}">{}</time>{}{}</span>',
        dateformat.format(start, "c"),
        date_format(start, "D j F Y, H:i"),
        where,
        full,
    )


@register.simple_tag
def course_cards(items):
    """The catalogue's card of every course on the page (items of academy.catalogue.catalogue_context:
    title, url, organisation (its title), summary, format (its label), cost, sessions, themes)."""
    by, free = escape(gettext("Door")), escape(gettext("gratis"))
    chip_html, cards = {}, []
    for item in items:
        meta = escape(item["format"])
        # CoursePage.is_free: no cost.
        meta += f" · € {escape(localize(item['cost']))}" if item["cost"] else f" · {free}"
        sessions = ""
        if item["sessions"]:
            lines = "".join(f"<li>{session_line(session)}</li>" for session in item["sessions"])
            sessions = f'<ul class="session-list">{lines}</ul>'
        organisation = item["organisation"]
        cards.append(
            f'<li class="card course-card"><h3><a href="{escape(item["url"])}">{escape(item["title"])}</a></h3>'
            + (f'<p class="card__meta">{by} {escape(organisation)}</p>' if organisation else "")
            + f'<p>{escape(item["summary"])}</p><p class="card__meta">{meta}</p>'
            + sessions
            + chips_html(item["themes"], chip_html)
            + "</li>"
        )
    return mark_safe("".join(cards))
