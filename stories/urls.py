"""Non-page endpoints of the stories app (pages route themselves): the feeds."""

from django.urls import path

from .feeds import StoryAtomFeed, StoryFeed

urlpatterns = [
    path("verhalen/feed/rss/", StoryFeed(), name="stories_feed_rss"),
    path("verhalen/feed/atom/", StoryAtomFeed(), name="stories_feed_atom"),
]
