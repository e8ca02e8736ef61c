"""The articles app's ``manage.py`` commands."""

from django.core.management.base import BaseCommand


class TranslatedCommand(BaseCommand):
    """A command whose ``help`` is a lazy translation (``gettext_lazy``).

    argparse runs ``re.sub`` over the description, which refuses a lazy
    string, so ``--help`` would crash: the text is resolved when the parser is
    made, in the language active then.
    """

    def create_parser(self, prog_name, subcommand, **kwargs):
        self.help = str(self.help)
        return super().create_parser(prog_name, subcommand, **kwargs)
