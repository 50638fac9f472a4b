"""Reusable widgets the pages and dialogs share."""
