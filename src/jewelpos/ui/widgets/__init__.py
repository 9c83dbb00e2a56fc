"""Small reusable widgets: field errors, the message bar, big numbers."""
