from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_replacement import EntityReplacement

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, EntityReplacement
    from ..models.entity_replacement import EntityReplacement  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="Entity")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "begin",
        "end",
        "text",
        "replacement",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class Entity:
    """
    Attributes:
        type (str):
        begin (float):
        end (float):
        text (str):
        replacement (EntityReplacement | Unset):
    """

    type: str
    begin: float
    end: float
    text: str
    replacement: EntityReplacement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        if isinstance(self.begin, Unset):
            begin = UNSET
        else:
            begin = self.begin

        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        replacement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replacement, Unset):
            replacement = self.replacement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
        if begin is not UNSET:
            field_dict["begin"] = begin
        if end is not UNSET:
            field_dict["end"] = end
        if text is not UNSET:
            field_dict["text"] = text
        if replacement is not UNSET:
            field_dict["replacement"] = replacement

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is Entity:
            entity = _new_instance(cls)
            entity.type = d.pop("type", UNSET)

            entity.begin = d.pop("begin", UNSET)

            entity.end = d.pop("end", UNSET)

            entity.text = d.pop("text", UNSET)

            _replacement = d.pop("replacement", UNSET)
            replacement: EntityReplacement | Unset
            if _replacement is UNSET:
                replacement = UNSET
            else:
                replacement = EntityReplacement.from_dict(_replacement)

            entity.replacement = replacement

            entity.additional_properties = {**d} if d else {}
            return entity

        type = d.get("type", UNSET)

        begin = d.get("begin", UNSET)

        end = d.get("end", UNSET)

        text = d.get("text", UNSET)

        _replacement = d.get("replacement", UNSET)
        replacement: EntityReplacement | Unset
        if _replacement is UNSET:
            replacement = UNSET
        else:
            replacement = EntityReplacement.from_dict(_replacement)

        entity = cls(
            type,
            begin,
            end,
            text,
            replacement,
        )

        if not _KNOWN_KEYS.issuperset(d):
            entity.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return entity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
