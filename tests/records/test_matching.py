import pytest
from django.urls import reverse

from home.models import Municipality, Theme
from organisations.factories import OrganisationPageFactory
from records.matching import Answers, rank_organisations
from records.models import IntroductionRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(org_index):
    themes = {t.slug: t for t in Theme.objects.all()}
    theme_list = list(themes.values())
    venlo, _ = Municipality.objects.get_or_create(slug="venlo", defaults={"name": "Venlo"})
    roermond, _ = Municipality.objects.get_or_create(slug="roermond", defaults={"name": "Roermond"})
    two = OrganisationPageFactory(
        parent=org_index,
        title="Buddyzorg Limburg",
        themes=theme_list[:2],
        what_we_look_for="Buddy's die graag luisteren, 's avonds of in het weekend.",
        pitch="Buddyzorg in heel Limburg.",
    )
    two.municipalities.add(venlo)
    two.save()
    one = OrganisationPageFactory(
        parent=org_index,
        title="Humanitas Limburg",
        themes=theme_list[:1],
        what_we_look_for="Maatjes voor ouderen.",
        pitch="Humanitas in Limburg.",
    )
    one.municipalities.add(roermond)
    one.save()
    # Fixed texts: the factory's random pitch may hold a word the matching looks for ("avond").
    nothing = OrganisationPageFactory(
        parent=org_index,
        title="Sportclub Zuid",
        themes=theme_list[5:6],
        what_we_look_for="Trainers.",
        pitch="Sport in Zuid-Limburg.",
    )
    nothing.municipalities.add(roermond)
    nothing.save()
    return {"two": two, "one": one, "nothing": nothing, "themes": theme_list, "venlo": venlo}


def answers(network):
    return Answers(
        themes=network["themes"][:2],
        municipality=network["venlo"],
        availability="avond",
        activities=["praten"],
    )


def test_ranking_is_ordered_by_fit_and_deterministic(network):
    first = [m.item.title for m in rank_organisations(answers(network))]
    second = [m.item.title for m in rank_organisations(answers(network))]

    assert first == second == ["Buddyzorg Limburg", "Humanitas Limburg"]


def test_each_match_is_explained(network):
    best = rank_organisations(answers(network))[0]
    theme_names = sorted(t.label for t in network["themes"][:2])

    assert best.reasons[0] == f"werkt aan 2 van uw thema's ({', '.join(theme_names)})"
    assert "actief in Venlo" in best.explanation
    assert "zoekt: Buddy's die graag luisteren" in best.explanation
    assert "past bij wanneer u kunt" in best.explanation


def test_organisation_matching_none_of_the_criteria_is_not_shown(network):
    titles = [m.item.title for m in rank_organisations(answers(network))]
    assert "Sportclub Zuid" not in titles


def test_questionnaire_works_with_a_plain_get(client, network):
    slugs = [t.slug for t in network["themes"][:2]]
    response = client.get(reverse("records_match"), {"themes": slugs, "gemeente": "venlo", "zoek": "1"})

    content = response.content.decode()
    assert response.status_code == 200
    assert content.index("Buddyzorg Limburg") < content.index("Humanitas Limburg")
    assert "Sportclub Zuid" not in content
    assert "actief in Venlo" in content


def test_questionnaire_ignores_unknown_values(client, network):
    response = client.get(
        reverse("records_match"),
        {"themes": ["bestaat-niet"], "gemeente": "x" * 300, "levensfase": "?", "zoek": "1"},
    )
    assert response.status_code == 200


def test_questionnaire_is_filled_from_the_profile(volunteer_client, volunteer, network):
    from academy.models import VolunteerProfile

    profile = VolunteerProfile.for_user(volunteer)
    profile.municipality = network["venlo"]
    profile.save()
    profile.themes.set(network["themes"][:1])

    content = volunteer_client.get(reverse("records_match")).content.decode()

    assert 'value="venlo" selected' in content
    assert "Buddyzorg Limburg" in content


def test_introduction_needs_explicit_consent(volunteer_client, network):
    url = reverse("records_introduction", args=[network["two"].pk])
    response = volunteer_client.post(url, {"message": "Hallo"})

    assert response.status_code == 200
    assert not IntroductionRequest.objects.exists()


def test_introduction_reaches_only_the_chosen_organisation(
    volunteer_client, client, volunteer, network, make_editor, mailoutbox
):
    network["two"].email = "info@buddyzorg.example.org"
    network["two"].save()
    network["one"].email = "info@humanitas.example.org"
    network["one"].save()
    url = reverse("records_introduction", args=[network["two"].pk])
    volunteer_client.post(
        url, {"message": "Ik wil graag buddy worden", "consent": "on", "reasons": "werkt aan"}
    )

    request = IntroductionRequest.objects.get()
    assert request.organisation == network["two"] and request.volunteer == volunteer
    assert [m.to for m in mailoutbox] == [["info@buddyzorg.example.org"]]
    assert "zoe@example.org" not in mailoutbox[0].body

    chosen, other = make_editor(network["two"], "buddyzorg"), make_editor(network["one"], "humanitas")
    client.force_login(other)
    assert "Zoë" not in client.get(reverse("records_admin_introductions")).content.decode()
    assert client.get(reverse("records_admin_introduction", args=[request.pk])).status_code == 404
    client.force_login(chosen)
    assert "Zoë" in client.get(reverse("records_admin_introductions")).content.decode()
    detail = client.get(reverse("records_admin_introduction", args=[request.pk])).content.decode()
    assert "zoe@example.org" in detail and "Ik wil graag buddy worden" in detail


def test_mo_answers_an_introduction_in_the_admin(client, volunteer, network, make_editor):
    from records.factories import IntroductionRequestFactory

    request = IntroductionRequestFactory(volunteer=volunteer, organisation=network["two"])
    client.force_login(make_editor(network["two"], "buddyzorg"))

    client.post(
        reverse("records_admin_introduction", args=[request.pk]), {"status": "match", "answer": "Welkom!"}
    )

    request.refresh_from_db()
    assert (request.status, request.answer) == ("match", "Welkom!")
    assert request.answered_at is not None


def test_introduction_needs_an_account(client, network):
    response = client.post(reverse("records_introduction", args=[network["two"].pk]), {"consent": "on"})
    assert response.status_code == 302
    assert not IntroductionRequest.objects.exists()
