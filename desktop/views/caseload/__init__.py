"""The caseload: the list of one's clients with their deadlines."""
