"""An editor panel that shows the positive-framing findings of the page being edited."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class FramingPanel(Panel):
    """Lists words from SMOL's list found in the saved text, with alternatives. Never blocks."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Positief schrijven"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "positief_schrijven"

    class BoundPanel(Panel.BoundPanel):
        template_name = "stories/panels/framing_panel.html"

        def get_context_data(self, parent_context=None):
            from .framing import find_in_page

            context = super().get_context_data(parent_context)
            context["findings"] = find_in_page(self.instance) if self.instance is not None else []
            context["is_new"] = not getattr(self.instance, "pk", None)
            return context
