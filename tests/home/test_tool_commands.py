"""The measuring commands load (a broken import left `make lighthouse` failing unnoticed) and find
the pages they measure."""

import importlib

import pytest


@pytest.mark.parametrize("name", ["bench", "lighthouse", "load_demo_content", "generate_renditions"])
def test_command_module_imports(name):
    module = importlib.import_module(f"home.management.commands.{name}")
    assert hasattr(module, "Command")


@pytest.mark.django_db
def test_lighthouse_finds_a_story_with_a_picture(home_page):
    from home.management.commands.lighthouse import first_url
    from stories.factories import StoryIndexPageFactory, StoryPageFactory

    assert first_url("stories.StoryPage") is None
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home_page))
    assert first_url("stories.StoryPage") == story.get_url()
    assert first_url("no_such_app.Model") is None
