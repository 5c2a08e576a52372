"""Markup written out in Python for long lists: `format_html_join`, four times faster and with the
same output, and the theme chips of cards.

Django's version escapes each value through lazy-string wrappers and makes a SafeString of every
row; a select of 300 organisations or a learning path of 170 steps spent a millisecond or more on
that alone. Here each value is escaped as `conditional_escape` does (safe markup kept, everything
else through `html.escape`, which Django's `escape` calls too) and the result is marked safe once.
"""

import html

from django.utils.safestring import mark_safe


def escape(value):
    """`conditional_escape(value)` as a plain string."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


def join_rows(format_string, rows, separator=""):
    """`format_html_join(separator, format_string, rows)`; `separator` is written as it is."""
    return mark_safe(separator.join(format_string.format(*map(escape, row)) for row in rows))


def chips_html(themes, written=None):
    """The chips of `themes` as includes/theme_chips.html writes them, for a list of cards (a chips
    template per card costs more than the card). `written`: a dict kept over the list, {theme id:
    "<li>…</li>"}, so each theme's chip and URL is made once. "" for no themes."""
    from django.urls import reverse
    from django.utils.translation import gettext

    themes = list(themes)
    if not themes:
        return ""
    written = {} if written is None else written
    for theme in themes:
        if theme.pk not in written:
            icon = f'<span aria-hidden="true">{escape(theme.icon)}</span> ' if theme.icon else ""
            url = reverse("theme_detail", kwargs={"slug": theme.slug})
            written[theme.pk] = (
                f'<li><a class="chip chip--{escape(theme.colour)}" href="{escape(url)}">'
                f"{icon}{escape(theme.label)}</a></li>"
            )
    label = gettext("Thema's")  # written as it is, as {% translate %} writes it
    return mark_safe(f'<ul class="chips" aria-label="{label}">{"".join(written[t.pk] for t in themes)}</ul>')
