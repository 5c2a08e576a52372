"""Relevance over the demo content: recall@5 of the Dutch query set must stay at 90% or more."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction

from search.engine import search

from .relevance import CASES, is_hit

MIN_RECALL_AT_5 = 0.9


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    import io

    with django_db_blocker.unblock():
        cache.clear()
        with transaction.atomic():
            call_command("load_demo_content", stdout=io.StringIO())
            yield
            transaction.set_rollback(True)
        cache.clear()


def test_relevance_set_is_large_and_varied():
    assert len(CASES) >= 30
    assert len({query for query, _title, _organisation in CASES}) == len(CASES)


def test_recall_at_5_over_the_demo_content(demo_content, db, capsys):
    misses = []
    for query, title, organisation in CASES:
        top5 = list(search(query, "nl").documents[:5])
        if not is_hit(top5, title, organisation):
            misses.append((query, title, [d.title for d in top5]))
    recall = 1 - len(misses) / len(CASES)
    with capsys.disabled():
        print(f"\nrecall@5 ({connection.vendor}): {recall:.1%} over {len(CASES)} queries")
        for query, title, got in misses:
            print(f"  miss: {query!r} expected {title!r}, got {got}")
    assert recall >= MIN_RECALL_AT_5


def test_results_page_over_the_demo_content(demo_content, db, client):
    response = client.get("/zoeken/", {"q": "verhalen over eenzaamheid"})
    assert response.status_code == 200
    assert response.context["total"] > 0
