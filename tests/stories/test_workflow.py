"""Moderation through the admin's HTTP views: submit, approve, request changes, trusted MOs."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from stories.models import StoryPage

pytestmark = pytest.mark.django_db


def add_story_data(client, parent, action, title="Samen de buurt in", intro="Buren ontmoeten elkaar."):
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", parent.pk])
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["title"] = title
    data["slug"] = "samen-de-buurt-in"
    data["intro"] = intro
    data["publication_date"] = "2026-11-01"
    data["body-count"] = "0"
    data[action] = "1"
    return url, data


def submit_new_story(client, parent, **kwargs):
    url, data = add_story_data(client, parent, "action-submit", **kwargs)
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return StoryPage.objects.get(slug="samen-de-buurt-in", locale=parent.locale)


def test_editor_can_save_a_draft_story(client, mo_a, workflow):
    client.force_login(mo_a.editor)
    url, data = add_story_data(client, mo_a.page, "action-save")
    data.pop("action-submit", None)
    response = client.post(url, data)
    assert response.status_code == 302
    story = StoryPage.objects.get(slug="samen-de-buurt-in", locale=mo_a.page.locale)
    assert not story.live
    assert story.get_parent().pk == mo_a.page.pk


def test_editor_submits_story_for_moderation(client, mo_a, workflow):
    client.force_login(mo_a.editor)
    story = submit_new_story(client, mo_a.page)
    assert not story.live
    assert story.current_workflow_state.status == "in_progress"
    assert story.current_workflow_state.workflow.name == "Verhalen moderatie"


def test_editor_cannot_publish_a_story(client, mo_a, workflow):
    client.force_login(mo_a.editor)
    url, data = add_story_data(client, mo_a.page, "action-publish")
    client.post(url, data)
    story = StoryPage.objects.filter(slug="samen-de-buurt-in").first()
    assert story is None or not story.live


def test_editor_does_not_see_a_publish_button(client, mo_a, workflow):
    client.force_login(mo_a.editor)
    response = client.get(reverse("wagtailadmin_pages:add", args=["stories", "storypage", mo_a.page.pk]))
    html = response.content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_moderator_approves_and_story_goes_live(client, mo_a, moderator, workflow):
    client.force_login(mo_a.editor)
    story = submit_new_story(client, mo_a.page)
    task_state = story.current_workflow_state.current_task_state
    client.force_login(moderator)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    story.refresh_from_db()
    assert story.live
    assert client.get(story.url).status_code == 200


def test_moderator_requests_changes_with_a_comment(client, mo_a, moderator, workflow):
    client.force_login(mo_a.editor)
    story = submit_new_story(client, mo_a.page)
    task_state = story.current_workflow_state.current_task_state
    mail.outbox.clear()
    client.force_login(moderator)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "reject", task_state.pk]),
        {"comment": "Mooi verhaal! Wil je er nog een foto bij zetten?"},
    )
    story.refresh_from_db()
    assert not story.live
    assert story.current_workflow_state.status == "needs_changes"
    task_state.refresh_from_db()
    assert task_state.comment == "Mooi verhaal! Wil je er nog een foto bij zetten?"
    to_editor = [message for message in mail.outbox if mo_a.editor.email in message.to]
    assert to_editor, [m.to for m in mail.outbox]


def test_editor_sees_the_moderation_state_in_the_admin(client, mo_a, workflow):
    client.force_login(mo_a.editor)
    story = submit_new_story(client, mo_a.page)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    assert response.status_code == 200
    assert "Goedkeuring door SMOL moderatie" in response.content.decode()


def test_trusted_organisation_editor_publishes_directly(client, mo_a, workflow):
    from stories.moderation import is_trusted, set_trusted

    set_trusted(mo_a.page)
    assert is_trusted(mo_a.page)
    client.force_login(mo_a.editor)
    url, data = add_story_data(client, mo_a.page, "action-publish")
    response = client.post(url, data)
    assert response.status_code == 302
    assert StoryPage.objects.get(slug="samen-de-buurt-in", locale=mo_a.page.locale).live


def test_untrusting_an_organisation_takes_the_publish_right_back(mo_a, workflow):
    from stories.moderation import is_trusted, set_trusted

    set_trusted(mo_a.page)
    set_trusted(mo_a.page, False)
    assert not is_trusted(mo_a.page)


def test_editor_cannot_submit_a_story_under_another_organisation(client, mo_a, mo_b, workflow):
    client.force_login(mo_a.editor)
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", mo_b.page.pk])
    assert client.get(url).status_code in (302, 403)
    response = client.post(url, {"title": "Niet van mij", "slug": "niet-van-mij", "action-submit": "1"})
    assert response.status_code in (302, 403)
    assert not StoryPage.objects.filter(slug="niet-van-mij").exists()


def test_workflow_covers_both_locale_trees(org_index, workflow, mo_a, make_story):
    from wagtail.models import Page

    story = make_story(mo_a.page)
    english_org = Page.objects.get(translation_key=mo_a.page.translation_key, locale__language_code="en")
    english_story = make_story(english_org.specific)
    assert story.get_workflow() == workflow
    assert english_story.get_workflow() == workflow


def test_scheduled_story_goes_live_on_its_date(mo_a, make_story):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    story = make_story(mo_a.page, live=False)
    story.go_live_at = timezone.now() + datetime.timedelta(days=2)
    story.save_revision().publish()
    story.refresh_from_db()
    assert not story.live
    StoryPage.objects.filter(pk=story.pk).update(go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    from wagtail.models import Revision

    past = timezone.now() - datetime.timedelta(minutes=1)
    for revision in Revision.objects.filter(object_id=str(story.pk), approved_go_live_at__isnull=False):
        revision.content["go_live_at"] = past.isoformat()
        revision.approved_go_live_at = past
        revision.save()
    call_command("publish_scheduled")
    story.refresh_from_db()
    assert story.live
