"""Form files on disk — which files a folder holds, and the error of one that cannot be used —
without the loader's libraries: code that only lists the files or catches the error (the
checked-forms cache, the CLI) need not load YAML and pydantic."""

from __future__ import annotations

from pathlib import Path

from lbp_desktop.errors import UserError


class FormFileError(UserError):
    """A form file that cannot be used. ``str()`` is the one-line message for the user.

    ``where`` is the place in the file (``sections[0].items[2].options``), followed by the YAML
    line when it is known; ``line`` holds that line number on its own.
    """

    def __init__(self, path: Path | str, where: str, what: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        if line is not None and "line " not in where:
            where = f"{where} (line {line})" if where else f"line {line}"
        self.where = where
        self.what = what
        name = self.path.name
        super().__init__(f"{name}: {where}: {what}" if where else f"{name}: {what}")


def form_files(folder: Path) -> list[Path]:
    """The form and battery files of ``folder``, in a fixed order."""
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())
