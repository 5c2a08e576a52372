from django.core.management.base import BaseCommand, CommandError

from organisations.onboarding import OnboardingError, onboard_organisation


class Command(BaseCommand):
    help = (
        "Onboard an organisation in one step: its page (draft, every language), image collection, "
        "editors' group with rights, and the editor's account with a set-password link."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help='The organisation\'s name, e.g. "Humanitas Limburg".')
        parser.add_argument("--editor-email", required=True, help="Email address of the first editor.")
        parser.add_argument("--username", default="", help="User name (default: the email address).")

    def handle(self, *args, name, editor_email, username, **options):
        try:
            result = onboard_organisation(name, editor_email, username=username or None)
        except OnboardingError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Organisatie “{result.page.title}” is aangemaakt (concept)."))
        for page in result.pages:
            self.stdout.write(f"  pagina ({page.locale.language_code}): /admin/pages/{page.pk}/edit/")
        self.stdout.write(f"  collectie: {result.collection.name}")
        self.stdout.write(f"  groep: {result.group.name}")
        account = "nieuw account" if result.user_created else "bestaand account"
        self.stdout.write(f"  redacteur: {result.user.email} ({account})")
        self.stdout.write("")
        self.stdout.write("Stuur de redacteur deze link om een wachtwoord te kiezen:")
        self.stdout.write(result.set_password_url)
