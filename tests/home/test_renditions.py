"""Image renditions: made when a page is published or an image saved, never on a visitor's request.

Every public image is a <picture> with AVIF and WebP sources, width and height, and lazy loading
except for the main image at the top of a page (home/renditions.py, {% responsive_image %}).
"""

import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from home.images import get_or_create_image
from home.pages import get_or_add_child
from home.pregenerate import generate_page_renditions
from home.renditions import (
    CONTENT_IMAGE,
    LOGO_CARD,
    LOGO_PROFILE,
    ROLES,
    SHARE,
    STORY_CARD,
    STORY_HERO,
    filter_specs,
)

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()


@pytest.fixture
def pregenerate(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.IMAGE_RENDITIONS_PREGENERATE = True
    cache.clear()
    return settings


@pytest.fixture
def indexes(home_page):
    from organisations.models import OrganisationIndexPage
    from stories.models import StoryIndexPage

    org_index, _ = get_or_add_child(
        home_page, OrganisationIndexPage, slug="organisaties", title="Organisaties"
    )
    story_index, _ = get_or_add_child(home_page, StoryIndexPage, slug="verhalen", title="Verhalen")
    return org_index, story_index


def _image(title):
    return get_or_create_image(title, width=480, height=300)[0]


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _body_with_image(image):
    return json.dumps(
        [
            {"type": "paragraph", "value": "<p>Samen koken in het buurthuis.</p>"},
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "decorative": False, "alt_text": "Een volle tafel"},
                    "caption": "Elke dinsdag",
                },
            },
        ]
    )


def _specs_of(image):
    """The filter specs of `image`'s renditions for its current focal point."""
    from wagtail.images.models import Filter

    return {
        r.filter_spec
        for r in Rendition.objects.filter(image=image)
        if r.focal_point_key == Filter(spec=r.filter_spec).get_cache_key(image)
    }


