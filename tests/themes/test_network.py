import re

from django.core.cache import cache

from themes.network import network_data


def _html(client):
    response = client.get("/netwerk-in-beeld/")
    assert response.status_code == 200
    return response.content.decode()


def _svg(html):
    return re.search(r'<svg class="network-graph".*?</svg>', html, re.S).group(0)


def test_network_graph_is_an_accessible_svg_with_title_and_description(client, network_page, network):
    html = _html(client)

    svg = re.search(r"<svg class=\"network-graph\"[^>]*>", html).group(0)
    assert 'role="img"' in svg and 'aria-labelledby="network-title network-desc"' in svg
    assert '<title id="network-title">' in html
    assert "3 organisaties." in re.search(r"<desc id=\"network-desc\">(.*?)</desc>", html).group(1)
    assert "<script" not in html.split('<main id="main"', 1)[1]


def test_network_table_gives_the_same_data_as_text(client, network_page, network):
    html = _html(client)

    table = html.split("<table>", 1)[1].split("</table>", 1)[0]
    for title in ["Humanitas", "KBO Limburg", "Scouting Limburg"]:
        assert title in table
    # Humanitas and KBO share "eenzaamheid"; KBO and Scouting share "jongeren": two theme links.
    kbo_row = table.split("KBO Limburg</a></th>", 1)[1].split("</tr>", 1)[0]
    assert "2 organisaties" in kbo_row
    assert _svg(html).count('class="net-edge net-edge--themes"') == 2


def test_network_shows_partners(client, network_page, network):
    humanitas, kbo = network["humanitas"], network["kbo"]
    kbo.partners.add(humanitas)
    kbo.save_revision().publish()

    html = _html(client)

    assert _svg(html).count('class="net-edge net-edge--partners"') == 1
    partners_cell = html.split("KBO Limburg</a></th>", 1)[1].split("</tr>", 1)[0]
    assert "Humanitas" in partners_cell


def test_network_figures_count_organisations_and_stories_per_theme_this_year(
    network_page, network, home_page
):
    cache.clear()
    figures = {f["slug"]: f for f in network_data(home_page.locale_id)["figures"]}

    assert figures["eenzaamheid"]["organisations"] == 2
    assert figures["eenzaamheid"]["stories_this_year"] == 2
    assert figures["jongeren"]["stories_this_year"] == 1
    assert figures["armoede"]["organisations"] == 0


def test_network_cache_is_dropped_when_a_page_is_published(client, network_page, network, make_org):
    cache.clear()
    assert "Zijactief" not in _html(client)
    org = make_org("Zijactief", [])
    assert "Zijactief" not in _html(client)  # still cached

    org.save_revision().publish()

    assert "Zijactief" in _html(client)


def test_network_cache_is_dropped_when_a_page_is_unpublished(client, network_page, network):
    cache.clear()
    assert "Scouting Limburg" in _html(client)

    network["scouting"].unpublish()

    assert "Scouting Limburg" not in _html(client)


def test_network_shows_co_hosted_courses(client, network_page, network):
    course = network["course_kbo"]
    course.co_hosts.add(network["scouting"])
    course.save_revision().publish()
    cache.clear()

    html = _html(client)

    assert _svg(html).count('class="net-edge net-edge--courses"') == 1
    scouting_row = html.split("Scouting Limburg</a></th>", 1)[1].split("</tr>", 1)[0]
    assert "KBO Limburg" in scouting_row


def test_network_shows_co_authored_stories(client, network_page, network):
    story = network["story_humanitas"]
    story.co_authors.add(network["scouting"])
    story.save_revision().publish()

    html = _html(client)

    assert _svg(html).count('class="net-edge net-edge--stories"') == 1
    humanitas_row = html.split("Humanitas</a></th>", 1)[1].split("</tr>", 1)[0]
    assert "Scouting Limburg" in humanitas_row
