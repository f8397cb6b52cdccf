"""The order of screens in a kiosk session, computed from the forms and the answers (no Qt).

A *page* is what one screen shows: one item, or a short group of items where the instrument itself
is a grid (``section.grid``; grids are cut into groups of ``GRID_PAGE_SIZE``). Only items with
``kiosk: true`` are shown on the tablet. Which pages and items are visible follows the answers
(``show_if``), so the page list and the question count are recomputed after every answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lbp_desktop.questionnaires.model import Code, Form, Item, Section, is_visible

GRID_PAGE_SIZE = 1
"""At most this many items of a grid section share one screen. One: a six-option grid row at 200 %
text does not fit twice on a 1280×800 tablet, and the question and all its answers must be visible
without scrolling."""

Answers = Mapping[str, Mapping[str, Code]]
"""``{form_id: {item_id: value}}`` as ``Store.answers`` returns it."""


@dataclass(frozen=True)
class Page:
    form: Form
    section: Section
    items: tuple[Item, ...]
    """Every kiosk item the page can show; ``visible_items`` filters by the answers."""

    @property
    def key(self) -> str:
        """``form_id.item_id`` of the page's first item (the saved position)."""
        return f"{self.form.id}.{self.items[0].id}"

    def visible_items(self, answers: Answers) -> list[Item]:
        own = dict(answers.get(self.form.id, {}))
        return [item for item in self.items if is_visible(item, own)]

    def holds(self, form_id: str, item_id: str) -> bool:
        return form_id == self.form.id and any(item.id == item_id for item in self.items)


def _pages_of(form: Form) -> list[Page]:
    pages: list[Page] = []
    for section in form.sections:
        items = [item for item in section.items if item.kiosk]
        if not items:
            continue
        if section.grid:
            for start in range(0, len(items), GRID_PAGE_SIZE):
                pages.append(Page(form, section, tuple(items[start:start + GRID_PAGE_SIZE])))
        else:
            pages.extend(Page(form, section, (item,)) for item in items)
    return pages


class Flow:
    """All pages of a battery, with visibility, progress and the unanswered list."""

    def __init__(self, forms: list[Form]) -> None:
        self.forms = list(forms)
        self.all_pages: list[Page] = [page for form in self.forms for page in _pages_of(form)]

    # -- visibility -------------------------------------------------------------------------

    def pages(self, answers: Answers) -> list[Page]:
        """The pages shown for these answers, in order."""
        return [page for page in self.all_pages if page.visible_items(answers)]

    def visible_items(self, answers: Answers) -> list[tuple[Form, Item]]:
        return [(page.form, item) for page in self.pages(answers)
                for item in page.visible_items(answers)]

    def total(self, answers: Answers) -> int:
        """How many questions the patient is asked, given the answers so far."""
        return len(self.visible_items(answers))

    def number_of(self, page: Page, answers: Answers) -> tuple[int, int]:
        """1-based numbers of the first and last question on ``page``."""
        count = 0
        for other in self.pages(answers):
            shown = len(other.visible_items(answers))
            if other == page:
                return count + 1, count + max(shown, 1)
            count += shown
        return count + 1, count + 1

    def hidden_answered(self, answers: Answers) -> list[tuple[str, str]]:
        """``(form_id, item_id)`` of answers to items whose condition no longer holds.

        The kiosk clears these, so a question the patient is no longer asked never carries a
        stale answer into scoring (e.g. "below the knee" after the leg pain answer became "none").
        """
        stale = []
        for form in self.forms:
            own = dict(answers.get(form.id, {}))
            kept: dict[str, Code | None] = {}  # answers of shown items only: a hidden parent
            for item in form.items():           # hides its children too
                if own.get(item.id) is None:
                    continue
                if is_visible(item, kept):
                    kept[item.id] = own[item.id]
                else:
                    stale.append((form.id, item.id))
        return stale

    def unanswered_required(self, answers: Answers) -> list[tuple[Form, Item]]:
        return [(form, item) for form, item in self.visible_items(answers)
                if item.required and answers.get(form.id, {}).get(item.id) is None]

    # -- navigation -------------------------------------------------------------------------

    def index_of(self, form_id: str, item_id: str, answers: Answers) -> int:
        """Index (in ``pages(answers)``) of the page holding the item, or of the next visible
        page after it if it is hidden now; 0 if the item is unknown."""
        visible = self.pages(answers)
        for position, page in enumerate(self.all_pages):
            if page.holds(form_id, item_id):
                for later in self.all_pages[position:]:
                    if later in visible:
                        return visible.index(later)
                return max(len(visible) - 1, 0)
        return 0

    def index_of_position(self, position: str | None, answers: Answers) -> int:
        if not position or "." not in position:
            return 0
        form_id, item_id = position.split(".", 1)
        return self.index_of(form_id, item_id, answers)

    def is_first_of_form(self, page: Page, answers: Answers) -> bool:
        """Whether ``page`` is the first page of its instrument shown (instructions go there)."""
        for other in self.pages(answers):
            if other.form.id == page.form.id:
                return other == page
        return False

    def is_first_of_section(self, page: Page, answers: Answers) -> bool:
        for other in self.pages(answers):
            if other.form.id == page.form.id and other.section.id == page.section.id:
                return other == page
        return False
