"""Text normalisation shared by indexing, querying and highlighting.

Both sides of a search go through `normalise()`, so word forms meet in the middle whatever the
database: lower case, diacritics folded (ideeën -> ideeen), stop words dropped, a small list of
Dutch forms the Snowball stemmer misses, then the Snowball stemmer of the language.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD_RE = re.compile(r"[0-9a-zà-öø-ÿ]+(?:'s)?", re.IGNORECASE)


def _wordset(text):
    return frozenset(text.split())


STOPWORDS = {
    "nl": _wordset(
        "aan al alle alles als bij daar dan dat de der deze die dit doch doen door dus een en er ge geen "
        "had heb hebben heeft hem het hier hij hoe hun ik in is je kan kon me meer men met mij mijn na "
        "naar niet niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u uit uw "
        "van veel voor want waren was wat we wel werd wie wij wordt zal ze zei zich zij zijn zo zonder "
        "zou beetje"
    ),
    "en": _wordset(
        "a about an and are as at be by for from has have in into is it its of on or our that the their "
        "them they this to was we were what when where which who will with you your"
    ),
}

# Dutch forms the Snowball stemmer leaves apart. Applied after folding, before stemming.
DUTCH_IRREGULAR = {
    "kinderen": "kind",
    "kindje": "kind",
    "kindjes": "kind",
    "steden": "stad",
    "schepen": "schip",
    "musea": "museum",
    "gegevens": "gegeven",
    "meisje": "meisje",
    "meisjes": "meisje",
}

STEMMER_NAMES = {"nl": "dutch", "en": "english"}


def fold(text: str) -> str:
    """Lower case without diacritics: "Ideeën" -> "ideeen"."""
    if text.isascii():  # nothing to decompose (most words): a tenth of the time
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of a text, in order ("thema's" -> "thema", "MO-dag" -> "mo", "dag")."""
    result = []
    for match in WORD_RE.finditer(fold(text)):
        word = match.group(0)
        if word.endswith("'s"):
            word = word[:-2]
        if word:
            result.append(word)
    return result


def dutch_fix(word: str) -> str:
    """Bring Dutch plural and diminutive forms the stemmer misses to one form (tested list)."""
    if word in DUTCH_IRREGULAR:
        return DUTCH_IRREGULAR[word]
    # ideeën/ideeen -> idee, categorieën -> categorie, knieën -> knie (after folding)
    if word.endswith("eeen") and len(word) > 5:
        return word[:-2]
    if word.endswith("ieen") and len(word) > 5:
        return word[:-2]
    # studies -> studie, families -> familie, activiteiten is fine already
    if word.endswith("ies") and len(word) > 5:
        return word[:-1]
    # diminutives the stemmer keeps: balletje -> bal, cursusje -> cursus, boompje -> boom
    for suffix in ("etjes", "etje"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if len(base) >= 2 and base[-1] == base[-2]:
                base = base[:-1]
            return base
    for suffix in ("tjes", "tje", "pjes", "pje", "jes", "je"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix.startswith("p") and not base.endswith("m"):
                base += "p"
            return base
    return word


@lru_cache(maxsize=2)
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMER_NAMES.get(language, "dutch"))


@lru_cache(maxsize=50000)
def stem(word: str, language: str = "nl") -> str:
    """The normalised form of one folded word (no stop-word check)."""
    if word.isdigit():
        return word
    if language == "nl":
        word = dutch_fix(word)
    return _stemmer(language).stemWord(word)


def is_stopword(word: str, language: str = "nl") -> bool:
    return word in STOPWORDS.get(language, STOPWORDS["nl"])


def normalise(text: str, language: str = "nl") -> list[str]:
    """The terms of a text: folded, stop words dropped, stemmed. Order kept, duplicates kept."""
    return [stem(w, language) for w in words(text) if not is_stopword(w, language) and len(w) > 1]


def as_field(terms) -> str:
    """Terms stored space-padded so `contains(" term ")` is a whole-term match."""
    return " " + " ".join(terms) + " " if terms else ""
