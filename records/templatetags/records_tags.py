"""The steps of a learning path in the leerdossier and the passport, written out in Python.

An `{% include %}` per path with a dozen tags per step was a good part of the leerdossier's time.
The markup is that of the template it replaces; texts are translated as `{% translate %}` writes them.
"""

from django import template
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from academy.links import PageLinks
from home.markup import escape

from ..progress import TODO

register = template.Library()


def _csrf_input(context):
    """What {% csrf_token %} writes."""
    token = context.get("csrf_token")
    if not token or token == "NOTPROVIDED":
        return ""
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(token)}">'


def _request_form(context, step):
    """The form to ask the step's organisation to confirm an experience."""
    pk = step.step.pk
    button = gettext("Vraag %(org)s om bevestiging") % {"org": escape(step.organisation.title)}
    return (
        '<details class="path-line__ask">'
        f"<summary>{gettext('Vraag bevestiging aan')}"
        f'<span class="visually-hidden"> ({escape(step.step.title)})</span></summary>'
        f'<form method="post" action="{escape(reverse("records_request_experience", args=[pk]))}">'
        f"{_csrf_input(context)}"
        f'<p><label for="hours-{pk}">{gettext("Ongeveer hoeveel uur?")}</label> '
        f'<input type="number" min="0" max="5000" name="hours" id="hours-{pk}"></p>'
        f'<p><label for="note-{pk}">{gettext("Toelichting voor de organisatie")}</label> '
        f'<textarea name="note" id="note-{pk}" rows="3" maxlength="500"></textarea></p>'
        f'<button type="submit">{button}</button>'
        "</form></details>"
    )


@register.simple_tag(takes_context=True)
def path_line(context, item, can_request=False):
    """The <ol> of a path's steps (records.progress.PathProgress): state, title, organisation,
    required or not, when done; with `can_request`, the form to ask for an experience's confirmation."""
    links = PageLinks(context.get("request"))
    required, optional = gettext("verplicht"), gettext("keuze")
    rows = []
    for step in item.steps:
        if step.course is not None:
            title = f'<a href="{escape(links.url(step.course.url_path))}">{escape(step.course.title)}</a>'
        else:
            title = escape(step.step.title)
        organisation = (
            f'<span class="path-line__org">{escape(step.organisation.title)}</span>'
            if step.organisation
            else ""
        )
        meta = required if step.step.required else optional
        if step.completed_on:
            meta += f" · {escape(date_format(step.completed_on, 'j F Y'))}"
        ask = ""
        if can_request and step.state == TODO and step.course is None and step.organisation:
            ask = _request_form(context, step)
        rows.append(
            f'<li class="path-line__step path-line__step--{escape(step.state)}">'
            f'<span class="path-line__state">{escape(step.label)}</span> '
            f'<span class="path-line__title">{title}</span> '
            f"{organisation} "
            f'<span class="path-line__meta">{meta}</span> '
            f"{ask}</li>"
        )
    return mark_safe(f'<ol class="path-line">{"".join(rows)}</ol>')
