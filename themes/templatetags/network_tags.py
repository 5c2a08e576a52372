"""The rows of the "Netwerk in beeld" table, written out in Python.

One row per organisation, each with up to four lists of names (thousands of names on a large
network): through `join` and `blocktranslate` in a template loop, or a `format_html` per name, they
took most of the page's time. Every value is escaped as Django escapes it (html.escape).
"""

from html import escape

from django import template
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

register = template.Library()


def names(values):
    """`values|join:", "|default:"–"`."""
    return ", ".join(escape(str(value)) for value in values) if values else "–"


def organisations(n):
    """{% blocktranslate count n=n %}{{ n }} organisatie{% plural %}{{ n }} organisaties{% endblocktranslate %}"""
    # The translation is trusted, as in a template; the number needs no escaping.
    return ngettext("%(n)s organisatie", "%(n)s organisaties", n) % {"n": formats.localize(n)}


def organisation(row):
    title = escape(str(row["title"]))
    return f'<a href="{escape(str(row["url"]))}">{title}</a>' if row["url"] else title


@register.simple_tag
def network_rows(rows):
    """The `<tr>` of every organisation in the network table (themes/network.py `rows`)."""
    return mark_safe(
        "\n".join(
            f'<tr><th scope="row">{organisation(row)}</th><td>{names(row["themes"])}</td>'
            f"<td>{organisations(row['shares_themes_with'])}</td><td>{names(row['partners'])}</td>"
            f"<td>{names(row['courses_with'])}</td><td>{names(row['stories_with'])}</td></tr>"
            for row in rows
        )
    )
