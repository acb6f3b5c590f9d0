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
    from ..models.graphql_result_data import GraphqlResultData
    from ..models.graphql_result_errors_item import GraphqlResultErrorsItem

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, GraphqlResultData, GraphqlResultErrorsItem
    from ..models.graphql_result_data import GraphqlResultData  # noqa: PLC0415
    from ..models.graphql_result_errors_item import GraphqlResultErrorsItem  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="GraphqlResult")


_KNOWN_KEYS = frozenset(
    {
        "data",
        "errors",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class GraphqlResult:
    """
    Attributes:
        data (GraphqlResultData | Unset):
        errors (list[GraphqlResultErrorsItem] | Unset):
    """

    data: GraphqlResultData | Unset = UNSET
    errors: list[GraphqlResultErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is GraphqlResult:
            graphql_result = _new_instance(cls)
            _data = d.get("data", UNSET)
            if _data is UNSET:
                graphql_result.data = UNSET
            else:
                data = _new_instance(GraphqlResultData)
                data.additional_properties = (
                    {**_data} if builtins.type(_data) is dict else dict(_data)
                )
                graphql_result.data = data

            _errors = d.get("errors", UNSET)
            errors: list[GraphqlResultErrorsItem] | Unset = UNSET
            if _errors is not UNSET:
                _parse_errors = GraphqlResultErrorsItem.from_dict
                errors = [_parse_errors(item) for item in _errors]

            graphql_result.errors = errors

            if (
                builtins.len(d) + (graphql_result.data is UNSET) + (graphql_result.errors is UNSET)
                > 2
            ):
                graphql_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                graphql_result.additional_properties = {}
            return graphql_result

        _data = d.get("data", UNSET)
        data: GraphqlResultData | Unset
        if _data is UNSET:
            data = UNSET
        else:
            data = GraphqlResultData.from_dict(_data)

        _errors = d.get("errors", UNSET)
        errors: list[GraphqlResultErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            _parse_errors = GraphqlResultErrorsItem.from_dict
            errors = [_parse_errors(item) for item in _errors]

        graphql_result = cls(
            data,
            errors,
        )

        if builtins.len(d) + (data is UNSET) + (errors is UNSET) > 2:
            graphql_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return graphql_result

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
