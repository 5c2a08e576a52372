"""Normalisation: Dutch word forms, diacritics and stop words meet in one form."""

import pytest

from search.text import dutch_fix, fold, normalise, words


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("vrijwilliger", "vrijwilligers"),
        ("verhaal", "verhalen"),
        ("organisatie", "organisaties"),
        ("verhaal", "verhaaltje"),
        ("verhaal", "verhaaltjes"),
        ("groep", "groepje"),
        ("bal", "balletje"),
        ("boom", "boompje"),
        ("cursus", "cursusje"),
        ("familie", "families"),
        ("studie", "studies"),
        ("idee", "ideeën"),
        ("idee", "ideeen"),
        ("categorie", "categorieën"),
        ("kind", "kinderen"),
        ("ontmoeting", "ontmoetingen"),
        ("thema", "thema's"),
        ("café", "cafe"),
    ],
)
def test_dutch_word_forms_share_one_term(one, other):
    assert normalise(one) == normalise(other)


@pytest.mark.parametrize(
    ("word", "fixed"),
    [
        ("ideeen", "idee"),
        ("knieen", "knie"),
        ("families", "familie"),
        ("balletjes", "bal"),
        ("verhaaltje", "verhaal"),
        ("boompje", "boom"),
        ("kopje", "kop"),
        ("kinderen", "kind"),
        ("meisjes", "meisje"),
        ("huis", "huis"),
        ("jeugd", "jeugd"),
    ],
)
def test_dutch_fix_list_for_forms_the_stemmer_misses(word, fixed):
    assert dutch_fix(word) == fixed


def test_fold_removes_diacritics_and_case():
    assert fold("Ideeën Café Geëngageerd") == "ideeen cafe geengageerd"


def test_words_split_hyphens_and_drop_possessive_s():
    assert words("MO-themadag en thema's") == ["mo", "themadag", "en", "thema"]


def test_stop_words_are_dropped():
    assert normalise("verhalen over de eenzaamheid") == normalise("verhalen eenzaamheid")


def test_english_stemming_for_english_pages():
    assert normalise("volunteers", "en") == normalise("volunteer", "en")
    assert normalise("the stories", "en") == normalise("story", "en")
