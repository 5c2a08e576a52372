"""The story page and the "Verhalen" index: content, filters, pagination, bad input (query counts: test_query_counts)."""

import datetime

import pytest

from home.models import Municipality, Theme

pytestmark = pytest.mark.django_db


def test_story_shows_its_content_organisation_and_themes(client, story_index, mo_a, make_story):
    theme = Theme.objects.get(slug="jongeren")
    story = make_story(
        mo_a.page,
        title="Jongeren bouwen een podium",
        themes=[theme],
        municipality=Municipality.objects.get(slug="venlo"),
        body=[
            (
                "three_questions",
                {"where_are_you": "Hier", "proud_of": "Op het podium", "heading_to": "Naar een festival"},
            )
        ],
    )
    html = client.get(story.url).content.decode()
    assert "Jongeren bouwen een podium" in html
    assert mo_a.page.title in html
    assert "Venlo" in html
    assert "/themas/jongeren/" in html
    assert "Waar ben je trots op?" in html and "Op het podium" in html


def test_story_intro_is_at_most_300_characters(mo_a, make_story):
    from django.core.exceptions import ValidationError

    story = make_story(mo_a.page)
    story.intro = "x" * 301
    with pytest.raises(ValidationError):
        story.full_clean()


def test_hero_image_needs_alt_text(mo_a, make_story):
    from django.core.exceptions import ValidationError

    story = make_story(mo_a.page)
    story.hero_image_alt = " "
    with pytest.raises(ValidationError):
        story.full_clean()


def test_co_authored_story_is_listed_on_both_profiles(rf, story_index, mo_a, mo_b, make_story):
    from django.template import Context, Template

    story = make_story(mo_a.page, title="Samen op stap")
    story.co_authors.add(mo_b.page)
    story.save()
    template = Template("{% load story_tags %}{% organisation_stories org %}")
    request = rf.get("/")
    for org in (mo_a.page, mo_b.page):
        html = template.render(Context({"org": org, "request": request}))
        assert "Samen op stap" in html
        assert f"?organisatie={org.slug}" in html


def test_index_lists_live_stories_newest_first(client, story_index, mo_a, make_story):
    today = datetime.date.today()
    make_story(mo_a.page, title="Ouder verhaal", publication_date=today - datetime.timedelta(days=5))
    make_story(mo_a.page, title="Nieuw verhaal", publication_date=today)
    draft = make_story(mo_a.page, title="Concept verhaal")
    draft.unpublish()
    html = client.get(story_index.url).content.decode()
    assert html.index("Nieuw verhaal") < html.index("Ouder verhaal")
    assert "Concept verhaal" not in html


def test_index_filters_by_theme_organisation_and_municipality(client, story_index, mo_a, mo_b, make_story):
    youth = Theme.objects.get(slug="jongeren")
    venlo = Municipality.objects.get(slug="venlo")
    make_story(mo_a.page, title="Alfa jongeren", themes=[youth])
    make_story(mo_b.page, title="Bravo in Venlo", municipality=venlo)
    co = make_story(mo_b.page, title="Bravo samen met Alfa")
    co.co_authors.add(mo_a.page)
    co.save()

    html = client.get(story_index.url, {"thema": "jongeren"}).content.decode()
    assert "Alfa jongeren" in html and "Bravo in Venlo" not in html
    html = client.get(story_index.url, {"gemeente": "venlo"}).content.decode()
    assert "Bravo in Venlo" in html and "Alfa jongeren" not in html
    html = client.get(story_index.url, {"organisatie": mo_a.page.slug}).content.decode()
    assert "Alfa jongeren" in html and "Bravo samen met Alfa" in html and "Bravo in Venlo" not in html


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "999999999999999999999"},
        {"page": "-1"},
        {"thema": "bestaat-niet"},
        {"organisatie": "x" * 5000},
        {"gemeente": "<script>"},
    ],
)
def test_index_never_fails_on_bad_input(client, story_index, mo_a, make_story, query):
    make_story(mo_a.page)
    assert client.get(story_index.url, query).status_code == 200


def test_index_paginates(client, story_index, mo_a, make_story):
    for n in range(14):
        make_story(mo_a.page, title=f"Verhaal nummer {n}")
    first = client.get(story_index.url).content.decode()
    second = client.get(story_index.url, {"page": 2}).content.decode()
    assert first.count('class="card story-card"') == 12
    assert second.count('class="card story-card"') == 2
    assert 'rel="next"' in first
