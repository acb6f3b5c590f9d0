from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graphql_response_200_data import GraphqlResponse200Data
    from ..models.graphql_response_200_errors_item import GraphqlResponse200ErrorsItem

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, GraphqlResponse200Data, GraphqlResponse200ErrorsItem
    from ..models.graphql_response_200_data import GraphqlResponse200Data  # noqa: PLC0415
    from ..models.graphql_response_200_errors_item import GraphqlResponse200ErrorsItem  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="GraphqlResponse200")


_KNOWN_KEYS = frozenset(
    {
        "data",
        "errors",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class GraphqlResponse200:
    """
    Attributes:
        data (GraphqlResponse200Data | Unset):
        errors (list[GraphqlResponse200ErrorsItem] | Unset):
    """

    data: GraphqlResponse200Data | Unset = UNSET
    errors: list[GraphqlResponse200ErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _data = d.get("data", UNSET)
        data: GraphqlResponse200Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = GraphqlResponse200Data.from_dict(_data)

        _errors = d.get("errors", UNSET)
        errors: list[GraphqlResponse200ErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = GraphqlResponse200ErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        graphql_response_200 = cls(
            data,
            errors,
        )

        if not _KNOWN_KEYS.issuperset(d):
            graphql_response_200.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return graphql_response_200

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
