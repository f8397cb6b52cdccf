"""Fixed wording of the letters, Danish and English (``T[lang][key]``).

Kept in one place so a region can adjust the wording and a reviewer can read every phrase the
letter can print. Danish is the default; English is used for the patient's copy when the patient
answered in English (and for the whole letter when ``language='en'``).
"""

from __future__ import annotations

from collections.abc import Mapping

# Words from the form data (risk groups, bands, domains, MDI severity) live in one core module;
# re-exported here under the names the letter code uses.
from lbp_desktop.instruments.words import BAND as BAND
from lbp_desktop.instruments.words import DOMAIN as DOMAIN
from lbp_desktop.instruments.words import MDI_RESULT as MDI_RESULT
from lbp_desktop.instruments.words import MDI_SEVERITY as MDI_SEVERITY
from lbp_desktop.instruments.words import RISK as RISK
from lbp_desktop.instruments.words import orebro_raised_min as orebro_raised_min

T: dict[str, dict[str, str]] = {
    "da": {
        "title_gp": "Epikrise efter udvidet rygudredning",
        "title_caseworker": "Status til kommunal sagsbehandler",
        "title_caseworker_sub": "Udvidet rygudredning – arbejdsrelevante oplysninger",
        "title_patient": "Din plan efter rygundersøgelsen",
        "subject_gp": "Epikrise, udvidet rygudredning (lænderygsmerter)",
        "subject_caseworker": "Status til sagsbehandler, udvidet rygudredning",
        "subject_patient": "Patientens kopi af planen efter rygundersøgelsen",
        "to": "Til",
        "copy_to": "Kopi til",
        "date": "Dato",
        "phone": "Tlf.",
        "sor": "SOR",
        "re": "Vedr.",
        "cpr": "CPR-nr.",
        "referral": "Henvisning",
        "referral_date": "Henvist",
        "referral_reason": "Henvisningsårsag",
        "assessed": "Undersøgt",
        "acute_box_title": "AKUT RØDT FLAG",
        "acute_box_text": "Patienten har svaret ja til",
        "acute_box_done": "Håndtering",
        "acute_box_missing": "Ingen håndtering noteret – se afsnittet Røde flag.",
        "acute_box_handled_title": "Akut rødt flag – håndteret",
        "acute_box_handled": "Håndteret {date} af {by}: {action}",
        "acute_box_unanswered_title": "SPØRGSMÅL OM AKUT RØDT FLAG IKKE BESVARET",
        "acute_box_unanswered": "Patienten har ikke besvaret: {names}. Det skal afklares med "
                                "patienten; et manglende svar er ikke et nej.",
        "status": "Patientrapporteret status",
        "status_answered": "Spørgeskema besvaret",
        "status_paper": "på papir",
        "status_paper_by": "på papir, indtastet af {name}",
        "startback": "STarT Back",
        "startback_value": "{risk} (score {total}/9, psykosocial delscore {psy}/5)",
        "startback_incomplete": "ikke fuldt besvaret – ingen risikogruppe",
        "profile": "Profil (Örebro, 0–10)",
        "profile_short": "Profil",
        "profile_sentence": "Spørgeskemaet viser {items}.",
        "profile_sentence_rest": "; i øvrigt ingen eller lette gener",
        "profile_sentence_mild": "Spørgeskemaet viser kun lette gener.",
        "profile_sentence_none": "Spørgeskemaet viser ingen gener.",
        "and": "og",
        "pain": "Smerter (NRS 0–10)",
        "back_pain": "Ryg",
        "leg_pain": "Ben",
        "now": "nu",
        "week": "gns. seneste uge",
        "below_knee_yes": "til nedenfor knæet",
        "below_knee_no": "ikke nedenfor knæet",
        "rmdq": "Roland-Morris (RMDQ-23)",
        "rmdq_prorated": "omregnet, 1–2 spørgsmål ubesvaret",
        "orebro": "Örebro (ÖMPSQ-10)",
        "orebro_raised": "øget risiko for langvarigt forløb",
        "mdi": "MDI",
        "mdi_sum": "sum {total}/50, {band} ({scheme})",
        "mdi_item6": "Spørgsmål 6 (livet ikke værd at leve): {answer} – bør drøftes med patienten",
        "unverified_note": "Dansk ordlyd af {names} er ikke valideret mod den publicerede danske "
                           "version; scoren er vejledende.",
        "work": "Arbejde",
        "employment": "Beskæftigelse",
        "physical_work": "fysisk krævende arbejde",
        "sick_listed_yes": "sygemeldt",
        "sick_listed_weeks": "sygemeldt i {weeks} uger",
        "sick_listed_week": "sygemeldt i 1 uge",
        "sick_listed_no": "ikke sygemeldt",
        "changes": "Udvikling siden første besvarelse",
        "no_status": "Intet besvaret spørgeskema.",
        "other_incomplete": "ikke fuldt besvaret",
        "other_answered": "besvaret",
        "redflags": "Røde flag",
        "rf_asked": "{answered} af {asked} spørgsmål om røde flag besvaret.",
        "rf_all_no": "Alle {n} spørgsmål om røde flag er besvaret med nej.",
        "rf_none": "Ingen røde flag.",
        "rf_not_asked": "Røde flag er ikke besvaret i spørgeskemaet.",
        "rf_acute": "Akut",
        "rf_other": "Øvrige angivet",
        "rf_unanswered": "Ikke besvaret",
        "rf_unanswered_acute": "akut spørgsmål – afklares med patienten",
        "rf_unsure": "Svaret «ved ikke» (regnet som ja)",
        "rf_age_over": "Alder ved debut over 55 år",
        "rf_age_under": "Alder ved debut under 20 år",
        "rf_age_over_or_under": "Alder ved debut under 20 eller over 55 år",
        "rf_age_undecided": "Alder ved debut kan ikke afgøres ud fra svarene – spørg patienten",
        "rf_age_clear": "Intet aldersflag",
        "rf_age_at": "{age} år ved debut",
        "rf_age_at_most": "højst {age} år ved debut",
        "rf_age_range": "{lo}–{hi} år ved debut",
        "rf_age_now": "{age} år nu",
        "rf_basis_duration": "ud fra CPR-nr. og smertevarighed: {duration}",
        "rf_basis_onset": "ud fra CPR-nr. og registreret debutdato",
        "rf_basis_none": "ud fra CPR-nr.; smertevarighed ikke besvaret",
        "rf_handled": "Håndtering af akut rødt flag",
        "rf_handled_text": "registreret {date} af {by}",
        "rf_done": "Fund og handling",
        "findings": "Kliniske fund",
        "assessment": "Vurdering",
        "information": "Information givet",
        "plan": "Anbefalet plan",
        "followup": "Opfølgning",
        "gp_followup": "Opfølgning hos egen læge anbefales",
        "yes": "Ja",
        "not_stated": "ikke angivet (ingen undersøgelse registreret)",
        "no": "Nej",
        "greeting": "Med venlig hilsen",
        "aut_id": "Aut.-id",
        "footer_doc": "Dok.-id {doc} · version {version}",
        "footer_replaces": " · erstatter {replaces}",
        "footer_page": "Side {page} af {pages}",
        "footer_confidential": "Indeholder helbredsoplysninger – fortroligt",
        "draft": "UDKAST – ikke godkendt",
        "draft_watermark": "UDKAST",
        "no_exam": "Ingen undersøgelse registreret endnu – vurdering og plan følger efter "
                   "undersøgelsen. Dette brev er et udkast og kan ikke godkendes.",
        "fictional": "FIKTIV PATIENT – demodata",
        "continued": "fortsat",
        "cw_function": "Funktion og arbejde",
        "cw_profile": "Smerter og funktion",
        "p_intro": (
            "Her er et kort overblik over det, vi aftalte ved undersøgelsen af din ryg{date}. "
            "Gem brevet, og tag det med, hvis du skal til din egen læge om ryggen."
        ),
        "p_intro_draft": (
            "Dette er et udkast. Din plan er ikke færdig endnu: din behandler gennemgår "
            "undersøgelsen og planen med dig."
        ),
        "p_date": " den {date}",
        "p_assessment": "Det fandt vi",
        "p_plan": "Din plan",
        "p_plan_note": "Fra din behandler",
        "p_followup": "Sådan følger vi op",
        "p_gp_yes": "Vi anbefaler, at du aftaler en tid hos din egen læge til opfølgning.",
        "p_gp_no": (
            "Du behøver ikke en særlig tid hos din egen læge på grund af denne undersøgelse."
        ),
        "p_safety": "Søg læge med det samme",
        "p_safety_text": "Kontakt straks din egen læge eller lægevagten, hvis du:",
        "p_safety_items": (
            "får svært ved at tisse eller ikke kan holde på urin eller afføring|"
            "får følelsesløshed i skridtet eller omkring endetarmen|"
            "mærker, at et ben bliver svagere og svagere"
        ),
        "p_questions": "Har du spørgsmål, er du velkommen til at kontakte os",
    },
    "en": {
        "title_gp": "Discharge letter after extended back assessment",
        "title_caseworker": "Status for the municipal caseworker",
        "title_caseworker_sub": "Extended back assessment – work-relevant information",
        "title_patient": "Your plan after the back examination",
        "subject_gp": "Discharge letter, extended back assessment (low back pain)",
        "subject_caseworker": "Status for the caseworker, extended back assessment",
        "subject_patient": "Patient's copy of the plan after the back examination",
        "to": "To",
        "copy_to": "Copy to",
        "date": "Date",
        "phone": "Phone",
        "sor": "SOR",
        "re": "Re",
        "cpr": "CPR no.",
        "referral": "Referral",
        "referral_date": "Referred",
        "referral_reason": "Reason for referral",
        "assessed": "Examined",
        "acute_box_title": "ACUTE RED FLAG",
        "acute_box_text": "The patient answered yes to",
        "acute_box_done": "Action",
        "acute_box_missing": "No action recorded – see the Red flags section.",
        "acute_box_handled_title": "Acute red flag – handled",
        "acute_box_handled": "Handled {date} by {by}: {action}",
        "acute_box_unanswered_title": "ACUTE RED-FLAG QUESTION NOT ANSWERED",
        "acute_box_unanswered": "The patient did not answer: {names}. This must be clarified "
                                "with the patient; a missing answer is not a no.",
        "status": "Patient-reported status",
        "status_answered": "Questionnaire answered",
        "status_paper": "on paper",
        "status_paper_by": "on paper, typed in by {name}",
        "startback": "STarT Back",
        "startback_value": "{risk} (score {total}/9, psychosocial subscale {psy}/5)",
        "startback_incomplete": "not fully answered – no risk group",
        "profile": "Profile (Örebro, 0–10)",
        "profile_short": "Profile",
        "profile_sentence": "The questionnaire shows {items}.",
        "profile_sentence_rest": "; otherwise no or only mild problems",
        "profile_sentence_mild": "The questionnaire shows only mild problems.",
        "profile_sentence_none": "The questionnaire shows no problems.",
        "and": "and",
        "pain": "Pain (NRS 0–10)",
        "back_pain": "Back",
        "leg_pain": "Leg",
        "now": "now",
        "week": "avg. past week",
        "below_knee_yes": "below the knee",
        "below_knee_no": "not below the knee",
        "rmdq": "Roland-Morris (RMDQ-23)",
        "rmdq_prorated": "prorated, 1–2 items unanswered",
        "orebro": "Örebro (ÖMPSQ-10)",
        "orebro_raised": "raised risk of a long course",
        "mdi": "MDI",
        "mdi_sum": "sum {total}/50, {band} ({scheme})",
        "mdi_item6": "Item 6 (life not worth living): {answer} – to be discussed with the patient",
        "unverified_note": "The {names} wording used is not validated against the published "
                           "version; the score is indicative.",
        "work": "Work",
        "employment": "Employment",
        "physical_work": "physically demanding work",
        "sick_listed_yes": "on sick leave",
        "sick_listed_weeks": "on sick leave for {weeks} weeks",
        "sick_listed_week": "on sick leave for 1 week",
        "sick_listed_no": "not on sick leave",
        "changes": "Change since the first questionnaire",
        "no_status": "No questionnaire answered.",
        "other_incomplete": "not fully answered",
        "other_answered": "answered",
        "redflags": "Red flags",
        "rf_asked": "{answered} of {asked} red-flag questions answered.",
        "rf_all_no": "All {n} red-flag questions were answered no.",
        "rf_none": "No red flags.",
        "rf_not_asked": "Red flags were not answered in the questionnaire.",
        "rf_acute": "Acute",
        "rf_other": "Other reported",
        "rf_unanswered": "Not answered",
        "rf_unanswered_acute": "acute question – to be clarified with the patient",
        "rf_unsure": "Answered “don't know” (counted as yes)",
        "rf_age_over": "Age at onset over 55",
        "rf_age_under": "Age at onset under 20",
        "rf_age_over_or_under": "Age at onset under 20 or over 55",
        "rf_age_undecided": "Age at onset cannot be decided from the answers – ask the patient",
        "rf_age_clear": "No age flag",
        "rf_age_at": "{age} years at onset",
        "rf_age_at_most": "at most {age} years at onset",
        "rf_age_range": "{lo}–{hi} years at onset",
        "rf_age_now": "{age} years now",
        "rf_basis_duration": "from the CPR number and the pain duration: {duration}",
        "rf_basis_onset": "from the CPR number and the registered onset date",
        "rf_basis_none": "from the CPR number; pain duration not answered",
        "rf_handled": "Handling of the acute red flag",
        "rf_handled_text": "recorded {date} by {by}",
        "rf_done": "Findings and action",
        "findings": "Clinical findings",
        "assessment": "Assessment",
        "information": "Information given",
        "plan": "Recommended plan",
        "followup": "Follow-up",
        "gp_followup": "GP follow-up recommended",
        "yes": "Yes",
        "not_stated": "not stated (no examination recorded)",
        "no": "No",
        "greeting": "Kind regards",
        "aut_id": "Auth. id",
        "footer_doc": "Doc. id {doc} · version {version}",
        "footer_replaces": " · replaces {replaces}",
        "footer_page": "Page {page} of {pages}",
        "footer_confidential": "Contains health information – confidential",
        "draft": "DRAFT – not approved",
        "draft_watermark": "DRAFT",
        "no_exam": "No examination recorded yet – assessment and plan follow after the "
                   "examination. This letter is a draft and cannot be approved.",
        "fictional": "FICTIONAL PATIENT – demo data",
        "continued": "continued",
        "cw_function": "Function and work",
        "cw_profile": "Pain and function",
        "p_intro": (
            "This is a short summary of what we agreed when we examined your back{date}. "
            "Keep this letter and bring it if you see your GP about your back."
        ),
        "p_intro_draft": (
            "This is a draft. Your plan is not finished yet: your clinician will go through the "
            "examination and the plan with you."
        ),
        "p_date": " on {date}",
        "p_assessment": "What we found",
        "p_plan": "Your plan",
        "p_plan_note": "From your clinician",
        "p_followup": "Follow-up",
        "p_gp_yes": "We recommend that you book a follow-up appointment with your GP.",
        "p_gp_no": "You do not need a separate GP appointment because of this examination.",
        "p_safety": "Get medical help at once",
        "p_safety_text": "Contact your GP or the out-of-hours doctor (lægevagten) at once if you:",
        "p_safety_items": (
            "find it hard to pass urine, or cannot hold your urine or stools|"
            "become numb in your groin or around your back passage|"
            "notice that a leg is getting weaker and weaker"
        ),
        "p_questions": "If you have questions, you are welcome to contact us",
    },
}


