"""Front-end weight: small pages, nothing from other hosts, static files cached forever, pages gzipped.

A public page (home, a story, a course, the story listing) weighs less than 100 kB of HTML + CSS + JS
before images. Hashed static files (WhiteNoise's manifest storage) are cached for ten years and marked
immutable; their unhashed names only for an hour.
"""

import gzip
import json
import re
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client, RequestFactory

from home.compression import GZipTextMiddleware
from home.images import get_or_create_image
from home.pages import get_or_add_child

pytestmark = pytest.mark.django_db

BUDGET = 100_000  # bytes of HTML + CSS + JS per page, images not counted


class Resources(HTMLParser):
    """Stylesheets, scripts, images and fonts a page asks for."""

    def __init__(self):
        super().__init__()
        self.styles, self.scripts, self.images, self.blocking_scripts, self.other = [], [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.styles.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") in ("preload", "preconnect", "dns-prefetch", "icon"):
            self.other.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
            if "defer" not in attrs and "async" not in attrs and attrs.get("type") != "module":
                self.blocking_scripts.append(attrs["src"])
        elif tag in ("img", "source"):
            self.images += [attrs[name] for name in ("src",) if attrs.get(name)]
            self.images += [
                part.split()[0] for part in (attrs.get("srcset") or "").split(",") if part.strip()
            ]
        elif tag == "iframe" and attrs.get("src"):
            self.other.append(attrs["src"])


def _static_file(url):
    path = finders.find(url.removeprefix("/static/"))
    assert path, f"{url} is not a static file of the project"
    with open(path, "rb") as handle:
        return handle.read()


@pytest.fixture
def pages(home_page, settings, tmp_path):
    """A home page with its sections, a story with images, a course with sessions, a full story listing."""
    from academy.factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory
    from academy.models import LifePhase
    from organisations.models import OrganisationIndexPage, OrganisationPage
    from stories.factories import StoryPageFactory
    from stories.models import StoryIndexPage

    settings.MEDIA_ROOT = tmp_path
    cache.clear()  # Wagtail caches renditions by image id: never another test's files
    LifePhase.ensure_defaults()
    org_index, _ = get_or_add_child(
        home_page, OrganisationIndexPage, slug="organisaties", title="Organisaties"
    )
    story_index, _ = get_or_add_child(home_page, StoryIndexPage, slug="verhalen", title="Verhalen")
    AcademyIndexPageFactory(parent=home_page)
    org, _ = get_or_add_child(
        org_index, OrganisationPage, slug="humanitas", title="Humanitas Limburg", pitch="Samen sterk." * 20
    )
    image = get_or_create_image("Gewicht: verhaal", width=480, height=300)[0]
    body = json.dumps(
        [{"type": "paragraph", "value": "<p>" + "Vrijwilligers koken samen met buren. " * 60 + "</p>"}]
        + [
            {
                "type": "image",
                "value": {"image": {"image": image.pk, "decorative": False, "alt_text": "Koken"}},
            },
            {"type": "quote", "value": {"text": "Samen kom je verder.", "attribution": "Anna"}},
        ]
    )
    stories = [
        StoryPageFactory(
            parent=org, title=f"Een mooi verhaal nummer {n}", hero_image=image, intro="Buren. " * 30
        )
        for n in range(14)
    ]
    stories[0].body = body
    stories[0].save_revision().publish()
    course = CoursePageFactory(parent=org, title="Eerste hulp bij kinderen")
    for _ in range(6):
        SessionFactory(course=course)
    return {"home": "/", "story": stories[0].url, "course": course.url, "story listing": story_index.url}


def test_public_pages_weigh_less_than_100_kb_before_images(pages, client):
    weights = {}
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content
        found = Resources()
        found.feed(html.decode())
        assert found.styles, f"{name}: no stylesheet found, the parser is broken"
        css_js = sum(len(_static_file(href)) for href in found.styles + found.scripts)
        weights[name] = (len(html), css_js)
        assert len(html) + css_js < BUDGET, f"{name} weighs {len(html) + css_js} bytes"
    print(
        {
            name: f"{(html + css_js) / 1000:.1f} kB (HTML {html / 1000:.1f})"
            for name, (html, css_js) in weights.items()
        }
    )


def test_pages_load_nothing_from_other_hosts_and_no_script_blocks_rendering(pages, client):
    for name, url in pages.items():
        found = Resources()
        found.feed(client.get(url).content.decode())
        for resource in found.styles + found.scripts + found.images + found.other:
            assert resource.startswith("/") and not resource.startswith("//"), f"{name}: {resource}"
        assert found.blocking_scripts == [], name
        for href in found.styles:
            css = _static_file(href).decode()
            # No web fonts and no imports: system fonts only, one request per stylesheet.
            assert "@import" not in css and "@font-face" not in css and "http" not in css, href
    assert found.images, "the parser found no images on the story listing"


@pytest.fixture
def collected(settings, tmp_path):
    """The project's own static files collected as in production (hashed names, gzip/brotli copies)."""
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    from django.contrib.staticfiles.storage import staticfiles_storage

    return staticfiles_storage


def test_hashed_static_files_are_cached_forever(collected, settings):
    client = Client()  # a new handler: WhiteNoise reads the collected files
    hashed = collected.url("css/site.css")
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", hashed)

    response = client.get(hashed, HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert response["Content-Encoding"] in ("gzip", "br")

    plain = client.get("/static/css/site.css")
    assert plain.status_code == 200
    assert plain["Cache-Control"] == f"max-age={settings.WHITENOISE_MAX_AGE}, public"
    assert "immutable" not in plain["Cache-Control"]


def test_pages_are_gzipped_and_still_answer_304(pages, client):
    response = client.get(pages["story"], HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    html = gzip.decompress(response.content)
    assert b"<picture>" in html and len(response.content) < len(html) / 2
    repeat = client.get(pages["story"], HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=response["ETag"])
    assert repeat.status_code == 304


def test_images_and_files_are_not_gzipped_again():
    middleware = GZipTextMiddleware(
        lambda request: HttpResponse(b"\xff\xd8" + b"x" * 5000, content_type="image/jpeg")
    )
    request = RequestFactory().get("/media/images/a.jpg", HTTP_ACCEPT_ENCODING="gzip")
    assert not middleware(request).has_header("Content-Encoding")
    text = GZipTextMiddleware(lambda request: HttpResponse("<p>" + "x" * 5000, content_type="text/html"))
    assert text(request)["Content-Encoding"] == "gzip"


def test_renditions_served_by_django_are_cached_a_day(settings, tmp_path, client):
    settings.MEDIA_ROOT = tmp_path
    cache.clear()
    image = get_or_create_image("Gewicht: media", width=200, height=100)[0]
    rendition = image.get_rendition("width-100|format-webp")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=86400"
    original = client.get(settings.MEDIA_URL + image.file.name)
    assert original.status_code == 200 and not original.has_header("Cache-Control")
