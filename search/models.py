"""The site search index: one row per live, public page that people can find.

Why an own index next to Wagtail's: it stores Dutch-normalised text (see search.text), so word
forms match identically on SQLite and PostgreSQL, and it holds the facet data (type, themes,
organisation, municipalities) so a results page needs a fixed, small number of queries.
Kept up to date by signals (search.signals) and rebuilt by `manage.py rebuild_site_search`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    KIND_ORGANISATION = "organisation"
    KIND_STORY = "story"
    KIND_COURSE = "course"
    KIND_LEARNING_PATH = "learning_path"
    KINDS = [
        (KIND_ORGANISATION, _("Organisatie")),
        (KIND_STORY, _("Verhaal")),
        (KIND_COURSE, _("Cursus")),
        (KIND_LEARNING_PATH, _("Leerlijn")),
    ]

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="site_search_document"
    )
    language = models.CharField(max_length=8, db_index=True)
    kind = models.CharField(max_length=20, choices=KINDS, db_index=True)
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=500)
    text = models.TextField(blank=True, help_text="Plain text for snippets.")
    date = models.DateField(null=True, blank=True)
    organisation = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation_title = models.CharField(max_length=255, blank=True)
    organisation_slug = models.SlugField(max_length=255, blank=True, db_index=True)
    themes = models.ManyToManyField("home.Theme", blank=True, related_name="+")
    municipalities = models.ManyToManyField("home.Municipality", blank=True, related_name="+")
    # Normalised terms, space padded (search.text.as_field); weights: title > themes > lead > body.
    title_terms = models.TextField(blank=True)
    theme_terms = models.TextField(blank=True)
    lead_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    # Folded title words (not stemmed) for suggestions as you type.
    title_words = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("zoekdocument")
        verbose_name_plural = _("zoekdocumenten")

    def __str__(self):
        return self.title


class MissedQuery(models.Model):
    """A query that found nothing, counted, for the "Zoekopdrachten zonder resultaat" report."""

    query_string = models.CharField(_("zoekopdracht"), max_length=255, unique=True)
    language = models.CharField(_("taal"), max_length=8, default="nl")
    hits = models.PositiveIntegerField(_("aantal keer"), default=0)
    last_searched_at = models.DateTimeField(_("laatst gezocht"), auto_now=True)

    class Meta:
        verbose_name = _("zoekopdracht zonder resultaat")
        verbose_name_plural = _("zoekopdrachten zonder resultaat")
        ordering = ["-hits", "-last_searched_at"]

    def __str__(self):
        return self.query_string
