"""Dialogs: first-run setup, login, settings, piece detail."""
