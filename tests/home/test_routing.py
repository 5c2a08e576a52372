"""Routing in two queries (home/routing.py) answers exactly what Wagtail's own routing answers, and the
one-query view restrictions and public filter (home/visibility.py) match Wagtail's."""

import pytest
from django.contrib.auth.models import Group
from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage
from home.pages import get_or_add_child
from home.routing import route_from
from home.visibility import public_q

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    """home / over (draft) / team / lid, and home / themas (a routable page)."""
    from themes.models import ThemeIndexPage

    about, _ = get_or_add_child(home_page, ContentPage, slug="over", title="Over", publish=False)
    team, _ = get_or_add_child(about, ContentPage, slug="team", title="Team")
    member, _ = get_or_add_child(team, ContentPage, slug="lid", title="Lid")
    draft, _ = get_or_add_child(team, ContentPage, slug="concept", title="Concept", publish=False)
    themes, _ = get_or_add_child(home_page, ThemeIndexPage, slug="themas", title="Thema's")
    return {
        "home": home_page,
        "about": about,
        "team": team,
        "member": member,
        "draft": draft,
        "themes": themes,
    }


def wagtail_route(root, path):
    request = RequestFactory().get("/" + path)
    return Page.route(root, request, [part for part in path.split("/") if part])


def fast_route(root, path):
    request = RequestFactory().get("/" + path)
    return route_from(root, request, [part for part in path.split("/") if part])


@pytest.mark.parametrize(
    "path",
    [
        "over/team/lid/",
        "over/team/",
        "over/",
        "themas/",
        "themas/eenzaamheid/",
        "over/team/concept/",
        "nope/",
        "over/x/",
    ],
)
def test_same_route_as_wagtail(tree, path):
    """Draft pages on the way are passed (as Wagtail does); a draft or missing page is a 404."""
    try:
        expected = wagtail_route(tree["home"].specific, path)
    except Http404:
        expected = None
    try:
        found = fast_route(tree["home"].specific, path)
    except Http404:
        found = None
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert (found.page.pk, type(found.page), _view(found)) == (
            expected.page.pk,
            type(expected.page),
            _view(expected),
        )


def _view(result):
    """A routable page's sub-route: (view function, args, kwargs); () for a plain page."""
    if not result.args:
        return ()
    view, args, kwargs = result.args
    return (view.__func__, tuple(args), kwargs)


def test_deep_page_is_routed_in_two_queries(tree, django_assert_num_queries):
    home = tree["home"].specific
    with django_assert_num_queries(2):  # the pages on the path, then the served page's own fields
        result = fast_route(home, "over/team/lid/")
    assert result.page.pk == tree["member"].pk
    assert isinstance(result.page, ContentPage)
    with django_assert_num_queries(0):
        assert result.page.get_parent().pk == tree["team"].pk


def test_served_pages_and_404(client, tree):
    assert client.get("/over/team/lid/").status_code == 200
    assert client.get("/over/team/concept/").status_code == 404
    assert client.get("/over/team/lid/niets/").status_code == 404


def _restrict(page):
    group = Group.objects.create(name="Besloten")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(group)
    return restriction


def test_view_restrictions_are_those_of_wagtail(tree):
    restriction = _restrict(tree["team"])
    for page in (tree["member"], tree["team"], tree["about"], tree["home"]):
        page = page.specific
        assert set(page.get_view_restrictions()) == set(Page.get_view_restrictions(page))
    assert list(tree["member"].specific.get_view_restrictions()) == [restriction]


def test_an_alias_follows_the_restrictions_of_its_source(tree):
    _restrict(tree["team"])
    english = Page.objects.get(translation_key=tree["member"].translation_key, locale__language_code="en")
    assert english.alias_of_id == tree["member"].pk
    english = english.specific
    assert set(english.get_view_restrictions()) == set(Page.get_view_restrictions(english))
    assert english.get_view_restrictions().exists()


def test_restrictions_added_after_the_shared_list_was_read_still_apply(tree):
    alias = Page.objects.get(pk=tree["team"].create_alias(parent=tree["home"], update_slug="team-kopie").pk)
    # The shared list of restricted sections is read (and kept) while nothing is restricted.
    assert not tree["member"].specific.get_view_restrictions().exists()
    assert not alias.specific.get_view_restrictions().exists()
    restriction = _restrict(tree["team"])
    assert list(tree["member"].specific.get_view_restrictions()) == [restriction]
    # An alias elsewhere in the tree follows the restrictions of its source (as in Wagtail).
    assert list(alias.specific.get_view_restrictions()) == [restriction]
    assert set(alias.specific.get_view_restrictions()) == set(Page.get_view_restrictions(alias))
    restriction.delete()
    assert not tree["member"].specific.get_view_restrictions().exists()


def test_a_page_outside_every_restricted_section_is_checked_without_a_query(tree, django_assert_num_queries):
    _restrict(tree["team"])
    about = tree["about"].specific
    about.get_view_restrictions()  # fills the shared list
    with django_assert_num_queries(0):
        assert not about.get_view_restrictions().exists()


def test_restricted_page_asks_to_log_in(client, tree):
    _restrict(tree["team"])
    response = client.get("/over/team/lid/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_public_q_matches_wagtail_public(tree):
    everything = Page.objects.all()
    assert set(everything.filter(public_q())) == set(everything.public())
    _restrict(tree["team"])
    assert set(everything.filter(public_q())) == set(everything.public())
    hidden = set(everything) - set(everything.filter(public_q()))
    assert {page.pk for page in hidden} == {tree["team"].pk, tree["member"].pk, tree["draft"].pk}
