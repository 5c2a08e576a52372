from home.related import related_pages


def test_related_items_prefer_other_organisations(themes, make_org, make_story):
    lonely = themes["eenzaamheid"]
    humanitas = make_org("Humanitas", [lonely])
    kbo = make_org("KBO Limburg", [lonely])
    story = make_story(humanitas, "Samen koken in Venlo", [lonely])
    # The own organisation has more, and newer, stories on the theme than the other one.
    for i in range(4):
        make_story(humanitas, f"Nog een verhaal {i}", [lonely])
    other = make_story(kbo, "Koffie op dinsdag", [lonely])

    items = related_pages(story, limit=3)

    assert items[0]["page"].pk in {other.pk, kbo.pk}
    assert {item["page"].pk for item in items} >= {other.pk, kbo.pk}
    assert items[0]["other_organisation"] is True


def test_related_items_spread_over_organisations(themes, make_org, make_story):
    lonely = themes["eenzaamheid"]
    humanitas = make_org("Humanitas")
    kbo = make_org("KBO Limburg")
    zijactief = make_org("Zijactief")
    story = make_story(humanitas, "Samen koken in Venlo", [lonely])
    for i in range(3):
        make_story(kbo, f"KBO-verhaal {i}", [lonely])
    zij = make_story(zijactief, "Wandelen in Weert", [lonely])

    pks = [item["page"].pk for item in related_pages(story, limit=2)]

    assert zij.pk in pks


def test_related_items_give_the_shared_theme_as_reason(themes, make_org, make_story):
    humanitas = make_org("Humanitas")
    kbo = make_org("KBO Limburg")
    story = make_story(humanitas, "Samen koken in Venlo", [themes["eenzaamheid"], themes["armoede"]])
    make_story(kbo, "Koffie op dinsdag", [themes["eenzaamheid"], themes["jongeren"]])

    items = related_pages(story)

    assert items[0]["reason"] == "ook over: eenzaamheid"
    assert items[0]["organisation"].pk == kbo.pk


def test_related_items_leave_out_pages_without_shared_themes_and_drafts(themes, make_org, make_story):
    humanitas = make_org("Humanitas")
    kbo = make_org("KBO Limburg")
    story = make_story(humanitas, "Samen koken in Venlo", [themes["eenzaamheid"]])
    make_story(kbo, "Kamp in Weert", [themes["jongeren"]])
    draft = make_story(kbo, "Koffie op dinsdag", [themes["eenzaamheid"]])
    draft.unpublish()

    assert related_pages(story) == []


def test_related_items_take_a_fixed_number_of_queries(
    themes, make_org, make_story, django_assert_max_num_queries
):
    lonely = themes["eenzaamheid"]
    story = make_story(make_org("Humanitas"), "Samen koken in Venlo", [lonely])
    for i in range(10):
        make_story(make_org(f"Organisatie {i}", [lonely]), f"Verhaal {i}", [lonely])

    with django_assert_max_num_queries(8):
        items = related_pages(story, limit=3)
    assert len(items) == 3


def test_related_pages_tag_renders_reason_and_links(client, themes, make_org, make_story):
    story = make_story(make_org("Humanitas"), "Samen koken in Venlo", [themes["eenzaamheid"]])
    other = make_story(make_org("KBO Limburg"), "Koffie op dinsdag", [themes["eenzaamheid"]])
    from django.template import Context, Template

    html = Template("{% load theme_tags %}{% related_pages page %}").render(Context({"page": story}))

    assert f'href="{other.url}"' in html
    assert "ook over: eenzaamheid" in html
