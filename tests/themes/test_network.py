import re

from django.core.cache import cache

from themes.network import network_data


def _html(client, url="/netwerk-in-beeld/"):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _table(client, url="/netwerk-in-beeld/tabel/"):
    """The table of the network: its own page, linked from the drawing."""
    html = _html(client, url)
    return html.split("<table>", 1)[1].split("</table>", 1)[0]


def _row(table, title):
    return table.split(f"{title}</a></th>", 1)[1].split("</tr>", 1)[0]


def _svg(html):
    return re.search(r'<svg class="network-graph".*?</svg>', html, re.S).group(0)


def _links(svg, kind):
    """The lines drawn for one kind of link: a path per kind, a segment per link, written as runs of
    points ("M x y L x y x y ...")."""
    count = 0
    for data in re.findall(rf'<path class="net-edge net-edge--{kind}"[^>]* d="([^"]*)"', svg):
        for run in data.split("M")[1:]:
            count += len(run.replace("L", " ").split()) // 2 - 1
    return count


def test_network_graph_is_an_accessible_svg_with_title_and_description(client, network_page, network):
    html = _html(client)

    svg = re.search(r"<svg class=\"network-graph\"[^>]*>", html).group(0)
    assert 'role="img"' in svg and 'aria-labelledby="network-title network-desc"' in svg
    assert '<title id="network-title">' in html
    assert "3 organisaties." in re.search(r"<desc id=\"network-desc\">(.*?)</desc>", html).group(1)
    assert "<script" not in html.split('<main id="main"', 1)[1]


def test_network_drawing_links_to_its_table_right_under_it(client, network_page, network):
    html = _html(client)

    after_figure = html.split("</figure>", 1)[1]
    link = re.search(r'<a href="([^"]+)">([^<]+)</a>', after_figure)
    assert link.group(1) == "/netwerk-in-beeld/tabel/"
    assert "3 organisaties in een tabel" in link.group(2)
    # The drawing's description points to it.
    assert "de link onder de afbeelding" in re.search(r'<desc id="network-desc">(.*?)</desc>', html).group(1)


def test_network_table_gives_the_same_data_as_text(client, network_page, network):
    table = _table(client)

    for title in ["Humanitas", "KBO Limburg", "Scouting Limburg"]:
        assert title in table
    # Humanitas and KBO share "eenzaamheid"; KBO and Scouting share "jongeren".
    kbo_row = _row(table, "KBO Limburg")
    assert "Eenzaamheid" in kbo_row and "Jongeren" in kbo_row
    assert "2 organisaties" in kbo_row
    assert "1 organisatie<" in _row(table, "Humanitas")


def test_network_drawing_joins_each_organisation_to_its_themes(client, network_page, network, themes):
    html = _html(client)
    svg = _svg(html)

    # A spoke per organisation and theme: Humanitas and Scouting one each, KBO two.
    assert _links(svg, "themes") == 4
    # Every theme is drawn (a square with its name), whether or not an organisation has it.
    assert svg.count("<rect ") == len(themes)
    assert ">Eenzaamheid</text>" in svg and ">Armoede</text>" in svg
    desc = re.search(r'<desc id="network-desc">(.*?)</desc>', html).group(1)
    assert "4 lijnen van een organisatie naar een van haar thema" in desc
    assert "2 keer delen twee organisaties een thema." in desc


def test_network_table_is_paged(client, network_page, network, monkeypatch):
    from themes.models import NetworkPage

    monkeypatch.setattr(NetworkPage, "TABLE_ROWS_PER_PAGE", 2)
    cache.clear()

    first, second = _table(client), _table(client, "/netwerk-in-beeld/tabel/?page=2")
    html = _html(client, "/netwerk-in-beeld/tabel/")

    assert "Humanitas" in first and "KBO Limburg" in first and "Scouting Limburg" not in first
    assert "Scouting Limburg" in second and "Humanitas" not in second
    assert "3 organisaties" in html and "pagina 1 van 2" in html
    assert 'href="/netwerk-in-beeld/tabel/?page=2" rel="next"' in html
    # A page out of range shows the last one; a page that is no number, the first.
    assert "Scouting Limburg" in _table(client, "/netwerk-in-beeld/tabel/?page=99")
    assert "Humanitas" in _table(client, "/netwerk-in-beeld/tabel/?page=abc")


def test_network_shows_partners(client, network_page, network):
    humanitas, kbo = network["humanitas"], network["kbo"]
    kbo.partners.add(humanitas)
    kbo.save_revision().publish()

    html = _html(client)

    assert _links(_svg(html), "partners") == 1
    assert "Humanitas" in _row(_table(client), "KBO Limburg")


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

    assert _links(_svg(html), "courses") == 1
    assert "KBO Limburg" in _row(_table(client), "Scouting Limburg")


def test_network_shows_co_authored_stories(client, network_page, network):
    story = network["story_humanitas"]
    story.co_authors.add(network["scouting"])
    story.save_revision().publish()

    html = _html(client)

    assert _links(_svg(html), "stories") == 1
    assert "Scouting Limburg" in _row(_table(client), "Humanitas")


def test_network_drawing_draws_every_link_once():
    """Links drawn as runs of points: each pair of organisations once, no pair left out or added."""
    import random

    from themes.network import _trails

    rng = random.Random(7)
    pairs = {tuple(sorted(rng.sample(range(40), 2))) for _ in range(300)}

    drawn = [tuple(sorted(step)) for trail in _trails(sorted(pairs)) for step in zip(trail, trail[1:])]

    assert sorted(drawn) == sorted(pairs)
