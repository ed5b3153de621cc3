"""The conversations with a client: what the handover and the intake share, and each of them."""
