"""The results page: what a result shows, facets, pagination, bad input, languages."""

import re

from .conftest import result_urls


def _facet_counts(html, facet):
    section = re.search(
        rf'<section class="search-facet" aria-labelledby="facet-{facet}">(.*?)</section>', html, re.S
    )
    assert section, f"facet {facet} missing"
    return {
        label.strip(): int(count)
        for label, count in re.findall(
            r'search-facet__link[^"]*"[^>]*>(?:<span aria-hidden="true">✓ </span>)?([^<]+?) <span class="search-facet__count">\((\d+)\)',
            section.group(1),
        )
    }


def test_search_page_without_query_offers_the_form_and_themes(site_network, client):
    response = client.get("/zoeken/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="search"' in html
    assert "Of kies een thema" in html


def test_results_show_type_title_snippet_organisation_themes_and_date(site_network, client):
    response = client.get("/zoeken/", {"q": "maatjes venlo"})
    html = response.content.decode()
    urls = result_urls(response)
    assert urls[0] == "/organisaties/humanitas-limburg/maatjes-in-venlo/"
    first = html.split('<li class="search-result">')[1].split("</li>\n")[0]
    assert "Verhaal" in first
    assert "<mark>Maatjes</mark> in <mark>Venlo</mark>" in first
    assert "<mark>maatje</mark>" in first  # snippet, other word form
    assert "Organisatie: Humanitas Limburg" in first
    assert "Eenzaamheid" in first
    assert 'datetime="2026-03-12"' in first


def test_plural_query_finds_singular_text(site_network, client):
    assert "/organisaties/humanitas-limburg/maatjes-in-venlo/" in result_urls(
        client.get("/zoeken/", {"q": "maatje"})
    )


def test_diacritics_do_not_matter(site_network, client):
    with_diacritics = result_urls(client.get("/zoeken/", {"q": "ideeën"}))
    without = result_urls(client.get("/zoeken/", {"q": "ideeen"}))
    assert with_diacritics == without
    assert "/organisaties/smkk/besma-theetafel/" in without


def test_title_match_ranks_above_body_match(site_network, client):
    urls = result_urls(client.get("/zoeken/", {"q": "stoerparcours"}))
    # The story has it in its title, the organisation only in its body text.
    assert urls.index("/organisaties/jong-nederland-limburg/stoerparcours-roermond/") < urls.index(
        "/organisaties/jong-nederland-limburg/"
    )


def test_facet_counts_by_type_are_correct(site_network, client):
    html = client.get("/zoeken/", {"q": "vrijwilligers"}).content.decode()
    from search.engine import search

    docs = search("vrijwilligers", "nl").documents
    expected = {}
    for kind in docs.values_list("kind", flat=True):
        expected[kind] = expected.get(kind, 0) + 1
    labels = {
        "organisation": "Organisatie",
        "story": "Verhaal",
        "course": "Cursus",
        "learning_path": "Leerlijn",
    }
    assert _facet_counts(html, "type") == {labels[k]: n for k, n in expected.items()}


def test_facet_counts_for_a_theme_are_correct(site_network, client):
    html = client.get("/zoeken/", {"theme": "eenzaamheid"}).content.decode()
    # Tagged "Eenzaamheid": Humanitas and SMKK, a story of each, the learning path "maatje worden".
    assert _facet_counts(html, "type") == {"Organisatie": 2, "Verhaal": 2, "Leerlijn": 1}
    assert _facet_counts(html, "organisation") == {"Humanitas Limburg": 2, "SMKK": 2}
    # Organisations count where they work, a story where it happened.
    assert _facet_counts(html, "municipality") == {"Heerlen": 3, "Venlo": 2, "Kerkrade": 1, "Maastricht": 1}


def test_facet_counts_by_theme_are_correct(site_network, client):
    html = client.get("/zoeken/", {"q": "maatje"}).content.decode()
    # Humanitas (pitch), the story "Maatjes in Venlo" and the learning path "maatje worden".
    assert len(result_urls(client.get("/zoeken/", {"q": "maatje"}))) == 3
    assert _facet_counts(html, "theme") == {
        "Eenzaamheid": 3,
        "De nieuwe vrijwilliger": 1,
        "Positieve gezondheid": 1,
    }


def test_facet_counts_ignore_their_own_selection_but_follow_the_others(site_network, client):
    html = client.get("/zoeken/", {"theme": "eenzaamheid", "type": "story"}).content.decode()
    assert _facet_counts(html, "type") == {"Organisatie": 2, "Verhaal": 2, "Leerlijn": 1}
    assert _facet_counts(html, "organisation") == {"Humanitas Limburg": 1, "SMKK": 1}


def test_facets_combine_as_shareable_get_parameters(site_network, client):
    everything = result_urls(client.get("/zoeken/", {"q": "vrijwilligers"}))
    courses = result_urls(client.get("/zoeken/", {"q": "vrijwilligers", "type": "course"}))
    courses_and_stories = result_urls(client.get("/zoeken/?q=vrijwilligers&type=course&type=story"))
    narrowed = result_urls(
        client.get("/zoeken/", {"q": "vrijwilligers", "type": "course", "organisation": "jeugdwerk-limburg"})
    )
    assert set(courses) < set(courses_and_stories) <= set(everything)
    assert narrowed and all("/jeugdwerk-limburg/" in url for url in narrowed)
    assert all(url in courses for url in narrowed)


def test_theme_filter_alone_lists_everything_of_that_theme(site_network, client):
    urls = result_urls(client.get("/zoeken/", {"theme": "eenzaamheid"}))
    assert "/organisaties/humanitas-limburg/maatjes-in-venlo/" in urls
    assert "/organisaties/jeugdwerk-limburg/vog-aanvragen/" not in urls


def test_facet_links_toggle_one_value_and_keep_the_rest(site_network, client):
    html = client.get("/zoeken/", {"q": "vrijwilligers", "type": "course"}).content.decode()
    assert 'href="?q=vrijwilligers&amp;type=course&amp;type=story' in html  # add a type
    assert re.search(r'href="\?q=vrijwilligers"[^>]*aria-current="true"', html)  # remove the chosen one


def test_pagination_and_invalid_page_numbers(site_network, client):
    first = client.get("/zoeken/", {"theme": "jongeren"})
    assert first.status_code == 200
    for page in ("abc", "0", "-1", "99999", "1" * 400):
        response = client.get("/zoeken/", {"theme": "jongeren", "page": page})
        assert response.status_code == 200


def test_pagination_pages_through_all_results(site_network, client, settings):
    from search import views

    old = views.PER_PAGE
    views.PER_PAGE = 3
    try:
        seen = []
        for number in (1, 2, 3, 4, 5, 6):
            seen += result_urls(client.get("/zoeken/", {"theme": "jongeren", "page": number}))
        total = client.get("/zoeken/", {"theme": "jongeren"}).content.decode()
        assert 'rel="next"' in total
    finally:
        views.PER_PAGE = old
    unique = list(dict.fromkeys(seen))
    from django.http import QueryDict

    from search.engine import Filters, search

    assert (
        len(unique) == search("", "nl", Filters.from_querydict(QueryDict("theme=jongeren"))).documents.count()
    )


def test_very_long_query_gives_a_normal_page(site_network, client):
    response = client.get("/zoeken/", {"q": "vrijwilliger " * 90})
    assert response.status_code == 200
    assert len(response.context["q"]) <= 200


def test_html_and_sql_meta_characters_are_escaped(site_network, client):
    nasty = "<script>alert(1)</script> ' OR 1=1; -- % _ \" \\ DROP TABLE"
    response = client.get("/zoeken/", {"q": nasty})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_markup_in_page_titles_is_escaped_before_marking(home_page, client):
    from home.pages import get_or_add_child
    from organisations.models import OrganisationIndexPage, OrganisationPage

    index, _ = get_or_add_child(home_page, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    get_or_add_child(
        index, OrganisationPage, slug="tags", title="Vrijwilligers <b>vet</b> & co", pitch="Tekst"
    )
    html = client.get("/zoeken/", {"q": "vrijwilligers"}).content.decode()
    assert "<mark>Vrijwilligers</mark> &lt;b&gt;vet&lt;/b&gt; &amp; co" in html


def test_unknown_filter_values_give_a_normal_page(site_network, client):
    response = client.get("/zoeken/", {"q": "vrijwilligers", "type": "bestaat-niet", "theme": "<x>"})
    assert response.status_code == 200
    assert "Nog niets gevonden" in response.content.decode()


def test_empty_state_suggests_a_spelling_and_related_themes(site_network, client):
    html = client.get("/zoeken/", {"q": "eenzaamhied"}).content.decode()
    assert "Nog niets gevonden" in html
    assert "Bedoelt u misschien" in html
    assert 'class="search-suggestion">eenzaamheid</a>' in html
    assert "Thema&#x27;s die u kunnen helpen" in html or "Thema's die u kunnen helpen" in html


def test_several_words_prefer_results_with_all_words_and_fall_back_to_any(site_network, client):
    response = client.get("/zoeken/", {"q": "stoerparcours smartphone"})
    html = response.content.decode()
    assert "Niet alle woorden komen samen voor" in html
    assert len(result_urls(response)) >= 2


def test_theme_names_are_searchable(site_network, client):
    html = client.get("/zoeken/", {"q": "eenzaamheid"}).content.decode()
    assert 'aria-labelledby="theme-matches-heading"' in html


def test_english_search_shows_english_pages_only(site_network, client):
    urls = result_urls(client.get("/en/zoeken/", {"q": "stoerparcours"}))
    assert urls and all(url.startswith("/en/") for url in urls)
    dutch = result_urls(client.get("/zoeken/", {"q": "stoerparcours"}))
    assert dutch and not any(url.startswith("/en/") for url in dutch)


def test_header_links_to_search(site_network, client):
    html = client.get("/zoeken/").content.decode()
    assert re.search(r'<li class="site-nav__search"><a href="/zoeken/" aria-current="page">Zoeken</a>', html)


def test_english_search_page_speaks_english(site_network, client):
    html = client.get("/en/zoeken/", {"q": "stoerparcours"}).content.decode()
    assert "What are you looking for?" in html
    assert "Story" in html
