from django.db import migrations

LIFE_PHASES = [
    ("jongeren", "Jongeren", "Young people", 10),
    ("studenten", "Studenten", "Students", 20),
    ("werkenden", "Werkenden", "Working people", 30),
    ("ouders", "Ouders", "Parents", 40),
    ("senioren", "Senioren", "Seniors", 50),
    ("nieuwkomers", "Nieuwkomers", "Newcomers", 60),
]


def seed(apps, schema_editor):
    LifePhase = apps.get_model("academy", "LifePhase")
    for slug, name, name_en, order in LIFE_PHASES:
        LifePhase.objects.get_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("academy", "0002_lifephase_alter_academyindexpage_options_and_more")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
