from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Municipality, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thema's")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "name_en", "slug", "colour"]
    search_fields = ["name", "name_en"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Gemeenten")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(ThemeViewSet)
register_snippet(MunicipalityViewSet)
