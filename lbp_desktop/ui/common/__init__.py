"""Widgets and helpers shared by the clinician workspace and the app shell."""
