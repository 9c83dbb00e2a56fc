"""The counter's PySide6 user interface: it talks to services only, through the task runner."""
