from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class AcademyIndexPage(Page):
    """ "Academie": the course catalogue. (Skeleton: the Academy issue completes it.)"""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("academie")


class CoursePage(Page):
    """A course offered by an MO, under its organisation page. (Skeleton: Academy issue completes it.)"""

    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("cursus")
        verbose_name_plural = _("cursussen")
