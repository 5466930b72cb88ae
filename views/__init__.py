"""Small view helpers for app.py: inputs, answer, breakdown, charts, texts. No business rules here."""
