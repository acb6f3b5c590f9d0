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
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="DatasetRecordCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "text",
        "source",
        "meta",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetRecordCreateRequest:
    """
    Attributes:
        text (str):
        source (str | Unset):
        meta (Meta | Unset):
    """

    text: str
    source: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        source = self.source

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if source is not UNSET:
            field_dict["source"] = source
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetRecordCreateRequest:
            dataset_record_create_request = _new_instance(cls)
            dataset_record_create_request.text = d.get("text", UNSET)

            dataset_record_create_request.source = d.get("source", UNSET)

            _meta = d.get("meta", UNSET)
            if _meta is UNSET:
                dataset_record_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                dataset_record_create_request.meta = meta

            if (
                builtins.len(d)
                + (dataset_record_create_request.text is UNSET)
                + (dataset_record_create_request.source is UNSET)
                + (dataset_record_create_request.meta is UNSET)
                > 3
            ):
                dataset_record_create_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                dataset_record_create_request.additional_properties = {}
            return dataset_record_create_request

        text = d.get("text", UNSET)

        source = d.get("source", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        dataset_record_create_request = cls(
            text,
            source,
            meta,
        )

        if builtins.len(d) + (text is UNSET) + (source is UNSET) + (meta is UNSET) > 3:
            dataset_record_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dataset_record_create_request

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
