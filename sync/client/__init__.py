"""The device's side of sync: the engine, its link to the server, and the replica it works against."""
