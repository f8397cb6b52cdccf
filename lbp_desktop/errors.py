"""Errors meant for the user: the CLI prints ``str(error)`` as one line, the GUI shows it."""


class UserError(Exception):
    """A problem the user can act on (bad file, wrong key, unknown episode). No traceback."""

    exit_code = 2
