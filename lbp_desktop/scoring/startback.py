"""STarT Back Screening Tool scoring, exactly as Keele University scores it.

Source: Hill JC et al. Arthritis Rheum 2008;59:632-41; Keele University scoring guide.
- Items q1–q8 score as coded (0 disagree/no, 1 agree/yes).
- q9 (bothersomeness, 0–4) scores 1 for "very much" (3) or "extremely" (4), else 0.
- Total = all nine (0–9). Psychosocial subscale = q5–q9 (0–5), in Keele's printed order.
- Low risk: total ≤ 3. Medium: total ≥ 4 and subscale ≤ 3. High: total ≥ 4 and subscale ≥ 4.
No imputation: a set with a missing item is incomplete, risk null.
Cut-points come from the form data (``params``) so they sit beside the instrument text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.questionnaires.model import Form
from lbp_desktop.scoring.base import ScoreResult, int_param, prepare

VERSION = "startback-1"
ITEMS = [f"q{i}" for i in range(1, 10)]
PSYCHOSOCIAL = ["q5", "q6", "q7", "q8", "q9"]
_PARAMS = ("low_max_total", "high_min_psychosocial", "q9_min_code_scoring")


def check_form(form: Form) -> None:
    missing = [i for i in ITEMS if i not in form.item_ids()]
    if missing:
        raise ValueError(f"STarT Back needs items {', '.join(missing)}")
    for item_id in ITEMS[:8]:
        if form.item(item_id).type != "yes_no":
            raise ValueError(f"STarT Back item {item_id} must be a yes_no item (0/1)")
    if sorted(form.item("q9").codes()) != [0, 1, 2, 3, 4]:  # type: ignore[type-var]
        raise ValueError("STarT Back item q9 must have the codes 0–4")
    for name in _PARAMS:
        try:
            value = form.param(name)
        except KeyError:
            raise ValueError(f"STarT Back needs the parameter {name}") from None
        if not isinstance(value, int):
            raise ValueError(f"parameter {name} must be a whole number")


def item_points(item_id: str, code: int, q9_min: int = 3) -> int:
    """Points an answer contributes: q9 is dichotomised, the others count as coded."""
    if item_id == "q9":
        return 1 if code >= q9_min else 0
    return code


def score(form: Form, answers: Mapping[str, Any]) -> ScoreResult:
    clean, missing = prepare(form, answers)
    q9_min = int_param(form, "q9_min_code_scoring")
    if missing:
        return ScoreResult(form.id, VERSION, False,
                           {"total": None, "psychosocial": None, "risk": None}, missing)
    points = {i: item_points(i, int(clean[i]), q9_min) for i in ITEMS}
    total = sum(points.values())
    psychosocial = sum(points[i] for i in PSYCHOSOCIAL)
    if total <= int_param(form, "low_max_total"):
        risk = "low"
    elif psychosocial >= int_param(form, "high_min_psychosocial"):
        risk = "high"
    else:
        risk = "medium"
    return ScoreResult(form.id, VERSION, True,
                       {"total": total, "psychosocial": psychosocial, "risk": risk})
