"""Editorial control: pinned results, query logging and the reports for SMOL."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import MissedQuery

from .conftest import result_urls


def _promoted_urls(response):
    html = response.content.decode()
    if 'id="promoted-heading"' not in html:
        return []
    section = html.split('id="promoted-heading"')[1].split("</section>")[0]
    import re

    return re.findall(r'<a href="([^"]+)"', section)


def test_promoted_page_is_pinned_on_top_and_not_repeated(site_network, client):
    scouting = site_network["scouting-limburg"]
    SearchPromotion.objects.create(query=Query.get("Vrijwilligers"), page=scouting, description="Kom erbij!")
    response = client.get("/zoeken/", {"q": "vrijwilligers"})
    assert _promoted_urls(response) == ["/organisaties/scouting-limburg/"]
    assert "/organisaties/scouting-limburg/" not in result_urls(response)
    assert "Kom erbij!" in response.content.decode()


def test_promoted_page_shows_in_the_readers_language(site_network, client):
    SearchPromotion.objects.create(query=Query.get("kampvuur"), page=site_network["kampvuur-venray"])
    response = client.get("/en/zoeken/", {"q": "kampvuur"})
    assert _promoted_urls(response) == ["/en/organisaties/scouting-limburg/kampvuur-venray/"]


def test_promotion_of_an_unpublished_page_is_not_shown(site_network, client):
    story = site_network["thuisadministratie"]
    SearchPromotion.objects.create(query=Query.get("papieren"), page=story)
    story.unpublish()
    assert _promoted_urls(client.get("/zoeken/", {"q": "papieren"})) == []


def test_promotion_for_a_query_without_results_still_helps(site_network, client):
    SearchPromotion.objects.create(query=Query.get("kerstborrel"), page=site_network["humanitas-limburg"])
    html = client.get("/zoeken/", {"q": "kerstborrel"}).content.decode()
    assert "Nog niets gevonden" not in html
    assert 'href="/organisaties/humanitas-limburg/"' in html


def test_searches_are_logged_for_the_popular_searches_report(site_network, client):
    client.get("/zoeken/", {"q": "Vrijwilligers"})
    client.get("/zoeken/", {"q": "vrijwilligers "})
    client.get("/zoeken/", {"q": "vrijwilligers", "page": "2"})  # paging is not a new search
    assert Query.get("vrijwilligers").hits == 2


def test_queries_without_results_are_counted(site_network, client):
    client.get("/zoeken/", {"q": "Paardrijden"})
    client.get("/zoeken/", {"q": "paardrijden"})
    client.get("/zoeken/", {"q": "vrijwilligers"})
    assert list(MissedQuery.objects.values_list("query_string", "hits")) == [("paardrijden", 2)]


def test_missed_queries_report_lists_them_for_superusers(site_network, admin_client):
    MissedQuery.objects.create(query_string="paardrijden", hits=4)
    response = admin_client.get("/admin/reports/zoeken-zonder-resultaat/")
    assert response.status_code == 200
    assert "paardrijden" in response.content.decode()


def test_missed_queries_report_needs_the_permission(site_network, client):
    from django.contrib.auth.models import Group, Permission

    from accounts.factories import UserFactory

    user = UserFactory(username="redacteur")
    group = Group.objects.create(name="Redactie test")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    assert client.get("/admin/reports/zoeken-zonder-resultaat/").status_code in (302, 403)
    group.permissions.add(Permission.objects.get(codename="view_missedquery"))
    user = type(user).objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get("/admin/reports/zoeken-zonder-resultaat/").status_code == 200


def test_popular_searches_report_is_available(site_network, admin_client):
    Query.get("eenzaamheid").add_hit()
    from django.urls import reverse

    response = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert response.status_code == 200
    assert "eenzaamheid" in response.content.decode()


def test_every_search_is_logged_even_with_the_page_cache_on(site_network, client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/zoeken/", {"q": "kampvuur"})
    response = client.get("/zoeken/", {"q": "kampvuur"})
    assert "private" in response["Cache-Control"]
    assert Query.get("kampvuur").hits == 2
