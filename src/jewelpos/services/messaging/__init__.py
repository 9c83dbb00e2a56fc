"""Messages to customers: the outbox, templates, gateways, the sender and automatic messages."""
