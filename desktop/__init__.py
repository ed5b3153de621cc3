"""The Ketenplan desktop client."""
