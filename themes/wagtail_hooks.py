"""Admin and site hooks of the themes app."""

from wagtail import hooks


@hooks.register("home_page_sections")
def home_themes(request, page):
    """The network's themes as chips on the home page: the thread through all organisations."""
    from django.template.loader import render_to_string

    from home.models import Theme

    from .models import ThemeIndexPage

    index = page.index_page(ThemeIndexPage)  # shared with the other sections: one query
    html = render_to_string(
        "themes/includes/home_section.html", {"themes": Theme.objects.all(), "index": index}, request=request
    )
    return (10, html)
