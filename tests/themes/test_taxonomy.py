from academy.models import CoursePage
from home.models import ThemedPage
from organisations.models import OrganisationPage
from stories.models import StoryPage


def test_one_query_over_the_tagged_item_table_finds_organisations_stories_and_courses(
    network, themes, django_assert_num_queries
):
    with django_assert_num_queries(1):
        found = set(
            ThemedPage.objects.filter(tag=themes["eenzaamheid"]).values_list(
                "content_object__content_type__model", "content_object__title"
            )
        )
    assert found == {
        (OrganisationPage._meta.model_name, "Humanitas"),
        (OrganisationPage._meta.model_name, "KBO Limburg"),
        (StoryPage._meta.model_name, "Samen koken in Venlo"),
        (StoryPage._meta.model_name, "Koffie op dinsdag"),
        (CoursePage._meta.model_name, "Goed in gesprek"),
    }


def test_theme_counts_group_by_kind_in_one_query(network, themes, home_page, django_assert_num_queries):
    from themes.queries import theme_counts

    with django_assert_num_queries(1):
        counts = theme_counts(home_page.locale_id)
    assert counts[themes["eenzaamheid"].pk] == {"organisations": 2, "stories": 2, "courses": 1}
    assert counts[themes["jongeren"].pk] == {"organisations": 2, "stories": 1, "courses": 0}


def test_theme_counts_leave_out_unpublished_pages(network, themes, home_page):
    from themes.queries import theme_counts

    network["story_kbo"].unpublish()
    counts = theme_counts(home_page.locale_id)
    assert counts[themes["eenzaamheid"].pk]["stories"] == 1
