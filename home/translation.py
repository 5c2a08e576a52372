"""Turning the English copy (alias) of a Dutch page into a real English page from code.

Used by the demo content. Editors do the same in the admin with wagtail-localize ("Translate").
"""

from wagtail.models import Locale


def translate_page(page, language_code="en", publish=True, **fields):
    """Give `page`'s translation in `language_code` its own content; returns the translated page.

    If the translation is still an alias (an untranslated copy), it becomes a page of its own. A page
    that is already translated is left as it is (idempotent: the demo loader calls this on every run).
    """
    locale = Locale.objects.get(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True, alias=True)
    translation = translation.specific
    if not translation.alias_of_id:
        return translation
    translation.alias_of = None
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    if publish:
        translation.save_revision().publish()
    return translation