# The Örebro profile as one sentence, in the words of the region's case texts ("Moderat
# smerteniveau, moderat nedsat funktionsniveau, kraftig søvnforstyrrelse, svær bevægeangst …"):
# each domain with its band inflected the way Danish needs it (neuter "højt smerteniveau", adverb
# "svært nedsat"). Band ``none`` is left out of the sentence (the table still shows it). A domain
# not listed here prints as "<domain label> (<band label>)".
PROFILE_PHRASE: dict[str, dict[str, dict[str, str]]] = {
    "da": {
        "pain": {"mild": "lavt smerteniveau", "moderate": "moderat smerteniveau",
                 "severe": "højt smerteniveau"},
        "function": {"mild": "let nedsat funktionsniveau",
                     "moderate": "moderat nedsat funktionsniveau",
                     "severe": "svært nedsat funktionsniveau"},
        "sleep": {"mild": "let søvnforstyrrelse", "moderate": "moderat søvnforstyrrelse",
                  "severe": "kraftig søvnforstyrrelse"},
        "fear_avoidance": {"mild": "let bevægeangst", "moderate": "moderat bevægeangst",
                           "severe": "svær bevægeangst"},
        "worry": {"mild": "let bekymring/anspændthed", "moderate": "moderat bekymring/anspændthed",
                  "severe": "udtalt bekymring/anspændthed"},
        "persistence": {"mild": "let frygt for at tilstanden aldrig bliver bedre",
                        "moderate": "moderat frygt for at tilstanden aldrig bliver bedre",
                        "severe": "udtalt frygt for at tilstanden aldrig bliver bedre"},
        "mood": {"mild": "let påvirket humør", "moderate": "moderat påvirket humør",
                 "severe": "svært påvirket humør"},
        "work_expectation": {
            # Örebro item 8: normal duties at home or at work in 3 months (not "return to work")
            "mild": "let nedsat forventning om at klare sine normale gøremål om 3 måneder",
            "moderate": "moderat nedsat forventning om at klare sine normale gøremål om 3 måneder",
            "severe": "lav forventning om at klare sine normale gøremål om 3 måneder"},
    },
    "en": {
        "pain": {"mild": "low pain level", "moderate": "moderate pain level",
                 "severe": "high pain level"},
        "function": {"mild": "mildly reduced function", "moderate": "moderately reduced function",
                     "severe": "severely reduced function"},
        "sleep": {"mild": "mild sleep disturbance", "moderate": "moderate sleep disturbance",
                  "severe": "severe sleep disturbance"},
        "fear_avoidance": {"mild": "mild fear of movement", "moderate": "moderate fear of movement",
                           "severe": "severe fear of movement"},
        "worry": {"mild": "mild worry/tension", "moderate": "moderate worry/tension",
                  "severe": "marked worry/tension"},
        "persistence": {"mild": "some fear that it will never get better",
                        "moderate": "moderate fear that it will never get better",
                        "severe": "marked fear that it will never get better"},
        "mood": {"mild": "mildly affected mood", "moderate": "moderately affected mood",
                 "severe": "severely affected mood"},
        "work_expectation": {
            "mild": "slightly reduced expectation of managing normal duties in 3 months",
            "moderate": "moderately reduced expectation of managing normal duties in 3 months",
            "severe": "low expectation of managing normal duties in 3 months"},
    },
}


