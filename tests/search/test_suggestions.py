"""Suggestions as you type: a small JSON endpoint the script reads."""


def test_suggestions_return_titles_starting_with_the_typed_word(site_network, client):
    response = client.get("/zoeken/suggesties/", {"q": "vrijw"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    titles = [item["title"] for item in response.json()["suggestions"]]
    assert "Vrijwilligers werven en behouden" in titles


def test_suggestions_carry_url_and_type(site_network, client):
    item = client.get("/zoeken/suggesties/", {"q": "stoerp"}).json()["suggestions"][0]
    assert item == {
        "title": "Het stoerparcours in Roermond",
        "url": "/organisaties/jong-nederland-limburg/stoerparcours-roermond/",
        "type": "Verhaal",
    }


def test_suggestions_ignore_diacritics_and_use_the_language(site_network, client):
    dutch = client.get("/zoeken/suggesties/", {"q": "cafe"}).json()["suggestions"]
    english = client.get("/en/zoeken/suggesties/", {"q": "stoerp"}).json()["suggestions"]
    assert dutch == []
    assert english[0]["url"].startswith("/en/")


def test_suggestions_with_several_words(site_network, client):
    titles = [
        s["title"] for s in client.get("/zoeken/suggesties/", {"q": "cursus eerste h"}).json()["suggestions"]
    ]
    assert titles == ["Cursus eerste hulp bij kinderen"]


def test_suggestions_for_too_short_or_odd_input_are_empty(site_network, client):
    for q in ("", "a", "%", "' OR 1=1 --", "x" * 1000):
        response = client.get("/zoeken/suggesties/", {"q": q})
        assert response.status_code == 200
        assert response.json()["suggestions"] == []
