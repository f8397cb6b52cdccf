"""Synthetic letter inputs (fictional patients) for tests, previews and screenshots.

``morten_kristensen()`` follows case 1 of the Region Midtjylland case collection: STarT Back medium,
moderate pain and function, severe sleep disturbance and fear of movement, worry, fear that it never
improves and affected mood; no red flags; the plan the case text recommends.
"""

from __future__ import annotations

import dataclasses

from lbp_desktop.reports.letter_input import (
    DomainRow,
    Finding,
    LetterInput,
    PatientReported,
    PlanItem,
    RecipientBlock,
    RedFlagStatus,
    Sender,
    StartBackStatus,
)

ALL_RED_FLAGS = ("bladder_bowel", "saddle_anaesthesia", "progressive_weakness", "cancer_history",
                 "weight_loss_fever", "night_pain", "trauma", "steroids")

SENDER = Sender(
    clinic_name="Fysioterapi & Kiropraktik Aarhus C (fiktiv)",
    clinic_address="Søndergade 10, 1. sal\n8000 Aarhus C",
    clinic_phone="86 00 00 00",
    clinic_sor="999999999999999",
    clinician_name="Signe Østergaard",
    profession="Fysioterapeut",
    authorisation_id="0A1B2",
)

GP = RecipientBlock(
    name="Praktiserende læge Anne Holm",
    organisation="Lægehuset Vesterbro (fiktiv)",
    address="Vesterbrogade 2\n8000 Aarhus C",
)


def _plan(*ids: str, lang: str = "da") -> tuple[PlanItem, ...]:
    """Plan items with the pathway's labels (``resources/pathway/plan.yaml``)."""
    from lbp_desktop.pathway.plan import option

    return tuple(PlanItem(i, option(i).label(lang)) for i in ids)


def morten_kristensen(**changes: object) -> LetterInput:
    inp = LetterInput(
        sender=SENDER,
        letter_date="2026-11-20",
        patient_name="Morten Kristensen",
        patient_cpr="120382-0000",
        recipient_kind="gp",
        language="da",
        recipient=GP,
        referral_date="2026-11-02",
        referral_reason="Tilbagevendende lænderygsmerter gennem 2 år, tiltagende de sidste uger. "
                        "Henvist til udvidet rygudredning.",
        assessment_date="2026-11-18",
        status=PatientReported(
            answered_on="2026-11-18",
            startback=StartBackStatus(risk="medium", total=6, psychosocial=3),
            profile=(
                DomainRow("pain", "moderate", 6),
                DomainRow("function", "moderate", 5),
                DomainRow("sleep", "severe", 8),
                DomainRow("fear_avoidance", "severe", 8),
                DomainRow("worry", "moderate", 6),
                DomainRow("persistence", "moderate", 6),
                DomainRow("mood", "moderate", 5),
                DomainRow("work_expectation", "mild", 3),
            ),
            back_pain_now=6, back_pain_week=6, leg_pain_now=1, leg_pain_week=2,
            leg_side="left", below_knee=False,
            rmdq_total=11, orebro_total=58, orebro_raised_risk=True,
            occupation="Maskinopstiller", employment="employed", sick_listed=False,
            physical_work=True,
        ),
        red_flags=RedFlagStatus(asked=ALL_RED_FLAGS, answered=ALL_RED_FLAGS,
                                found_and_done="Ingen tegn på røde flag ved undersøgelsen."),
        findings=(
            Finding("neurology", "Normal kraft, sensibilitet og reflekser i underekstremiteterne."),
            Finding("slr", "Negativ bilateralt."),
            Finding("mobility", "Nedsat og smertefuld fleksion; gentagne ekstensioner lindrer."),
        ),
        assessment="nonspecific",
        assessment_text="Tilbagevendende uspecifikke lænderygsmerter med betydende bevægeangst "
                        "og søvnforstyrrelse.",
        information_given="Informeret om fund, smertemekanismer og det normale forløb ved "
                          "uspecifikke lænderygsmerter. Instrueret i hjemmeøvelser med gentagne "
                          "bevægelser og muskelstyrkeøvelser, der ikke provokerer tilstanden.",
        plan=_plan("information_advice", "stay_active_work", "home_exercises",
                   "mobilisation_manipulation", "supervised_training",
                   "no_further_investigation"),
        plan_text="Forsøger at holde sig i arbejde. Superviseret træning, hvis tilstanden ikke "
                  "bedres.",
        follow_up="Kontrol hos fysioterapeut om 3 uger. Ved manglende bedring: forløb med "
                  "superviseret træning.",
        gp_follow_up=False,
        document_id="EPI-2026-000123",
        version=1,
        fictional=True,
    )
    return dataclasses.replace(inp, **changes)  # type: ignore[arg-type]
