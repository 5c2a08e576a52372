"""Feeds (RSS, Atom), Open Graph meta, share links and the API."""

import re

import feedparser
import pytest

from home.models import Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(story_index, mo_a, mo_b, make_story):
    youth = Theme.objects.get(slug="jongeren")
    live_a = make_story(mo_a.page, title="Alfa bouwt een podium", themes=[youth])
    live_b = make_story(mo_b.page, title="Bravo kookt samen")
    draft = make_story(mo_a.page, title="Alfa concept")
    draft.unpublish()
    return live_a, live_b, draft


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_parses_and_lists_only_live_stories(client, stories, kind):
    feed = parse(client, f"/verhalen/feed/{kind}/")
    titles = [entry.title for entry in feed.entries]
    assert sorted(titles) == ["Alfa bouwt een podium", "Bravo kookt samen"]
    entry = feed.entries[0]
    assert entry.link.startswith("http")
    assert entry.summary
    assert entry.get("published_parsed") or entry.get("updated_parsed")


def test_rss_feed_has_image_enclosures_with_absolute_urls(client, stories):
    feed = parse(client, "/verhalen/feed/rss/")
    enclosure = feed.entries[0].enclosures[0]
    assert enclosure.href.startswith("http")
    assert enclosure.type == "image/jpeg"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_per_organisation(client, stories, mo_a, kind):
    feed = parse(client, f"/verhalen/feed/{kind}/?organisatie={mo_a.page.slug}")
    assert [entry.title for entry in feed.entries] == ["Alfa bouwt een podium"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_per_theme(client, stories, kind):
    feed = parse(client, f"/verhalen/feed/{kind}/?thema=jongeren")
    assert [entry.title for entry in feed.entries] == ["Alfa bouwt een podium"]


def test_feed_with_unknown_organisation_is_not_found(client, stories):
    assert client.get("/verhalen/feed/rss/?organisatie=onbekend").status_code == 404


def test_index_and_story_advertise_their_feeds(client, stories, story_index, mo_a):
    html = client.get(story_index.url).content.decode()
    assert re.search(
        r'<link rel="alternate" type="application/rss\+xml"[^>]+href="http[^"]+/verhalen/feed/rss/"', html
    )
    html = client.get(stories[0].url).content.decode()
    assert f"/verhalen/feed/atom/?organisatie={mo_a.page.slug}" in html


def test_feed_links_tag_for_theme_pages(rf, stories):
    from django.template import Context, Template

    html = Template("{% load story_tags %}{% story_feed_links theme=theme %}").render(
        Context({"theme": Theme.objects.get(slug="jongeren"), "request": rf.get("/")})
    )
    assert 'href="http://testserver/verhalen/feed/rss/?thema=jongeren"' in html


def meta(html, prop):
    match = re.search(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def test_story_has_open_graph_and_twitter_meta_with_absolute_urls(client, stories):
    story = stories[0]
    html = client.get(story.url).content.decode()
    assert meta(html, "og:title") == story.title
    assert meta(html, "og:description")
    assert meta(html, "og:url") == story.full_url
    image = meta(html, "og:image")
    assert image.startswith("http") and "fill-1200x630" in image
    assert meta(html, "twitter:card") == "summary_large_image"
    assert re.search(rf'<link rel="canonical" href="{re.escape(story.full_url)}">', html)


def test_story_has_plain_share_links_without_scripts(client, stories):
    html = client.get(stories[0].url).content.decode()
    assert "https://wa.me/?text=" in html
    assert "https://www.facebook.com/sharer/sharer.php?u=http" in html
    assert "https://www.linkedin.com/sharing/share-offsite/?url=http" in html
    assert "mailto:?subject=" in html
    assert "connect.facebook.net" not in html and "platform.linkedin.com" not in html


def test_api_lists_live_stories_filtered_by_organisation_and_theme(client, stories, mo_b):
    data = client.get("/api/v2/stories/").json()
    assert sorted(item["title"] for item in data["items"]) == ["Alfa bouwt een podium", "Bravo kookt samen"]
    data = client.get(f"/api/v2/stories/?organisation={mo_b.page.slug}").json()
    assert [item["title"] for item in data["items"]] == ["Bravo kookt samen"]
    data = client.get("/api/v2/stories/?theme=jongeren&fields=intro,themes,organisation").json()
    assert [item["title"] for item in data["items"]] == ["Alfa bouwt een podium"]
    assert data["items"][0]["organisation"]["slug"]


def test_api_with_unknown_filter_values_returns_nothing(client, stories):
    assert client.get("/api/v2/stories/?theme=onbekend").json()["items"] == []
    assert client.get("/api/v2/stories/?organisation=onbekend").json()["items"] == []


def test_api_answers_huge_numbers_without_an_error(client, stories):
    # Found by the bad-input tests: numbers beyond the database's integers gave a 500.
    huge = "99999999999999999999"
    response = client.get(f"/api/v2/stories/?organisation={huge}")
    assert response.status_code == 200 and response.json()["items"] == []
    response = client.get(f"/api/v2/stories/?offset={huge}")
    assert response.status_code == 400
    assert "offset" in response.json()["message"]


def test_api_detail_and_find_answer_bad_ids_without_an_error(client, stories):
    # A story id beyond the database's integers, and a non-numeric ?id= for find, gave a 500.
    assert client.get("/api/v2/stories/99999999999999999999/").status_code == 404
    response = client.get("/api/v2/stories/find/?id=abc")
    assert response.status_code == 400 and "id" in response.json()["message"]
    assert client.get("/api/v2/stories/find/?id=99999999999999999999").status_code == 404
    live_a = stories[0]
    assert client.get(f"/api/v2/stories/{live_a.pk}/").status_code == 200
    assert f"/api/v2/stories/{live_a.pk}/" in client.get(f"/api/v2/stories/find/?id={live_a.pk}")["Location"]
