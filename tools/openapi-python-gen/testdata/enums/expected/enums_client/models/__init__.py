"""The data models of the API."""

from .color import Color
from .paint import Paint
from .paint_finish import PaintFinish
from .size import Size

__all__ = [
    "Color",
    "Paint",
    "PaintFinish",
    "Size",
]
