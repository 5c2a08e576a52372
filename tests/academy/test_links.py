"""academy/links.py and home/markup.py: the fast paths give what Wagtail and Django give."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from wagtail.models import Page

from academy.links import PageLinks
from home.markup import join_rows

pytestmark = pytest.mark.django_db


def _pages_in_both_languages(course):
    from wagtail_localize.synctree import create_aliases_for_new_page

    create_aliases_for_new_page(course.get_parent())
    create_aliases_for_new_page(course)
    return list(Page.objects.filter(depth__gt=1).order_by("path"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_page_links_are_the_urls_wagtail_gives(course, academy, language):
    pages = _pages_in_both_languages(course)
    assert {page.locale.language_code for page in pages} == {"nl", "en"}
    request = RequestFactory().get("/")
    with translation.override(language):
        links = PageLinks(request)
        # Twice: the first URL per site root is Wagtail's own, the others are built from it.
        for _round in range(2):
            for page in pages:
                assert links.url(page.url_path) == page.get_url(request), page.url_path


def test_page_links_share_what_wagtail_was_asked_within_a_request(course, django_assert_num_queries):
    request = RequestFactory().get("/")
    PageLinks(request).url(course.url_path)
    with django_assert_num_queries(0):
        assert PageLinks(request).url(course.get_parent().url_path) == course.get_parent().get_url(request)


def test_join_rows_writes_what_format_html_join_writes():
    rows = [("a&b", '"quoted"', mark_safe("<em>safe</em>")), (1, None, "<script>")]
    template = '<li data-x="{}" title="{}">{}</li>'
    assert join_rows(template, rows) == format_html_join("", template, rows)
    assert join_rows(template, rows, ", ") == format_html_join(", ", template, rows)
