from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class StoryIndexPage(Page):
    """ "Verhalen": all live stories of all MOs. (Skeleton: the Stories issue completes it.)"""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht van verhalen")


class StoryPage(Page):
    """A positive story, always under an organisation page. (Skeleton: the Stories issue completes it.)"""

    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("verhaal")
        verbose_name_plural = _("verhalen")
