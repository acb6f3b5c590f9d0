from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitiateGooglechatBody")


@_attrs_define
class InitiateGooglechatBody:
    """
    Attributes:
        text (str):
        space (str | Unset):
    """

    text: str
    space: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        space = self.space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if space is not UNSET:
            field_dict["space"] = space

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _text_raw = d.pop("text", UNSET)
        if isinstance(_text_raw, Unset):
            text = UNSET
        else:
            text = _text_raw

        space = d.pop("space", UNSET)

        initiate_googlechat_body = cls(
            text=text,
            space=space,
        )

        initiate_googlechat_body.additional_properties = d
        return initiate_googlechat_body

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
