"""A metaclass for Qt widgets with abstract methods (abc.abstractmethod).

Shiboken's widget type does not check abstract methods when a widget is made, so a subclass
that forgot a hook would only fail when the hook is first called. This metaclass refuses
to make such a widget, as abc does for plain classes.
"""

from __future__ import annotations

from abc import ABCMeta

from PySide6.QtWidgets import QWidget


class AbstractWidgetMeta(ABCMeta, type(QWidget)):
    def __call__(cls, *args, **kwargs):
        missing = getattr(cls, "__abstractmethods__", frozenset())
        if missing:
            raise TypeError(f"{cls.__name__} does not implement {', '.join(sorted(missing))}")
        return super().__call__(*args, **kwargs)
