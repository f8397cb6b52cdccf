"""The clinician workspace: sign-in, worklist, registration, results, examination and plan."""