@pytest.fixture
def published(pregenerate, indexes, django_capture_on_commit_callbacks):
    """An organisation with a logo and a story with a main image and an image in its text, published."""
    from organisations.models import OrganisationPage
    from stories.models import StoryPage

    org_index, story_index = indexes
    hero, body_image, logo = (
        _image("Renditions: hero"),
        _image("Renditions: body"),
        _image("Renditions: logo"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        org, _ = get_or_add_child(
            org_index, OrganisationPage, slug="alfa", title="Alfa", pitch="Alfa verbindt.", publish=False
        )
        org.logo, org.logo_alt = logo, "Logo van Alfa"
        _publish(org)
        story = org.add_child(
            instance=StoryPage(
                title="Samen koken",
                slug="samen-koken",
                intro="Buren koken samen.",
                hero_image=hero,
                hero_image_alt="Buren aan een lange tafel",
                body=_body_with_image(body_image),
                live=False,
            )
        )
        _publish(story)
    return {
        "org": org,
        "story": story,
        "story_index": story_index,
        "hero": hero,
        "body": body_image,
        "logo": logo,
    }


def test_publishing_makes_every_rendition_the_pages_show(published):
    assert _specs_of(published["hero"]) == set(filter_specs(STORY_HERO, STORY_CARD, SHARE))
    assert _specs_of(published["body"]) == set(filter_specs(CONTENT_IMAGE))
    assert _specs_of(published["logo"]) == set(filter_specs(LOGO_PROFILE, LOGO_CARD))
    # AVIF and WebP next to the fallback, in every width.
    assert {"fill-320x180|format-avif", "fill-640x360|format-webp", "width-1280|format-jpeg"} <= _specs_of(
        published["hero"]
    )


def test_rendering_the_pages_makes_no_rendition(published, client):
    before = Rendition.objects.count()
    urls = ["/", published["story_index"].url, published["org"].url, published["story"].url]
    for url in urls:
        cache.clear()
        response = client.get(url)
        assert response.status_code == 200, url
    assert Rendition.objects.count() == before


def test_without_pregeneration_the_first_visitor_pays(
    pregenerate, indexes, client, django_capture_on_commit_callbacks
):
    """The control for the test above: with the job switched off, rendering does make renditions."""
    from organisations.factories import OrganisationPageFactory
    from stories.factories import StoryPageFactory

    pregenerate.IMAGE_RENDITIONS_PREGENERATE = False
    org = OrganisationPageFactory(parent=indexes[0])
    with django_capture_on_commit_callbacks(execute=True):
        story = StoryPageFactory(parent=org, hero_image=_image("Renditions: not made"))
        _publish(story)
    before = Rendition.objects.count()
    assert client.get(story.url).status_code == 200
    assert Rendition.objects.count() > before


def test_saving_an_image_remakes_the_renditions_of_its_uses(published, django_capture_on_commit_callbacks):
    hero = published["hero"]
    old = _specs_of(hero)
    hero.set_focal_point(None)
    hero.focal_point_x, hero.focal_point_y, hero.focal_point_width, hero.focal_point_height = 100, 100, 50, 50
    with django_capture_on_commit_callbacks(execute=True):
        hero.save()
    # New focal point, new crops: every role of the image is there again for it.
    assert _specs_of(hero) == old == set(filter_specs(STORY_HERO, STORY_CARD, SHARE))


def test_an_unused_image_gets_no_renditions(pregenerate, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = _image("Renditions: unused")
    assert not Rendition.objects.filter(image=image).exists()


def test_with_a_task_queue_the_job_waits_for_the_worker(
    published, settings, indexes, django_capture_on_commit_callbacks
):
    from django_tasks import default_task_backend

    from stories.models import StoryPage

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    image = _image("Renditions: queued")
    story = published["story"]
    with django_capture_on_commit_callbacks(execute=True):
        story = StoryPage.objects.get(pk=story.pk)
        story.hero_image = image
        _publish(story)
    assert not Rendition.objects.filter(image=image).exists()
    queued = [r for r in default_task_backend.results if r.task.name == generate_page_renditions.name]
    assert [r.args for r in queued] == [[story.pk]]
    generate_page_renditions.call(*queued[0].args)  # what `make worker` does
    assert _specs_of(image) == set(filter_specs(STORY_HERO, STORY_CARD, SHARE))


def test_story_page_markup(published, client):
    html = client.get(published["story"].url).content.decode()
    hero = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert hero.index('type="image/avif"') < hero.index('type="image/webp"')
    img = re.search(r"<img[^>]*>", hero).group(0)
    assert 'alt="Buren aan een lange tafel"' in img
    assert 'fetchpriority="high"' in img and "loading=" not in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'sizes="' in img
    # The original is 480 px wide and is never enlarged: no srcset lists one width twice.
    for srcset in re.findall(r'srcset="([^"]*)"', hero):
        widths = re.findall(r" (\d+)w", srcset)
        assert len(widths) == len(set(widths)) and "1280" not in widths
    # The image in the text: lazy, with the editor's alt text.
    body = [p for p in re.findall(r"<picture>.*?</picture>", html, re.S) if "width-400" in p]
    assert len(body) == 1 and 'loading="lazy"' in body[0] and 'alt="Een volle tafel"' in body[0]


def test_listing_markup_first_image_eager_then_lazy(published, client, indexes):
    from stories.factories import StoryPageFactory

    for n in range(2):
        StoryPageFactory(
            parent=published["org"], title=f"Nog een verhaal {n}", hero_image=_image(f"Extra {n}")
        )
    html = client.get(published["story_index"].url).content.decode()
    cards = re.findall(r'<img[^>]*class="story-card__image"[^>]*>', html)
    assert len(cards) == 3
    assert "loading=" not in cards[0]
    assert all('loading="lazy"' in card and 'alt=""' in card for card in cards[1:])
    directory = client.get(published["org"].get_parent().url).content.decode()
    assert re.search(r'<source[^>]*max-80x80\.format-avif[^>]*type="image/avif"', directory)


def test_story_listing_finds_renditions_in_one_query(published, client, django_capture_on_commit_callbacks):
    """Cards read their renditions from one prefetch: more stories with their own images, same queries."""
    from stories.factories import StoryPageFactory

    url = published["story_index"].url

    def count():
        cache.clear()
        client.get(url)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    small = count()
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(4):
            story = StoryPageFactory(
                parent=published["org"], title=f"Groei {n}", hero_image=_image(f"Groei {n}")
            )
            _publish(story)
    before = Rendition.objects.count()
    assert count() == small
    assert Rendition.objects.count() == before


def test_unknown_role_is_a_template_error():
    from django.template import Context, Template, TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        Template('{% load responsive_images %}{% responsive_image image "nope" %}').render(
            Context({"image": get_image_model()(title="x", width=10, height=10)})
        )
    assert set(ROLES) == {"story_hero", "story_card", "logo_card", "logo_profile", "content_image", "share"}
