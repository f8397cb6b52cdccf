"""The MedCom canonical URLs, code systems and versions this package writes (one place).

Followed version (see ``docs/interop/medcom.md`` for why): MedCom CareCommunication **5.0.4**
(``medcom.fhir.dk.carecommunication``), which builds on MedCom Core 3.0.1, MedCom Messaging 4.0.2
and MedCom Terminology 2.0.1, all on FHIR R4 (4.0.1). The MessageHeader's ``definition`` names the
MessageDefinition of CareCommunication **5.0** (major.minor, as the profile's invariant requires).
"""

from __future__ import annotations

IG_VERSION = "5.0.4"
DEFINITION = ("http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/"
              "MedComCareCommunicationMessageDefinition|5.0")

_CC = "http://medcomfhir.dk/ig/carecommunication/StructureDefinition/"
_CORE = "http://medcomfhir.dk/ig/core/StructureDefinition/"
_MSG = "http://medcomfhir.dk/ig/messaging/StructureDefinition/"
_TERM = "http://medcomfhir.dk/ig/terminology/CodeSystem/"

PROFILE = {
    "Bundle": _CC + "medcom-careCommunication-message",
    "MessageHeader": _CC + "medcom-careCommunication-messageHeader",
    "Communication": _CC + "medcom-careCommunication-communication",
    "Provenance": _CC + "medcom-careCommunication-provenance",
    "Patient": _CORE + "medcom-core-patient",
    "Practitioner": _CORE + "medcom-core-practitioner",
    "PractitionerRole": _CORE + "medcom-core-practitionerrole",
    "Organization": _MSG + "medcom-messaging-organization",
}

EXT_DATETIME = _CORE + "medcom-core-datetime-extension"
EXT_IDENTIFIER = _CORE + "medcom-core-identifier-extension"
EXT_AUTHOR = _CORE + "medcom-core-practitioner-extension"
EXT_CONTACT = _CORE + "medcom-core-contact-extension"
EXT_DESTINATION_USE = _MSG + "medcom-messaging-destinationUseExtension"

EVENT_SYSTEM = _TERM + "medcom-messaging-eventCodes"
EVENT_CARE_COMMUNICATION = "care-communication-message"
EVENT_ACKNOWLEDGEMENT = "acknowledgement-message"
DESTINATION_USE_SYSTEM = _TERM + "medcom-messaging-destinationUse"
ACTIVITY_SYSTEM = _TERM + "medcom-messaging-activityCodes"
CATEGORY_SYSTEM = _TERM + "medcom-careCommunication-categoryCodes"
ROLE_SYSTEM = _TERM + "medcom-core-PractitionerRolesSKSadministrativ"
ACK_ERROR_SYSTEM = _TERM + "medcom-acknowledgement-error-codes"

CATEGORY = "regarding-referral"
"""*Vedrørende henvisning*: the letter answers the GP's referral to the extended assessment. No
priority is set (MedCom allows one only for this category, and only when it is ASAP)."""

SOR_ENDPOINT = "https://sor2.sum.dsdn.dk/#id={sor}"
"""MessageHeader endpoints are the organisation's SOR entry, as in MedCom's examples."""

# VANS envelope (MedCom Core, "Enclosing envelope for FHIR messages"): CareCommunication travels as
# document format HL7, name MCM:FDIS91 with the category as statistical postfix, version 1.0.
VANS_NAMESPACE = "urn:oio:medcom:vans-envelope:1.0.4"
VANS_FORMAT = "HL7"
VANS_NAME = f"MCM:FDIS91#{CATEGORY}"
VANS_VERSION = "1.0"
FHIR_XML_MIME = "application/fhir+xml"
FHIR_JSON_MIME = "application/fhir+json"

ROLE_CODES = frozenset({
    "fysioterapeut", "kiropraktor", "ergoterapeut", "psykolog", "speciallaege",
    "speciallaegeipraksis", "sygeplejerske", "laegesekretaer", "socialraadgiver",
})
"""Codes of MedCom's practitioner-role code system (SKS administrative staff classification) that
a clinic using lbp-desktop may have; a profession outside this list is sent as text."""

__all__ = ["ACK_ERROR_SYSTEM", "ACTIVITY_SYSTEM", "CATEGORY", "CATEGORY_SYSTEM", "DEFINITION",
           "DESTINATION_USE_SYSTEM", "EVENT_ACKNOWLEDGEMENT", "EVENT_CARE_COMMUNICATION",
           "EVENT_SYSTEM", "EXT_AUTHOR", "EXT_CONTACT", "EXT_DATETIME", "EXT_DESTINATION_USE",
           "EXT_IDENTIFIER", "FHIR_JSON_MIME", "FHIR_XML_MIME", "IG_VERSION", "PROFILE",
           "ROLE_CODES", "ROLE_SYSTEM", "SOR_ENDPOINT", "VANS_FORMAT", "VANS_NAME",
           "VANS_NAMESPACE", "VANS_VERSION"]