def profile_phrase(domain: str, band: str, lang: str) -> str | None:
    """One domain in words for the profile sentence; ``None`` for band ``none``."""
    if band == "none":
        return None
    phrase = PROFILE_PHRASE.get(lang, {}).get(domain, {}).get(band)
    if phrase:
        return phrase
    return f"{words(DOMAIN, lang, domain).lower()} ({words(BAND, lang, band)})"


def join_words(items: list[str], lang: str) -> str:
    """``a, b og c`` / ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {T[lang]['and']} {items[-1]}"


LEG_SIDE = {
    "da": {"none": "ingen bensmerter angivet", "left": "venstre ben", "right": "højre ben",
           "both": "begge ben"},
    "en": {"none": "no leg pain reported", "left": "left leg", "right": "right leg",
           "both": "both legs"},
}

EMPLOYMENT = {
    "da": {"employed": "lønmodtager", "self_employed": "selvstændig", "unemployed": "ledig",
           "student": "under uddannelse", "retired": "pensionist", "other": "andet"},
    "en": {"employed": "employed", "self_employed": "self-employed", "unemployed": "unemployed",
           "student": "student", "retired": "retired", "other": "other"},
}

# Plain words for the patient's copy.
ASSESSMENT_PATIENT = {
    "da": {
        "nonspecific": "Almindelige lænderygsmerter. Der er ikke tegn på alvorlig sygdom i ryggen.",
        "nerve_root": "Rygsmerter, hvor en nerve fra ryggen er irriteret. Det giver smerter ned "
                      "i benet.",
        "disc_herniation": "Det kan være en diskusprolaps, der trykker på en nerve.",
        "specific_pathology": "Ryggen skal undersøges nærmere, før vi kender årsagen.",
    },
    "en": {
        "nonspecific": "Common low back pain. There are no signs of serious disease in your back.",
        "nerve_root": "Back pain where a nerve from the back is irritated. This causes pain down "
                      "the leg.",
        "disc_herniation": "It may be a slipped disc pressing on a nerve.",
        "specific_pathology": "Your back needs further tests before we know the cause.",
    },
}

# Plain words for the patient's copy of the plan, by plan option id (resources/pathway/plan.yaml).
# An option not listed here prints with its clinician label.
PLAN_PATIENT = {
    "da": {
        "acute_referral": "Du skal undersøges på sygehuset i dag.",
        "consider_investigation": "Vi overvejer, om du skal have flere undersøgelser",
        "information_advice": "Viden om rygsmerter og gode råd til hverdagen",
        "stay_active_work": "Hold dig i gang, og bliv på arbejde, så godt du kan",
        "graded_return": "Vend gradvist tilbage til arbejdet",
        "home_exercises": "Øvelser, du laver hjemme",
        "mobilisation_manipulation": "Behandling af ryggen med bevægelse og greb",
        "supervised_training": "Træning sammen med en fysioterapeut eller kiropraktor",
        "psych_informed": "Behandling, hvor vi også arbejder med tanker og bekymringer om "
                          "smerterne",
        "mood_follow_up": "Tal med din egen læge om, hvordan du har det",
        "refer_investigation": "Flere undersøgelser, fx MR-skanning eller på sygehuset",
        "no_further_investigation": "Du behøver ikke flere undersøgelser lige nu",
        "municipal_involvement": "Hjælp fra kommunen, fx genoptræning eller et kursus om "
                                 "rygsmerter",
        "work_retention": "Hjælp til at beholde dit arbejde",
        "caseworker_contact": "Kontakt med din sagsbehandler i kommunen",
    },
    "en": {
        "acute_referral": "You need to be examined at the hospital today.",
        "consider_investigation": "We are considering whether you need more tests",
        "information_advice": "Facts about back pain and advice for everyday life",
        "stay_active_work": "Keep active and stay at work as well as you can",
        "graded_return": "Go back to work step by step",
        "home_exercises": "Exercises to do at home",
        "mobilisation_manipulation": "Treatment of your back with movement and manual techniques",
        "supervised_training": "Exercise together with a physiotherapist or chiropractor",
        "psych_informed": "Treatment that also works with thoughts and worries about the pain",
        "mood_follow_up": "Talk to your GP about how you are feeling",
        "refer_investigation": "More tests, e.g. an MRI scan or at the hospital",
        "no_further_investigation": "You do not need more tests at present",
        "municipal_involvement": "Help from the municipality, e.g. rehabilitation or a course "
                                 "about back pain",
        "work_retention": "Help to keep your job",
        "caseworker_contact": "Contact with your caseworker at the municipality",
    },
}

CHANGE_MEASURE = {
    "da": {"back_pain": "Rygsmerter (NRS)", "leg_pain": "Bensmerter (NRS)",
           "rmdq": "Roland-Morris", "startback": "STarT Back", "orebro": "Örebro"},
    "en": {"back_pain": "Back pain (NRS)", "leg_pain": "Leg pain (NRS)",
           "rmdq": "Roland-Morris", "startback": "STarT Back", "orebro": "Örebro"},
}

FINDING = {
    "da": {"neurology": "Neurologi", "slr": "Strakt benløft (SLR)", "mobility": "Bevægelighed",
           "palpation": "Palpation", "other": "Andet"},
    "en": {"neurology": "Neurology", "slr": "Straight-leg raise", "mobility": "Mobility",
           "palpation": "Palpation", "other": "Other"},
}

MONTHS = {
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def _red_flag_label(flag_id: str, lang: str) -> str | None:
    from lbp_desktop.pathway.redflags import label

    try:
        return label(flag_id, lang)
    except KeyError:
        return None


def red_flag(flag_id: str, lang: str) -> str:
    """A red flag's label: the pathway's wording (``resources/pathway/redflags.yaml``)."""
    return _red_flag_label(flag_id, lang) or flag_id


def assessment(category_id: str, lang: str) -> str:
    """An assessment category's label (``resources/pathway/plan.yaml``), else the id."""
    from lbp_desktop.pathway.plan import assessment as category

    try:
        return category(category_id).label(lang)
    except KeyError:
        return category_id


