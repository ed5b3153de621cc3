"""The welcome workshop "Welkom in <gemeente>": sessions, invitations, attendance, the cards."""
