"""Only what may be seen is found: live, public, in the reader's language."""

import pytest
from wagtail.models import GroupApprovalTask, PageViewRestriction, Workflow, WorkflowPage, WorkflowTask

from home.pages import get_or_add_child
from search.models import SearchDocument

from .conftest import result_urls


@pytest.fixture
def organisation(home_page):
    from organisations.models import OrganisationIndexPage, OrganisationPage

    index, _ = get_or_add_child(home_page, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    page, _ = get_or_add_child(
        index, OrganisationPage, slug="zebra-club", title="De Zebraclub", pitch="Wij wandelen met zebra's."
    )
    return page


def _story(organisation, slug, title, publish=True, **fields):
    from stories.models import StoryPage

    fields.setdefault("intro", "Een mooi verhaal uit de buurt.")
    page, _ = get_or_add_child(organisation, StoryPage, slug=slug, title=title, publish=publish, **fields)
    return page


def test_published_page_is_found(organisation, client):
    _story(organisation, "okapi", "Het okapiverhaal")
    assert "/organisaties/zebra-club/okapi/" in result_urls(client.get("/zoeken/", {"q": "okapiverhaal"}))


def test_draft_page_is_never_found(organisation, client):
    _story(organisation, "giraf", "Het girafverhaal", publish=False)
    assert result_urls(client.get("/zoeken/", {"q": "girafverhaal"})) == []
    assert not SearchDocument.objects.filter(title__contains="giraf").exists()


def test_draft_changes_of_a_live_page_are_never_found(organisation, client):
    story = _story(organisation, "neushoorn", "Het neushoornverhaal")
    story.title = "Het nijlpaardverhaal"
    story.save_revision()
    assert result_urls(client.get("/zoeken/", {"q": "nijlpaardverhaal"})) == []
    assert result_urls(client.get("/zoeken/", {"q": "neushoornverhaal"})) == [
        "/organisaties/zebra-club/neushoorn/"
    ]


def test_page_in_moderation_is_never_found(organisation, client, superuser):
    from django.contrib.auth.models import Group

    workflow = Workflow.objects.create(name="Test-moderatie")
    task = GroupApprovalTask.objects.create(name="Goedkeuren")
    task.groups.set([Group.objects.get_or_create(name="SMOL moderatie")[0]])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=organisation, defaults={"workflow": workflow})

    new_story = _story(organisation, "olifant", "Het olifantverhaal", publish=False)
    new_story.save_revision(user=superuser)
    workflow.start(new_story, superuser)
    live_story = _story(organisation, "leeuw", "Het leeuwverhaal")
    live_story.intro = "Een tijgerverhaal in moderatie"
    live_story.save_revision(user=superuser)
    workflow.start(live_story, superuser)

    assert new_story.workflow_states.filter(status="in_progress").exists()
    assert result_urls(client.get("/zoeken/", {"q": "olifantverhaal"})) == []
    assert result_urls(client.get("/zoeken/", {"q": "tijgerverhaal"})) == []


def test_unpublished_page_disappears(organisation, client):
    story = _story(organisation, "pinguin", "Het pinguinverhaal")
    story.unpublish()
    assert result_urls(client.get("/zoeken/", {"q": "pinguinverhaal"})) == []
    assert result_urls(client.get("/en/zoeken/", {"q": "pinguinverhaal"})) == []


def test_deleted_page_disappears(organisation, client):
    story = _story(organisation, "kameel", "Het kameelverhaal")
    story.delete()
    assert result_urls(client.get("/zoeken/", {"q": "kameelverhaal"})) == []


def test_private_section_is_never_found(organisation, client):
    _story(organisation, "ezel", "Het ezelverhaal")
    PageViewRestriction.objects.create(page=organisation, restriction_type=PageViewRestriction.LOGIN)
    assert result_urls(client.get("/zoeken/", {"q": "ezelverhaal"})) == []
    assert result_urls(client.get("/zoeken/", {"q": "zebraclub"})) == []
    assert not SearchDocument.objects.filter(page__slug="ezel").exists()


def test_private_section_is_filtered_even_before_the_index_catches_up(organisation, client):
    _story(organisation, "mol", "Het molverhaal")
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=organisation, restriction_type=PageViewRestriction.LOGIN)]
    )  # no signals
    assert SearchDocument.objects.filter(page__slug="mol").exists()
    assert result_urls(client.get("/zoeken/", {"q": "molverhaal"})) == []
    assert result_urls(client.get("/en/zoeken/", {"q": "molverhaal"})) == []


def test_page_that_hides_itself_is_not_found(organisation, client, monkeypatch):
    from stories.models import StoryPage

    monkeypatch.setattr(StoryPage, "search_visible", lambda self: self.slug != "verborgen", raising=False)
    _story(organisation, "verborgen", "Het vosverhaal")
    assert result_urls(client.get("/zoeken/", {"q": "vosverhaal"})) == []


def test_results_respect_the_language(organisation, client):
    _story(organisation, "uil", "Het uilverhaal")
    assert result_urls(client.get("/zoeken/", {"q": "uilverhaal"})) == ["/organisaties/zebra-club/uil/"]
    assert result_urls(client.get("/en/zoeken/", {"q": "uilverhaal"})) == ["/en/organisaties/zebra-club/uil/"]


def test_suggestions_only_offer_visible_pages(organisation, client):
    _story(organisation, "das", "Dassenburcht open", publish=False)
    _story(organisation, "dassen", "Dassenpad gevonden")
    data = client.get("/zoeken/suggesties/", {"q": "dassen"}).json()
    assert [item["title"] for item in data["suggestions"]] == ["Dassenpad gevonden"]


def test_private_section_is_not_found_in_english_either(organisation, client):
    _story(organisation, "haas", "Het haasverhaal")
    PageViewRestriction.objects.create(page=organisation, restriction_type=PageViewRestriction.LOGIN)
    assert result_urls(client.get("/en/zoeken/", {"q": "haasverhaal"})) == []
    assert not SearchDocument.objects.filter(page__slug="haas").exists()
