"""The plan of action (PvA): its panel, parts, agreement, route, history, PDF, and my actions."""
