from django.db import migrations


from home.seed_data import ensure_locales


def create_locales(apps, schema_editor):
    ensure_locales(
        apps.get_model("wagtailcore", "Locale"), apps.get_model("wagtail_localize", "LocaleSynchronization")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_seed_taxonomy"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
