from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_replacement import EntityReplacement


T = TypeVar("T", bound="Entity")


@_attrs_define
class Entity:
    """
    Attributes:
        type_ (str):
        begin (float):
        end (float):
        text (str):
        replacement (EntityReplacement | Unset):
    """

    type_: str
    begin: float
    end: float
    text: str
    replacement: EntityReplacement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

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
        if type_ is not UNSET:
            field_dict["type"] = type_
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_replacement import EntityReplacement  # noqa: PLC0415

        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if isinstance(_type__raw, Unset):
            type_ = UNSET
        else:
            type_ = _type__raw

        _begin_raw = d.pop("begin", UNSET)
        if isinstance(_begin_raw, Unset):
            begin = UNSET
        else:
            begin = _begin_raw

        _end_raw = d.pop("end", UNSET)
        if isinstance(_end_raw, Unset):
            end = UNSET
        else:
            end = _end_raw

        _text_raw = d.pop("text", UNSET)
        if isinstance(_text_raw, Unset):
            text = UNSET
        else:
            text = _text_raw

        _replacement = d.pop("replacement", UNSET)
        replacement: EntityReplacement | Unset
        if isinstance(_replacement, Unset):
            replacement = UNSET
        else:
            replacement = EntityReplacement.from_dict(_replacement)

        entity = cls(
            type_=type_,
            begin=begin,
            end=end,
            text=text,
            replacement=replacement,
        )

        entity.additional_properties = d
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
