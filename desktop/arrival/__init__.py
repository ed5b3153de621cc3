"""The contact card: a person's contacts and the services referred to, with a map, as a PDF."""
