from django.db import migrations

from home.seed_data import seed_taxonomy


def seed(apps, schema_editor):
    seed_taxonomy(apps.get_model("home", "Theme"), apps.get_model("home", "Municipality"))


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
