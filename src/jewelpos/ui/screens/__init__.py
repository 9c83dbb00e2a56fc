"""Screens shown in the main window: each gets its services and the task runner in __init__."""