def finding(key: str, lang: str) -> str:
    """A findings row label: known finding ids, then red-flag ids, then the text as given."""
    if key in FINDING.get(lang, {}):
        return FINDING[lang][key]
    flag = _red_flag_label(key, lang) if key.isidentifier() else None
    if flag is not None:
        return flag
    return key.replace("_", " ").capitalize() if key.isidentifier() else key


def plan_patient(option_id: str, lang: str) -> str | None:
    return PLAN_PATIENT.get(lang, {}).get(option_id)


def lang_of(language: str | None) -> str:
    """``da`` or ``en`` (anything starting with ``en`` is English; the rest is Danish)."""
    return "en" if (language or "").lower().startswith("en") else "da"


def words(table: Mapping[str, dict[str, str]], lang: str, key: str | None) -> str:
    """``table[lang][key]``, or the key itself when unknown (never raises, never blank)."""
    if key is None:
        return ""
    return table.get(lang, {}).get(key, key)


def long_date(iso: str | None, lang: str) -> str:
    """``2026-11-25`` → ``25. november 2026`` (da) / ``25 November 2026`` (en)."""
    if not iso:
        return ""
    try:
        year, month, day = (int(part) for part in iso[:10].split("-"))
        month_name = MONTHS[lang][month - 1]
    except (ValueError, IndexError):
        return iso
    return f"{day}. {month_name} {year}" if lang == "da" else f"{day} {month_name} {year}"


def short_date(iso: str | None) -> str:
    """``2026-11-25`` → ``25.11.2026``."""
    if not iso:
        return ""
    try:
        year, month, day = (int(part) for part in iso[:10].split("-"))
    except ValueError:
        return iso
    return f"{day:02d}.{month:02d}.{year:04d}"
