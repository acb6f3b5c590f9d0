from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

_new_instance = object.__new__

from typing import cast

if TYPE_CHECKING:
    from ..models.dataset_filter_value_option_4 import DatasetFilterValueOption4
    from ..models.dataset_filter_value_option_5 import DatasetFilterValueOption5
    from ..models.dataset_filter_value_option_6 import DatasetFilterValueOption6
    from ..models.dataset_filter_value_option_7 import DatasetFilterValueOption7
    from ..models.dataset_filter_value_option_8 import DatasetFilterValueOption8
    from ..models.dataset_filter_value_option_9 import DatasetFilterValueOption9

_lazy_imports_done = False


def _lazy_imports() -> None:
    global \
        _lazy_imports_done, \
        DatasetFilterValueOption4, \
        DatasetFilterValueOption5, \
        DatasetFilterValueOption6, \
        DatasetFilterValueOption7, \
        DatasetFilterValueOption8, \
        DatasetFilterValueOption9
    from ..models.dataset_filter_value_option_4 import DatasetFilterValueOption4  # noqa: PLC0415
    from ..models.dataset_filter_value_option_5 import DatasetFilterValueOption5  # noqa: PLC0415
    from ..models.dataset_filter_value_option_6 import DatasetFilterValueOption6  # noqa: PLC0415
    from ..models.dataset_filter_value_option_7 import DatasetFilterValueOption7  # noqa: PLC0415
    from ..models.dataset_filter_value_option_8 import DatasetFilterValueOption8  # noqa: PLC0415
    from ..models.dataset_filter_value_option_9 import DatasetFilterValueOption9  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="DatasetFilter")


_KNOWN_KEYS = frozenset({})
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetFilter:
    additional_properties: dict[
        str,
        bool
        | DatasetFilterValueOption4
        | DatasetFilterValueOption5
        | DatasetFilterValueOption6
        | DatasetFilterValueOption7
        | DatasetFilterValueOption8
        | DatasetFilterValueOption9
        | float
        | str,
    ] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, DatasetFilterValueOption4):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DatasetFilterValueOption5):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DatasetFilterValueOption6):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DatasetFilterValueOption7):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DatasetFilterValueOption8):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DatasetFilterValueOption9):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFilter:
            dataset_filter = _new_instance(cls)
            additional_properties = {}
            for prop_name, prop_dict in d.items():

                def _parse_additional_property(
                    data: object,
                ) -> (
                    bool
                    | DatasetFilterValueOption4
                    | DatasetFilterValueOption5
                    | DatasetFilterValueOption6
                    | DatasetFilterValueOption7
                    | DatasetFilterValueOption8
                    | DatasetFilterValueOption9
                    | float
                    | str
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_3 = DatasetFilterValueOption4.from_dict(data)

                        return additional_property_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_4 = DatasetFilterValueOption5.from_dict(data)

                        return additional_property_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_5 = DatasetFilterValueOption6.from_dict(data)

                        return additional_property_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_6 = DatasetFilterValueOption7.from_dict(data)

                        return additional_property_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_7 = DatasetFilterValueOption8.from_dict(data)

                        return additional_property_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_8 = DatasetFilterValueOption9.from_dict(data)

                        return additional_property_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        bool
                        | DatasetFilterValueOption4
                        | DatasetFilterValueOption5
                        | DatasetFilterValueOption6
                        | DatasetFilterValueOption7
                        | DatasetFilterValueOption8
                        | DatasetFilterValueOption9
                        | float
                        | str,
                        data,
                    )

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
            dataset_filter.additional_properties = additional_properties

            return dataset_filter

        dataset_filter = cls()

        if d:
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN_KEYS:
                    continue

                def _parse_additional_property(
                    data: object,
                ) -> (
                    bool
                    | DatasetFilterValueOption4
                    | DatasetFilterValueOption5
                    | DatasetFilterValueOption6
                    | DatasetFilterValueOption7
                    | DatasetFilterValueOption8
                    | DatasetFilterValueOption9
                    | float
                    | str
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_3 = DatasetFilterValueOption4.from_dict(data)

                        return additional_property_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_4 = DatasetFilterValueOption5.from_dict(data)

                        return additional_property_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_5 = DatasetFilterValueOption6.from_dict(data)

                        return additional_property_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_6 = DatasetFilterValueOption7.from_dict(data)

                        return additional_property_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_7 = DatasetFilterValueOption8.from_dict(data)

                        return additional_property_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_8 = DatasetFilterValueOption9.from_dict(data)

                        return additional_property_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        bool
                        | DatasetFilterValueOption4
                        | DatasetFilterValueOption5
                        | DatasetFilterValueOption6
                        | DatasetFilterValueOption7
                        | DatasetFilterValueOption8
                        | DatasetFilterValueOption9
                        | float
                        | str,
                        data,
                    )

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
            dataset_filter.additional_properties = additional_properties

        return dataset_filter

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        bool
        | DatasetFilterValueOption4
        | DatasetFilterValueOption5
        | DatasetFilterValueOption6
        | DatasetFilterValueOption7
        | DatasetFilterValueOption8
        | DatasetFilterValueOption9
        | float
        | str
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
        | DatasetFilterValueOption4
        | DatasetFilterValueOption5
        | DatasetFilterValueOption6
        | DatasetFilterValueOption7
        | DatasetFilterValueOption8
        | DatasetFilterValueOption9
        | float
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
