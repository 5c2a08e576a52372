"""The translation catalogues are complete: no untranslated or fuzzy entries, in Dutch and English."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(
    p
    for p in ROOT.glob("**/locale/*/LC_MESSAGES/django.po")
    if not {".venv", "tmp", "staticfiles"} & set(p.relative_to(ROOT).parts)
)


def test_there_are_dutch_and_english_catalogues():
    languages = {p.parts[-3] for p in CATALOGUES}
    assert {"nl", "en"} <= languages
    assert (ROOT / "site" / "locale" / "en" / "LC_MESSAGES" / "django.po") in CATALOGUES


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated in {path}: {untranslated[:10]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {path}: {fuzzy[:10]}"
