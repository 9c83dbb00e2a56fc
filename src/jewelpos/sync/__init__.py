"""Counter <-> head office sync: wire protocol, push/pull client, background worker, state."""
