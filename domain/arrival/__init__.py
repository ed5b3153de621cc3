"""Arrival: the sociale kaart (shaped on Open Referral's HSDS 3.0), referrals to its services,
and the fixed texts of the contact card. Pure Python: the screens, the store and sync build on it."""
