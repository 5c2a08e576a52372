"""The yearly target: the MO editor's dashboard panel and SMOL's report with CSV export."""

import datetime

import pytest
from django.urls import reverse

from home.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def this_year_stories(mo_a, mo_b, make_story):
    today = datetime.date.today()
    for n in range(3):
        make_story(mo_a.page, title=f"Alfa {n}", publication_date=today.replace(month=1, day=1 + n))
    make_story(mo_a.page, title="Alfa vorig jaar", publication_date=today.replace(year=today.year - 1))
    make_story(
        mo_b.page, title="Bravo vorig jaar", publication_date=today.replace(year=today.year - 1, day=1)
    )


def test_editor_dashboard_shows_stories_this_year_for_own_organisation(client, mo_a, mo_b, this_year_stories):
    settings = SiteSettings.load()
    settings.stories_target_per_year = 12
    settings.save()
    client.force_login(mo_a.editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "3 van 12 verhalen dit jaar" in html
    assert mo_a.page.title in html
    assert mo_b.page.title not in html


def test_smol_report_shows_every_organisation(client, superuser, mo_a, mo_b, this_year_stories):
    client.force_login(superuser)
    response = client.get(reverse("stories_report_per_organisation"))
    assert response.status_code == 200
    html = response.content.decode()
    assert mo_a.page.title in html and mo_b.page.title in html


def test_smol_report_sorts_by_stories_this_year(client, superuser, mo_a, mo_b, this_year_stories):
    client.force_login(superuser)
    html = client.get(
        reverse("stories_report_per_organisation"), {"ordering": "-stories_this_year"}
    ).content.decode()
    assert html.index(mo_a.page.title) < html.index(mo_b.page.title)
    html = client.get(
        reverse("stories_report_per_organisation"), {"ordering": "stories_this_year"}
    ).content.decode()
    assert html.index(mo_b.page.title) < html.index(mo_a.page.title)


def test_smol_report_exports_csv(client, superuser, mo_a, mo_b, this_year_stories):
    client.force_login(superuser)
    response = client.get(reverse("stories_report_per_organisation"), {"export": "csv"})
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    )
    lines = content.strip().splitlines()
    assert lines[0].startswith("Organisatie,Verhalen dit jaar,Doel,Laatste verhaal")
    row = next(line for line in lines if line.startswith(mo_a.page.title))
    assert row.split(",")[1] == "3"
    assert row.split(",")[2] == "10"


def test_mo_editor_cannot_open_the_smol_report(client, mo_a):
    client.force_login(mo_a.editor)
    assert client.get(reverse("stories_report_per_organisation")).status_code in (302, 403)


def test_smol_marks_an_organisation_as_trusted_in_the_admin(client, superuser, mo_a):
    from stories.moderation import is_trusted

    client.force_login(superuser)
    url = reverse("stories_trust", args=[mo_a.page.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"trusted": "1"})
    assert is_trusted(mo_a.page)
    client.post(url, {"trusted": "0"})
    assert not is_trusted(mo_a.page)
