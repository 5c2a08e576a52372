"""Admin and site hooks of the themes app."""

from wagtail import hooks


@hooks.register("home_page_sections")
def home_themes(request, page):
    """The network's themes as chips on the home page: the thread through all organisations."""
    from django.template.loader import render_to_string

    from home.models import Theme

    from .models import ThemeIndexPage

    index = ThemeIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    html = render_to_string(
        "themes/includes/home_section.html", {"themes": Theme.objects.all(), "index": index}, request=request
    )
    return (10, html)
