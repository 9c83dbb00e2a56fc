"""Qt table models over the frozen dataclasses the services return."""
