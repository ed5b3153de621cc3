"""The main window and what wires the features together: navigation, lock, unlock, sign-in,
settings, passphrase set-up, the client workspace.
"""
