"""The PySide6 shell: kiosk (patient) screens, clinician workspace, shared widgets."""
