"""Questionnaire resources from forms/: valid R4, every item and code in both languages."""

from __future__ import annotations

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire

from lbp_desktop.interop.common import BASE, answer_system, translation_of
from lbp_desktop.interop.questionnaire import (
    battery_questionnaire,
    questionnaire,
    questionnaire_bundle,
)


def _walk(items):
    for item in items:
        yield item
        yield from _walk(item.get("item", []))


def _by_link(resource):
    return {item["linkId"]: item for item in _walk(resource["item"])}


def test_fhir_resources_default_is_r5_so_r4b_is_used():
    import fhir.resources
    import fhir.resources.R4B

    assert fhir.resources.__fhir_version__.startswith("5.")
    assert fhir.resources.R4B.__fhir_version__.startswith("4.")


def test_every_form_gives_a_valid_questionnaire_with_every_item_and_code(forms):
    assert forms.forms, "no forms loaded"
    for form in forms.forms.values():
        resource = questionnaire(form)
        Questionnaire.model_validate(resource)
        assert resource["url"] == f"{BASE}/Questionnaire/{form.id}"
        assert resource["version"] == form.version
        assert resource["language"] == "da"
        assert resource["copyright"] == form.instrument.copyright
        assert translation_of(resource["_title"]) == form.title.en
        items = _by_link(resource)
        assert items[form.id]["type"] == "group"
        for item in form.items():
            link = f"{form.id}.{item.id}"
            q = items[link]
            assert q["text"] == item.text.da
            assert translation_of(q["_text"]) == item.text.en, link
            assert q["required"] == item.required
            if item.type in ("yes_no", "single_choice"):
                assert q["type"] == "choice"
                codings = [o["valueCoding"] for o in q["answerOption"]]
                assert [c["code"] for c in codings] == [str(c) for c in item.codes()]
                for coding, option in zip(codings, item.options, strict=True):
                    assert coding["system"] == answer_system(link)
                    assert coding["display"] == option.label.da
                    assert translation_of(coding["_display"]) == option.label.en
            elif item.type == "scale_0_10":
                assert q["type"] == "integer"
                low, high = items[f"{link}/low"], items[f"{link}/high"]
                assert (low["text"], translation_of(low["_text"])) == \
                    (item.anchors.low.da, item.anchors.low.en)
                assert (high["text"], translation_of(high["_text"])) == \
                    (item.anchors.high.da, item.anchors.high.en)
            elif item.type == "number":
                assert q["type"] == "integer"
                bounds = {e["url"].rsplit("/", 1)[1]: e.get("valueInteger")
                          for e in q["extension"]}
                assert (bounds["minValue"], bounds["maxValue"]) == (item.min, item.max)
            else:
                assert q["type"] == "string"
            if item.show_if is not None:
                conditions = q["enableWhen"]
                assert {c["question"] for c in conditions} == {f"{form.id}.{item.show_if.item}"}
                assert len(conditions) == len(item.show_if.in_)
                if len(conditions) > 1:
                    assert q["enableBehavior"] == "any"
            else:
                assert "enableWhen" not in q


def test_pain_below_knee_is_enabled_by_leg_side(forms):
    q = _by_link(questionnaire(forms.form("pain")))["pain.below_knee"]
    codes = sorted(c["answerCoding"]["code"] for c in q["enableWhen"])
    assert codes == ["1", "2", "3"]
    assert all(c["answerCoding"]["system"] == answer_system("pain.leg_side")
               for c in q["enableWhen"])


def test_battery_questionnaire_holds_the_instruments_in_order(forms):
    for battery in forms.batteries.values():
        resource = battery_questionnaire(battery, forms.forms)
        Questionnaire.model_validate(resource)
        groups = [i["linkId"] for i in resource["item"] if i["type"] == "group"]
        assert groups == battery.instruments
        # the same item in the battery and in the instrument questionnaire is identical
        for form_id in battery.instruments:
            single = _by_link(questionnaire(forms.form(form_id)))
            in_battery = _by_link(resource)
            for link, item in single.items():
                assert in_battery[link] == item


def test_questionnaire_bundle_is_valid_and_deterministic(forms):
    bundle = questionnaire_bundle(forms)
    Bundle.model_validate(bundle)
    ids = [e["resource"]["id"] for e in bundle["entry"]]
    assert set(ids) == set(forms.forms) | set(forms.batteries)
    assert questionnaire_bundle(forms) == bundle
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(urls) == len(set(urls))
