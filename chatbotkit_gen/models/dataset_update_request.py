from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..models.dataset_visibility import DatasetVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="DatasetUpdateRequest")


_KNOWN_KEYS = frozenset(
    {
        "alias",
        "name",
        "description",
        "meta",
        "blueprintId",
        "reranker",
        "recordMaxTokens",
        "searchMinScore",
        "searchMaxRecords",
        "searchMaxTokens",
        "matchInstruction",
        "mismatchInstruction",
        "separators",
        "visibility",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetUpdateRequest:
    """
    Attributes:
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        reranker (str | Unset):
        record_max_tokens (float | Unset):
        search_min_score (float | Unset):
        search_max_records (float | Unset):
        search_max_tokens (float | Unset):
        match_instruction (str | Unset):
        mismatch_instruction (str | Unset):
        separators (str | Unset):
        visibility (DatasetVisibility | Unset):
    """

    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    reranker: str | Unset = UNSET
    record_max_tokens: float | Unset = UNSET
    search_min_score: float | Unset = UNSET
    search_max_records: float | Unset = UNSET
    search_max_tokens: float | Unset = UNSET
    match_instruction: str | Unset = UNSET
    mismatch_instruction: str | Unset = UNSET
    separators: str | Unset = UNSET
    visibility: DatasetVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        alias = self.alias

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        blueprint_id = self.blueprint_id

        reranker = self.reranker

        record_max_tokens = self.record_max_tokens

        search_min_score = self.search_min_score

        search_max_records = self.search_max_records

        search_max_tokens = self.search_max_tokens

        match_instruction = self.match_instruction

        mismatch_instruction = self.mismatch_instruction

        separators = self.separators

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if alias is not UNSET:
            field_dict["alias"] = alias
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if reranker is not UNSET:
            field_dict["reranker"] = reranker
        if record_max_tokens is not UNSET:
            field_dict["recordMaxTokens"] = record_max_tokens
        if search_min_score is not UNSET:
            field_dict["searchMinScore"] = search_min_score
        if search_max_records is not UNSET:
            field_dict["searchMaxRecords"] = search_max_records
        if search_max_tokens is not UNSET:
            field_dict["searchMaxTokens"] = search_max_tokens
        if match_instruction is not UNSET:
            field_dict["matchInstruction"] = match_instruction
        if mismatch_instruction is not UNSET:
            field_dict["mismatchInstruction"] = mismatch_instruction
        if separators is not UNSET:
            field_dict["separators"] = separators
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetUpdateRequest:
            dataset_update_request = _new_instance(cls)
            dataset_update_request.alias = d.pop("alias", UNSET)

            dataset_update_request.name = d.pop("name", UNSET)

            dataset_update_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                dataset_update_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                dataset_update_request.meta = meta

            dataset_update_request.blueprint_id = d.pop("blueprintId", UNSET)

            dataset_update_request.reranker = d.pop("reranker", UNSET)

            dataset_update_request.record_max_tokens = d.pop("recordMaxTokens", UNSET)

            dataset_update_request.search_min_score = d.pop("searchMinScore", UNSET)

            dataset_update_request.search_max_records = d.pop("searchMaxRecords", UNSET)

            dataset_update_request.search_max_tokens = d.pop("searchMaxTokens", UNSET)

            dataset_update_request.match_instruction = d.pop("matchInstruction", UNSET)

            dataset_update_request.mismatch_instruction = d.pop("mismatchInstruction", UNSET)

            dataset_update_request.separators = d.pop("separators", UNSET)

            _visibility = d.pop("visibility", UNSET)
            visibility: DatasetVisibility | Unset
            if isinstance(_visibility, Unset):
                visibility = UNSET
            else:
                try:
                    visibility = DatasetVisibility._value2member_map_[_visibility]
                except (KeyError, TypeError):
                    visibility = DatasetVisibility(_visibility)

            dataset_update_request.visibility = visibility

            dataset_update_request.additional_properties = {**d} if d else {}
            return dataset_update_request

        alias = d.get("alias", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        blueprint_id = d.get("blueprintId", UNSET)

        reranker = d.get("reranker", UNSET)

        record_max_tokens = d.get("recordMaxTokens", UNSET)

        search_min_score = d.get("searchMinScore", UNSET)

        search_max_records = d.get("searchMaxRecords", UNSET)

        search_max_tokens = d.get("searchMaxTokens", UNSET)

        match_instruction = d.get("matchInstruction", UNSET)

        mismatch_instruction = d.get("mismatchInstruction", UNSET)

        separators = d.get("separators", UNSET)

        _visibility = d.get("visibility", UNSET)
        visibility: DatasetVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            try:
                visibility = DatasetVisibility._value2member_map_[_visibility]
            except (KeyError, TypeError):
                visibility = DatasetVisibility(_visibility)

        dataset_update_request = cls(
            alias,
            name,
            description,
            meta,
            blueprint_id,
            reranker,
            record_max_tokens,
            search_min_score,
            search_max_records,
            search_max_tokens,
            match_instruction,
            mismatch_instruction,
            separators,
            visibility,
        )

        if not _KNOWN_KEYS.issuperset(d):
            dataset_update_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dataset_update_request

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
