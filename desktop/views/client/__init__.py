"""One client's record: the editor, its form, the household and consent."""
