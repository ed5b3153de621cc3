"""A client's journey: the stories told about it and how each stage was rated."""
