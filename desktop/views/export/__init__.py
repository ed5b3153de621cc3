"""The export of all data about one person: it composes parts of several features, like the shell."""
