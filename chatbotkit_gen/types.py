"""Contains some shared types for properties"""

from collections.abc import Mapping
from typing import IO, Any, BinaryIO, Literal

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        # chatbotkit: pickled and copied as the module's UNSET, so `is UNSET` holds afterwards
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def set_fields_repr(model: Any) -> str:
    """``Bot(id='b1', name='Support')``: a model's repr without its UNSET fields."""
    shown = []
    for field in fields(model.__class__):
        value = getattr(model, field.name)
        if value is UNSET or (field.name == "additional_properties" and not value):
            continue
        shown.append(f"{field.name}={value!r}")
    return f"{model.__class__.__name__}({', '.join(shown)})"


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Unset", "set_fields_repr"]
