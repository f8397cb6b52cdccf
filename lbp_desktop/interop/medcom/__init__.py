"""MedCom CareCommunication (*Korrespondancemeddelelse*): the approved GP letter sent the Danish
way, as a FHIR R4 message in a VANS envelope, and MedCom Acknowledgements read back.

Qt-free. ``message`` builds the Bundle from plain data, ``serialize`` writes FHIR XML/JSON,
``envelope`` the VANS envelope, ``ack`` reads Acknowledgements, ``files`` the outbox/inbox.
``docs/interop/medcom.md`` says which MedCom profile versions are followed and why.
"""
