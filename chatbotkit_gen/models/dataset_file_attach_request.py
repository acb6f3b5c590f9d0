from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import Literal

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetFileAttachRequest")


_KNOWN_KEYS = frozenset(
    {
        "type",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetFileAttachRequest:
    """
    Attributes:
        type (Literal['source'] | Unset):
    """

    type: Literal["source"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFileAttachRequest:
            dataset_file_attach_request = _new_instance(cls)
            type = d.get("type", UNSET)
            if type != "source" and not isinstance(type, Unset):
                raise ValueError(f"type must match const 'source', got '{type}'")
            dataset_file_attach_request.type = type

            if builtins.len(d) + (dataset_file_attach_request.type is UNSET) > 1:
                dataset_file_attach_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                dataset_file_attach_request.additional_properties = {}
            return dataset_file_attach_request

        type = d.get("type", UNSET)
        if type != "source" and not isinstance(type, Unset):
            raise ValueError(f"type must match const 'source', got '{type}'")

        dataset_file_attach_request = cls(
            type,
        )

        if builtins.len(d) + (type is UNSET) > 1:
            dataset_file_attach_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dataset_file_attach_request

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
