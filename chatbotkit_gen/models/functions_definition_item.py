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
    from ..models.functions_definition_item_call import FunctionsDefinitionItemCall
    from ..models.functions_definition_item_parameters import (
        FunctionsDefinitionItemParameters,
    )
    from ..models.functions_definition_item_result_option_1 import (
        FunctionsDefinitionItemResultOption1,
    )
    from ..models.functions_definition_item_result_option_2 import (
        FunctionsDefinitionItemResultOption2,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global \
        _lazy_imports_done, \
        FunctionsDefinitionItemCall, \
        FunctionsDefinitionItemParameters, \
        FunctionsDefinitionItemResultOption1, \
        FunctionsDefinitionItemResultOption2
    from ..models.functions_definition_item_call import FunctionsDefinitionItemCall  # noqa: PLC0415
    from ..models.functions_definition_item_parameters import (
        FunctionsDefinitionItemParameters,  # noqa: PLC0415
    )
    from ..models.functions_definition_item_result_option_1 import (
        FunctionsDefinitionItemResultOption1,  # noqa: PLC0415
    )
    from ..models.functions_definition_item_result_option_2 import (
        FunctionsDefinitionItemResultOption2,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="FunctionsDefinitionItem")


_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "parameters",
        "result",
        "call",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class FunctionsDefinitionItem:
    """
    Attributes:
        name (str):
        description (str):
        parameters (FunctionsDefinitionItemParameters):
        result (FunctionsDefinitionItemResultOption1 | FunctionsDefinitionItemResultOption2 | Unset):
        call (FunctionsDefinitionItemCall | Unset):
    """

    name: str
    description: str
    parameters: FunctionsDefinitionItemParameters
    result: FunctionsDefinitionItemResultOption1 | FunctionsDefinitionItemResultOption2 | Unset = (
        UNSET
    )
    call: FunctionsDefinitionItemCall | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if isinstance(self.parameters, Unset):
            parameters = UNSET
        else:
            parameters = self.parameters.to_dict()

        result: dict[str, Any] | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, FunctionsDefinitionItemResultOption1):
            result = self.result.to_dict()
        else:
            result = self.result.to_dict()

        call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if result is not UNSET:
            field_dict["result"] = result
        if call is not UNSET:
            field_dict["call"] = call

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is FunctionsDefinitionItem:
            functions_definition_item = _new_instance(cls)
            functions_definition_item.name = d.pop("name", UNSET)

            functions_definition_item.description = d.pop("description", UNSET)

            _parameters_raw = d.pop("parameters", UNSET)
            if _parameters_raw is UNSET:
                functions_definition_item.parameters = UNSET
            else:
                parameters = FunctionsDefinitionItemParameters.from_dict(_parameters_raw)

                functions_definition_item.parameters = parameters

            def _parse_result(
                data: object,
            ) -> (
                FunctionsDefinitionItemResultOption1 | FunctionsDefinitionItemResultOption2 | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    result_type_0 = FunctionsDefinitionItemResultOption1.from_dict(data)

                    return result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_1 = FunctionsDefinitionItemResultOption2.from_dict(data)

                return result_type_1

            result = _parse_result(d.pop("result", UNSET))

            functions_definition_item.result = result

            _call = d.pop("call", UNSET)
            call: FunctionsDefinitionItemCall | Unset
            if _call is UNSET:
                call = UNSET
            else:
                call = FunctionsDefinitionItemCall.from_dict(_call)

            functions_definition_item.call = call

            functions_definition_item.additional_properties = {**d} if d else {}
            return functions_definition_item

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _parameters_raw = d.get("parameters", UNSET)
        if _parameters_raw is UNSET:
            parameters = UNSET
        else:
            parameters = FunctionsDefinitionItemParameters.from_dict(_parameters_raw)

        def _parse_result(
            data: object,
        ) -> FunctionsDefinitionItemResultOption1 | FunctionsDefinitionItemResultOption2 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = FunctionsDefinitionItemResultOption1.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            result_type_1 = FunctionsDefinitionItemResultOption2.from_dict(data)

            return result_type_1

        result = _parse_result(d.get("result", UNSET))

        _call = d.get("call", UNSET)
        call: FunctionsDefinitionItemCall | Unset
        if _call is UNSET:
            call = UNSET
        else:
            call = FunctionsDefinitionItemCall.from_dict(_call)

        functions_definition_item = cls(
            name,
            description,
            parameters,
            result,
            call,
        )

        if not _KNOWN_KEYS.issuperset(d):
            functions_definition_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return functions_definition_item

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
