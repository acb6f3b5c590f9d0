from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_visibility import DatasetVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="FetchDatasetResponse200")


@_attrs_define
class FetchDatasetResponse200:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        store (str):
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

    id: str
    created_at: float
    updated_at: float
    store: str
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

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

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
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if store is not UNSET:
            field_dict["store"] = store
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        _id_raw = d.pop("id", UNSET)
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = _id_raw

        _created_at_raw = d.pop("createdAt", UNSET)
        if isinstance(_created_at_raw, Unset):
            created_at = UNSET
        else:
            created_at = _created_at_raw

        _updated_at_raw = d.pop("updatedAt", UNSET)
        if isinstance(_updated_at_raw, Unset):
            updated_at = UNSET
        else:
            updated_at = _updated_at_raw

        _store_raw = d.pop("store", UNSET)
        if isinstance(_store_raw, Unset):
            store = UNSET
        else:
            store = _store_raw

        alias = d.pop("alias", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        blueprint_id = d.pop("blueprintId", UNSET)

        reranker = d.pop("reranker", UNSET)

        record_max_tokens = d.pop("recordMaxTokens", UNSET)

        search_min_score = d.pop("searchMinScore", UNSET)

        search_max_records = d.pop("searchMaxRecords", UNSET)

        search_max_tokens = d.pop("searchMaxTokens", UNSET)

        match_instruction = d.pop("matchInstruction", UNSET)

        mismatch_instruction = d.pop("mismatchInstruction", UNSET)

        separators = d.pop("separators", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: DatasetVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = DatasetVisibility(_visibility)

        fetch_dataset_response_200 = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            store=store,
            alias=alias,
            name=name,
            description=description,
            meta=meta,
            blueprint_id=blueprint_id,
            reranker=reranker,
            record_max_tokens=record_max_tokens,
            search_min_score=search_min_score,
            search_max_records=search_max_records,
            search_max_tokens=search_max_tokens,
            match_instruction=match_instruction,
            mismatch_instruction=mismatch_instruction,
            separators=separators,
            visibility=visibility,
        )

        fetch_dataset_response_200.additional_properties = d
        return fetch_dataset_response_200

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
