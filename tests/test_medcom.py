"""MedCom CareCommunication: the message for the demo cases, its checks, sending and
Acknowledgements read back from the inbox."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from medcom_support import acknowledgement, invariant_failures

from lbp_desktop.demo.build import build_demo
from lbp_desktop.interop.medcom import envelope as env
from lbp_desktop.interop.medcom.ack import read_acknowledgement
from lbp_desktop.interop.medcom.identifiers import (
    IdentifierError,
    normalize_ean,
    normalize_sor,
)
from lbp_desktop.interop.medcom.send import MedcomRefusal, build_for_episode, read_inbox, send
from lbp_desktop.interop.medcom.serialize import from_bytes, to_xml_bytes
from lbp_desktop.interop.validate import bundle_problems
from lbp_desktop.storage import medcom as db
from lbp_desktop.storage.store import Store

STRUCTURE = Path(__file__).parent / "data" / "medcom" / "new_message_structure.yaml"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, dict[int, str]]:
    path = tmp_path_factory.mktemp("medcom") / "demo.db"
    return path, build_demo(path, plaintext=True).episodes


@pytest.fixture
def store(demo, tmp_path):
    """A private copy of the demo database per test (sending writes to it)."""
    copy_path = tmp_path / "demo.db"
    copy_path.write_bytes(demo[0].read_bytes())
    opened = Store.open(copy_path, None, plaintext=True)
    yield opened
    opened.close()


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lbp_desktop", *argv], capture_output=True,
                          text=True, timeout=120)


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


# -- identifiers -------------------------------------------------------------------------------

def test_sor_and_ean_are_checked_by_their_check_digits() -> None:
    assert normalize_sor("265161000016000") == "265161000016000"  # MedCom's example sender
    assert normalize_ean("5790000209354") == "5790000209354"
    assert normalize_ean(" 579 0000 209354 ") == "5790000209354"
    for bad, reason in (("", "missing"), ("12ab", "format"), ("265161000016001", "check")):
        with pytest.raises(IdentifierError) as err:
            normalize_sor(bad)
        assert err.value.reason == reason
    for bad, reason in (("", "missing"), ("57900002093", "format"), ("5790000209355", "check")):
        with pytest.raises(IdentifierError) as err:
            normalize_ean(bad)
        assert err.value.reason == reason


# -- the message for demo case 1 ---------------------------------------------------------------

def test_cli_writes_case_1_and_it_passes_every_check(demo, tmp_path) -> None:
    path, episodes = demo
    out = tmp_path / "case1.xml"
    proc = _cli("medcom", "--db", str(path), "--plaintext", "--episode", episodes[1],
                "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    bundle = from_bytes(out.read_bytes())
    assert bundle_problems(bundle) == []
    assert invariant_failures(bundle) == []
    communication = _resources(bundle, "Communication")[0]
    attachment = communication["payload"][1]["contentAttachment"]
    with Store.open(path, None, plaintext=True) as store:
        letter = [x for x in store.letters(episodes[1]) if x.recipient == "gp"][-1]
        patient = store.patient(store.episode(episodes[1]).patient_id)
    pdf = base64.b64decode(attachment["data"])
    assert hashlib.sha256(pdf).hexdigest() == letter.sha256
    assert not attachment["title"].lower().endswith(".pdf")
    cpr = _resources(bundle, "Patient")[0]["identifier"][0]
    assert (cpr["system"], cpr["value"]) == ("urn:oid:1.2.208.176.1.2",
                                             patient.cpr.replace("-", ""))


def test_json_output_is_the_same_message(demo, tmp_path) -> None:
    path, episodes = demo
    out = tmp_path / "case1.json"
    assert _cli("medcom", "--db", str(path), "--plaintext", "--episode", episodes[1],
                "-o", str(out)).returncode == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["type"] == "message" and bundle_problems(bundle) == []
    assert invariant_failures(bundle) == []


@pytest.mark.parametrize("case, words", [(3, "no approved GP letter"), (2, "acute red flag")])
def test_refused_cases_write_nothing(demo, tmp_path, case, words) -> None:
    path, episodes = demo
    out = tmp_path / "refused.xml"
    proc = _cli("medcom", "--db", str(path), "--plaintext", "--episode", episodes[case],
                "-o", str(out))
    assert proc.returncode != 0
    assert words in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_structure_matches_medcoms_new_message_example(store, demo) -> None:
    spec = yaml.safe_load(STRUCTURE.read_text(encoding="utf-8"))
    bundle = build_for_episode(store, demo[1][1])
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == spec["entry_types"]
    for kind, paths in spec["elements"].items():
        for resource in _resources(bundle, kind):
            for dotted in paths:
                assert _has(resource, dotted.split(".")), f"{kind}.{dotted} missing"
    header = bundle["entry"][0]["resource"]
    assert header["eventCoding"]["code"] == "care-communication-message"
    assert header["focus"][0]["reference"].startswith("Communication/")
    provenance = _resources(bundle, "Provenance")[0]
    assert provenance["activity"]["coding"][0]["code"] == "new-message"
    payload_ids = {ext["valueIdentifier"]["value"]
                   for p in _resources(bundle, "Communication")[0]["payload"]
                   for ext in p["extension"] if "valueIdentifier" in ext}
    assert {e["what"]["identifier"]["value"] for e in provenance["entity"]} == payload_ids
    for resource in (e["resource"] for e in bundle["entry"]):
        assert resource["text"]["div"].startswith('<div xmlns="http://www.w3.org/1999/xhtml">')


def _has(node: Any, path: list[str]) -> bool:
    if not path:
        return node not in (None, "", [], {})
    if isinstance(node, list):
        return any(_has(item, path) for item in node)
    return isinstance(node, dict) and _has(node.get(path[0]), path[1:])


def test_the_invariant_check_catches_a_broken_message(store, demo) -> None:
    bundle = build_for_episode(store, demo[1][1])
    broken = copy.deepcopy(bundle)
    communication = _resources(broken, "Communication")[0]
    communication["identifier"][0]["value"] = "not-a-uuid"
    communication["priority"] = "asap"
    communication["category"][0]["coding"][0]["code"] = "other"
    communication.pop("topic")
    _resources(broken, "Practitioner")[0].pop("name")
    failed = {f.split(":")[0] for f in invariant_failures(broken)}
    assert {"medcom-careCommunication-4", "medcom-careCommunication-5",
            "medcom-careCommunication-6", "medcom-uuidv4 (Communication.identifier)"} <= failed


def test_xml_round_trip_keeps_the_message(store, demo) -> None:
    bundle = build_for_episode(store, demo[1][1])
    again = from_bytes(to_xml_bytes(bundle))
    for ours, theirs in zip(bundle["entry"], again["entry"], strict=True):
        a, b = dict(ours["resource"]), dict(theirs["resource"])
        a.pop("text"), b.pop("text")  # XHTML comes back with character references
        assert a == b


# -- sending and Acknowledgements ----------------------------------------------------------------

def _drop_ack(inbox: Path, original: dict[str, Any], code: str, name: str) -> Path:
    ack = acknowledgement(original, code)
    assert invariant_failures(ack, "acknowledgement") == []
    assert bundle_problems(ack) == []
    clinic_ean = original["entry"][-2]["resource"]["identifier"][1]["value"]
    data = env.wrap(env.Envelope(sender_ean="2000000000022", receiver_ean=clinic_ean,
                                 envelope_id="6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                                 sent="2026-03-10T10:05:00+01:00",
                                 message_id=ack["entry"][0]["resource"]["id"],
                                 mime="application/fhir+xml", data=to_xml_bytes(ack)))
    path = inbox / name
    path.write_bytes(data)
    return path


def _sent_bundle(message: db.MedcomMessage) -> dict[str, Any]:
    envelope = env.unwrap(Path(message.file).read_bytes())
    assert envelope.mime == "application/fhir+xml"
    assert envelope.name == "MCM:FDIS91#regarding-referral"
    return from_bytes(envelope.data)


def test_send_writes_one_envelope_and_refuses_a_duplicate(store, demo, tmp_path) -> None:
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    sent = send(store, demo[1][1], outbox=outbox)
    files = list(outbox.iterdir())
    assert [p.name for p in files] == [f"{sent.id}.xml"]
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    bundle = _sent_bundle(sent)
    assert bundle["entry"][0]["resource"]["id"] == sent.id
    assert invariant_failures(bundle) == []
    with pytest.raises(MedcomRefusal) as err:
        send(store, demo[1][1], outbox=outbox)
    assert err.value.reason == "already_sent"
    assert len(list(outbox.iterdir())) == 1


def test_ok_and_fatal_error_change_the_status(store, demo, tmp_path) -> None:
    outbox, inbox = tmp_path / "outbox", tmp_path / "inbox"
    outbox.mkdir()
    inbox.mkdir()
    episode = demo[1][1]
    first = send(store, episode, outbox=outbox)
    _drop_ack(inbox, _sent_bundle(first), "fatal-error", "ack1.xml")
    results = read_inbox(store, inbox)
    assert [(r.outcome, r.code) for r in results] == [("applied", "fatal-error")]
    failed = store.medcom_message(first.id)
    assert failed is not None and failed.status == "failed"
    assert "mailbox is temporary out of operation" in failed.error
    assert not (inbox / "ack1.xml").exists() and (inbox / "processed" / "ack1.xml").exists()
    # a resend after a fatal error is a new message that names the failed one
    second = send(store, episode, outbox=outbox)
    assert second.id != first.id and second.previous_id == first.id
    bundle = _sent_bundle(second)
    entities = _resources(bundle, "Provenance")[0]["entity"]
    assert {"role": "revision", "what": {"reference": f"MessageHeader/{first.id}"}} in entities
    assert invariant_failures(bundle) == []
    _drop_ack(inbox, bundle, "ok", "ack2.xml")
    read_inbox(store, inbox)
    done = store.medcom_message(second.id)
    assert done is not None and done.status == "acknowledged"
    actions = [e.detail for e in store.audit_events(limit=50) if e.action == "medcom"]
    assert any("fatal-error" in d for d in actions) and any("acknowledgement ok" in d
                                                            for d in actions)


def test_transient_error_can_be_sent_again_unchanged(store, demo, tmp_path) -> None:
    from lbp_desktop.interop.medcom.send import resend_unchanged

    outbox, inbox = tmp_path / "outbox", tmp_path / "inbox"
    outbox.mkdir()
    inbox.mkdir()
    first = send(store, demo[1][1], outbox=outbox)
    _drop_ack(inbox, _sent_bundle(first), "transient-error", "ack.json.xml")
    read_inbox(store, inbox)
    again = resend_unchanged(store, first.id, outbox=outbox)
    assert again.id == first.id and again.status == "sent"
    assert again.envelope_id != first.envelope_id
    assert env.unwrap(Path(again.file).read_bytes()).data == \
        env.unwrap(Path(first.file).read_bytes()).data


def test_acknowledgement_read_from_bare_json(store, demo, tmp_path) -> None:
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    sent = send(store, demo[1][1], outbox=outbox)
    ack = acknowledgement(_sent_bundle(sent), "fatal-error", error="MSG_Element_To_Long")
    parsed = read_acknowledgement(json.dumps(ack).encode())
    assert (parsed.message_header_id, parsed.code) == (sent.id, "fatal-error")
    assert parsed.error_text == "The value of the element is to long (MSG_Element_To_Long)"


def test_episodes_json_shows_the_acknowledged_letter(demo, tmp_path) -> None:
    path = tmp_path / "demo.db"
    path.write_bytes(demo[0].read_bytes())
    outbox, inbox = tmp_path / "outbox", tmp_path / "inbox"
    outbox.mkdir()
    inbox.mkdir()
    episode = demo[1][1]
    with Store.open(path, None, plaintext=True) as store:
        store.set_medcom_folders(str(outbox), str(inbox))
        sent = send(store, episode)
    _drop_ack(inbox, _sent_bundle(sent), "ok", "ack.xml")
    proc = _cli("episodes", "--db", str(path), "--plaintext", "--json")
    assert proc.returncode == 0, proc.stderr
    item = next(i for i in json.loads(proc.stdout) if i["episode_id"] == episode)
    assert item["medcom"]["state"] == "acknowledged"
    assert item["medcom"]["message_id"] == sent.id
    other = next(i for i in json.loads(proc.stdout) if i["episode_id"] == demo[1][3])
    assert other["medcom"] is None  # no approved GP letter: nothing to send


def test_outbox_write_leaves_no_partial_file(tmp_path, monkeypatch) -> None:
    from lbp_desktop.interop.medcom import files

    def broken_replace(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(files.FolderError):
        files.write_atomic(tmp_path / "m.xml", b"<x/>")
    assert os.listdir(tmp_path) == []


def test_cli_send_then_read_inbox(demo, tmp_path) -> None:
    path = tmp_path / "demo.db"
    path.write_bytes(demo[0].read_bytes())
    outbox, inbox = tmp_path / "outbox", tmp_path / "inbox"
    outbox.mkdir()
    inbox.mkdir()
    episode = demo[1][1]
    base = ("medcom", "--db", str(path), "--plaintext")
    proc = _cli(*base, "--episode", episode, "--send", "--outbox", str(outbox))
    assert proc.returncode == 0, proc.stderr
    again = _cli(*base, "--episode", episode, "--send", "--outbox", str(outbox))
    assert again.returncode != 0 and "already been sent" in again.stderr
    [written] = list(outbox.iterdir())
    original = from_bytes(env.unwrap(written.read_bytes()).data)
    (inbox / "ack.json").write_text(json.dumps(acknowledgement(original, "ok")), "utf-8")
    (inbox / "other.xml").write_bytes(b"<not-a-message/>")
    proc = _cli(*base, "--read-inbox", "--inbox", str(inbox))
    assert proc.returncode == 0, proc.stderr
    assert "ack.json: applied ok" in proc.stdout and "other.xml: unreadable" in proc.stdout
    assert (inbox / "other.xml").exists() and not (inbox / "ack.json").exists()
    with Store.open(path, None, plaintext=True) as store:
        assert store.medcom_messages_for_episode(episode)[0].status == "acknowledged"


def test_a_handled_acute_flag_allows_sending_until_a_new_acute_answer(store, demo) -> None:
    episode = demo[1][2]
    with pytest.raises(MedcomRefusal) as err:
        build_for_episode(store, episode)
    assert err.value.reason == "acute"
    store.actor_id = next(u.id for u in store.users() if u.username == "demo")
    store.record_acute_handling(episode, "Undersøgt: ingen tegn på cauda equina; informeret om "
                                         "at henvende sig akut ved forværring.")
    bundle = build_for_episode(store, episode)
    assert invariant_failures(bundle) == []
    response = store.start_response(episode, "ulrus")
    store.record_answer(response.id, "redflags", "bladder_bowel", 1)  # a new acute answer
    with pytest.raises(MedcomRefusal) as err:
        build_for_episode(store, episode)
    assert err.value.reason == "acute"
