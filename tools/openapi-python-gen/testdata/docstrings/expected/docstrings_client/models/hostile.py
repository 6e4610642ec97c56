from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class Hostile:
    """Ends the string \"\"\" then ''' and a backslash \\ and a nul \x00 and

        indented    line \"\"\"
    import os; os.system('x') #

    Attributes:
        field: ends with a quote \"
    """

    field: str = '"""; import os'
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["field"] = self.field
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Hostile:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            field=data.pop("field", '"""; import os'),
        )
        obj.additional_properties = data
        return obj
