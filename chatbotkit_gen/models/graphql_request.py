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
    from ..models.graphql_request_variables import GraphqlRequestVariables

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, GraphqlRequestVariables
    from ..models.graphql_request_variables import GraphqlRequestVariables  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="GraphqlRequest")


_KNOWN_KEYS = frozenset(
    {
        "query",
        "variables",
        "operationName",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class GraphqlRequest:
    """
    Attributes:
        query (str):
        variables (GraphqlRequestVariables | Unset):
        operation_name (str | Unset):
    """

    query: str
    variables: GraphqlRequestVariables | Unset = UNSET
    operation_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        operation_name = self.operation_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if query is not UNSET:
            field_dict["query"] = query
        if variables is not UNSET:
            field_dict["variables"] = variables
        if operation_name is not UNSET:
            field_dict["operationName"] = operation_name

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is GraphqlRequest:
            graphql_request = _new_instance(cls)
            graphql_request.query = d.get("query", UNSET)

            _variables = d.get("variables", UNSET)
            if _variables is UNSET:
                graphql_request.variables = UNSET
            else:
                variables = _new_instance(GraphqlRequestVariables)
                variables.additional_properties = (
                    {**_variables} if builtins.type(_variables) is dict else dict(_variables)
                )
                graphql_request.variables = variables

            graphql_request.operation_name = d.get("operationName", UNSET)

            if (
                builtins.len(d)
                + (graphql_request.query is UNSET)
                + (graphql_request.variables is UNSET)
                + (graphql_request.operation_name is UNSET)
                > 3
            ):
                graphql_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                graphql_request.additional_properties = {}
            return graphql_request

        query = d.get("query", UNSET)

        _variables = d.get("variables", UNSET)
        variables: GraphqlRequestVariables | Unset
        if _variables is UNSET:
            variables = UNSET
        else:
            variables = GraphqlRequestVariables.from_dict(_variables)

        operation_name = d.get("operationName", UNSET)

        graphql_request = cls(
            query,
            variables,
            operation_name,
        )

        if (
            builtins.len(d) + (query is UNSET) + (variables is UNSET) + (operation_name is UNSET)
            > 3
        ):
            graphql_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return graphql_request

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
