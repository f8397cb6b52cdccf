"""The app's instruments: every form file of a folder loaded, cross-checked and fitted to its
scoring module.

``questionnaires`` reads one file into a validated model; this module checks a whole folder — the
scoring block of each form against the scoring module it names, and each battery against the forms
that loaded — so a broken file is one clear line and never a half-working instrument.
``load_forms()`` is the checked set every part of the app uses: checked once per process, and
read from the checked-forms cache (``form_cache``) when exactly these files were checked before,
so a process that only reads forms loads neither YAML nor pydantic.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from lbp_desktop.instruments import form_cache
from lbp_desktop.paths import forms_dir
from lbp_desktop.questionnaires.files import FormFileError, form_files
from lbp_desktop.questionnaires.model import Battery, FormSet


def check_folder(folder: Path | str) -> tuple[FormSet, list[FormFileError]]:
    """Load every file in ``folder``; return what loaded and one error per broken file."""
    from lbp_desktop.questionnaires.loader import load_file

    folder = Path(folder)
    result = FormSet()
    errors: list[FormFileError] = []
    files = form_files(folder) if folder.is_dir() else [folder]
    for path in files:
        try:
            model = load_file(path)
        except FormFileError as exc:
            errors.append(exc)
            continue
        target: dict = result.batteries if isinstance(model, Battery) else result.forms
        if model.id in result.forms or model.id in result.batteries:
            errors.append(FormFileError(path, "id", f"{model.id!r} is already defined in "
                                        f"{result.paths[model.id].name}"))
            continue
        if path.stem != model.id:
            errors.append(FormFileError(path, "id", f"{model.id!r} does not match the file name"))
            continue
        target[model.id] = model
        result.paths[model.id] = path
    errors.extend(_scoring_errors(result))
    errors.extend(_battery_errors(result, folder))
    return result, errors


def _battery_errors(forms: FormSet, folder: Path) -> Iterable[FormFileError]:
    """Every instrument a battery lists must be a form that loaded."""
    for battery in list(forms.batteries.values()):
        path = forms.paths[battery.id]
        for index, form_id in enumerate(battery.instruments):
            if form_id in forms.forms:
                continue
            candidate = path.parent / f"{form_id}.yaml"
            if not folder.is_dir() and candidate.is_file():
                continue  # checking one file: the sibling is checked on its own
            if candidate.is_file():
                what = f"form {form_id!r} did not load (see the error for {candidate.name})"
            else:
                what = f"no form {form_id!r} in {path.parent.name}/"
            yield FormFileError(path, f"instruments[{index}]", what,
                                _file_line(path, ("instruments", index)))
            del forms.batteries[battery.id]
            break


def _file_line(path: Path, loc: tuple) -> int | None:
    from lbp_desktop.questionnaires.loader import line_of

    try:
        return line_of(path.read_text(encoding="utf-8"), loc)
    except (OSError, UnicodeDecodeError):
        return None


def _scoring_errors(forms: FormSet) -> Iterable[FormFileError]:
    """Ask each form's scoring module whether the form's scoring data suits it.

    A scorer whose module cannot be imported (a typo in ``scoring.scorer``, a broken install) is
    one clear line, like any other problem with the file — never a traceback.
    """
    from lbp_desktop.questionnaires.loader import one_line
    from lbp_desktop.scoring import registry  # scoring is Qt-free and light

    for form in list(forms.forms.values()):
        if form.scoring is None:
            continue
        path = forms.paths[form.id]
        where = "scoring"
        loc: tuple[str, ...] = ("scoring",)
        try:
            registry.check_form(form)
            continue
        except ModuleNotFoundError as exc:
            module = registry.SCORERS.get(form.scoring.scorer, "?")
            what = (f"scorer {form.scoring.scorer!r}: its module {module} cannot be imported "
                    f"({exc})")
            where, loc = "scoring.scorer", ("scoring", "scorer")
        except (ValueError, KeyError, TypeError) as exc:
            what = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
            if form.scoring.scorer not in registry.SCORERS:
                where, loc = "scoring.scorer", ("scoring", "scorer")
        del forms.forms[form.id]
        yield FormFileError(path, where, one_line(what), _file_line(path, loc))


@lru_cache(maxsize=4)
def _load_default(folder: str) -> FormSet:
    key = form_cache.key(Path(folder))
    cached = form_cache.read(Path(folder), key)
    if cached is not None:
        return cached
    forms, errors = check_folder(folder)
    if errors:
        raise errors[0]
    form_cache.write(Path(folder), key, forms)
    return forms


def load_forms(folder: Path | str | None = None) -> FormSet:
    """All forms of the app (cached). Raises ``FormFileError`` if any file is broken."""
    return _load_default(str(folder or forms_dir()))
