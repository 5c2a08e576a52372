"""The positive-framing aid: the matcher, the editor panel and tip, the SMOL report."""

import pytest
from django.urls import reverse

from stories.framing import Entry, Matcher

LIST = [
    Entry("kwetsbaren", ["kwetsbaren", "kwetsbare"], ["mensen met talent"]),
    Entry("armoede", ["armoede", "arm"], ["krap bij kas"]),
    Entry("sociaal domein", ["sociaal domein", "sociale domein"], ["welzijn"]),
    Entry("financiële zorgen", ["financiële zorgen"], ["krappe portemonnee"]),
    Entry("burger", ["burger", "burgers"], ["inwoners"]),
]


def words(text):
    return [finding.word for finding in Matcher(LIST).find(text)]


def test_matcher_finds_a_whole_word():
    assert words("Wij helpen kwetsbaren in de wijk.") == ["kwetsbaren"]


def test_matcher_ignores_a_word_inside_a_longer_word():
    assert words("De armoedegrens en een armband; de burgemeester; burgerschap.") == []


def test_matcher_is_case_insensitive():
    assert words("ARMOEDE en Kwetsbare mensen") == ["kwetsbaren", "armoede"]


def test_matcher_finds_inflections_and_reports_them_under_the_word():
    findings = Matcher(LIST).find("Kwetsbare ouderen en kwetsbaren.")
    assert len(findings) == 1
    assert findings[0].word == "kwetsbaren"
    assert findings[0].count == 2
    assert findings[0].forms == ["Kwetsbare", "kwetsbaren"]


def test_matcher_finds_a_phrase_across_spaces_and_line_breaks():
    assert words("Samen in het sociale\ndomein") == ["sociaal domein"]


def test_matcher_matches_with_or_without_diacritics():
    assert words("Geen financiele zorgen meer") == ["financiële zorgen"]
    assert words("Geen FINANCIËLE ZORGEN meer") == ["financiële zorgen"]


def test_matcher_treats_letters_with_diacritics_as_part_of_the_word():
    # "armé" and "ëarm" are other words: the diacritic letter does not end the word.
    assert words("armé ëarm") == []
    assert words("arm, arm. (arm)") == ["armoede"]


def test_matcher_with_an_empty_list_finds_nothing():
    assert Matcher([]).find("kwetsbaren") == []


@pytest.mark.django_db
def test_seeded_list_contains_the_networks_words():
    from stories.models import FramingWord

    words = set(FramingWord.objects.values_list("word", flat=True))
    assert {"kwetsbaren", "armoede", "ondersteuning", "sociaal domein", "burger"} <= words
    assert "kwetsbare" in FramingWord.objects.get(word="kwetsbaren").forms


@pytest.mark.django_db
def test_only_smol_can_manage_the_list(client, mo_a):
    from accounts.factories import UserFactory
    from home.demo import ensure_smol_groups

    smol = UserFactory(username="smol")
    smol.groups.add(ensure_smol_groups()["SMOL redactie"])
    url = reverse("wagtailsnippets_stories_framingword:list")
    client.force_login(mo_a.editor)
    assert client.get(url).status_code in (302, 403)
    client.force_login(smol)
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_story_editor_shows_the_findings(client, mo_a, make_story):
    story = make_story(mo_a.page, intro="Wij geven ondersteuning aan kwetsbare ouderen.")
    story.save_revision()
    client.force_login(mo_a.editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "data-framing-findings" in html
    assert "mensen die iets extra&#x27;s kunnen gebruiken" in html  # alternative for kwetsbare
    assert "een steuntje in de rug" in html  # alternative for ondersteuning


@pytest.mark.django_db
def test_organisation_editor_gets_a_framing_tip(client, mo_a):
    mo_a.page.pitch = "Wij helpen burgers met armoede."
    mo_a.page.save_revision()
    client.force_login(mo_a.editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[mo_a.page.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tip voor positief schrijven" in html
    assert "inwoners" in html


@pytest.mark.django_db
def test_findings_never_block_publishing(mo_a, make_story):
    story = make_story(mo_a.page, intro="Armoede en kwetsbaren in het sociaal domein.")
    story.save_revision().publish()
    story.refresh_from_db()
    assert story.live


@pytest.mark.django_db
def test_smol_report_lists_occurrences_in_live_content(client, superuser, mo_a, make_story):
    make_story(mo_a.page, title="Een verhaal met armoede", intro="Over armoede in de wijk.")
    make_story(mo_a.page, title="Een blij verhaal", intro="Over samen koken.")
    client.force_login(superuser)
    response = client.get(reverse("stories_report_framing"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Een verhaal met armoede" in html
    assert "Een blij verhaal" not in html
    csv = client.get(reverse("stories_report_framing") + "?export=csv")
    assert (
        "Een verhaal met armoede" in b"".join(csv.streaming_content).decode()
        if csv.streaming
        else csv.content.decode()
    )


@pytest.mark.django_db
def test_mo_editor_cannot_open_the_framing_report(client, mo_a):
    client.force_login(mo_a.editor)
    response = client.get(reverse("stories_report_framing"))
    assert response.status_code in (302, 403)
