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
    from ..models.extensions_definition_datasets_item import (
        ExtensionsDefinitionDatasetsItem,
    )
    from ..models.extensions_definition_features_item import (
        ExtensionsDefinitionFeaturesItem,
    )
    from ..models.extensions_definition_skillsets_item import (
        ExtensionsDefinitionSkillsetsItem,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global \
        _lazy_imports_done, \
        ExtensionsDefinitionDatasetsItem, \
        ExtensionsDefinitionFeaturesItem, \
        ExtensionsDefinitionSkillsetsItem
    from ..models.extensions_definition_datasets_item import (
        ExtensionsDefinitionDatasetsItem,  # noqa: PLC0415
    )
    from ..models.extensions_definition_features_item import (
        ExtensionsDefinitionFeaturesItem,  # noqa: PLC0415
    )
    from ..models.extensions_definition_skillsets_item import (
        ExtensionsDefinitionSkillsetsItem,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="ExtensionsDefinition")


_KNOWN_KEYS = frozenset(
    {
        "backstory",
        "datasets",
        "skillsets",
        "features",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ExtensionsDefinition:
    """
    Attributes:
        backstory (str | Unset):
        datasets (list[ExtensionsDefinitionDatasetsItem] | Unset):
        skillsets (list[ExtensionsDefinitionSkillsetsItem] | Unset):
        features (list[ExtensionsDefinitionFeaturesItem] | Unset):
    """

    backstory: str | Unset = UNSET
    datasets: list[ExtensionsDefinitionDatasetsItem] | Unset = UNSET
    skillsets: list[ExtensionsDefinitionSkillsetsItem] | Unset = UNSET
    features: list[ExtensionsDefinitionFeaturesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        backstory = self.backstory

        datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

        skillsets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skillsets, Unset):
            skillsets = []
            for skillsets_item_data in self.skillsets:
                skillsets_item = skillsets_item_data.to_dict()
                skillsets.append(skillsets_item)

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if backstory is not UNSET:
            field_dict["backstory"] = backstory
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if skillsets is not UNSET:
            field_dict["skillsets"] = skillsets
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ExtensionsDefinition:
            extensions_definition = _new_instance(cls)
            extensions_definition.backstory = d.get("backstory", UNSET)

            _datasets = d.get("datasets", UNSET)
            datasets: list[ExtensionsDefinitionDatasetsItem] | Unset = UNSET
            if _datasets is not UNSET:
                _parse_datasets = ExtensionsDefinitionDatasetsItem.from_dict
                datasets = [_parse_datasets(item) for item in _datasets]

            extensions_definition.datasets = datasets

            _skillsets = d.get("skillsets", UNSET)
            skillsets: list[ExtensionsDefinitionSkillsetsItem] | Unset = UNSET
            if _skillsets is not UNSET:
                _parse_skillsets = ExtensionsDefinitionSkillsetsItem.from_dict
                skillsets = [_parse_skillsets(item) for item in _skillsets]

            extensions_definition.skillsets = skillsets

            _features = d.get("features", UNSET)
            features: list[ExtensionsDefinitionFeaturesItem] | Unset = UNSET
            if _features is not UNSET:
                _parse_features = ExtensionsDefinitionFeaturesItem.from_dict
                features = [_parse_features(item) for item in _features]

            extensions_definition.features = features

            if (
                builtins.len(d)
                + (extensions_definition.backstory is UNSET)
                + (extensions_definition.datasets is UNSET)
                + (extensions_definition.skillsets is UNSET)
                + (extensions_definition.features is UNSET)
                > 4
            ):
                extensions_definition.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                extensions_definition.additional_properties = {}
            return extensions_definition

        backstory = d.get("backstory", UNSET)

        _datasets = d.get("datasets", UNSET)
        datasets: list[ExtensionsDefinitionDatasetsItem] | Unset = UNSET
        if _datasets is not UNSET:
            _parse_datasets = ExtensionsDefinitionDatasetsItem.from_dict
            datasets = [_parse_datasets(item) for item in _datasets]

        _skillsets = d.get("skillsets", UNSET)
        skillsets: list[ExtensionsDefinitionSkillsetsItem] | Unset = UNSET
        if _skillsets is not UNSET:
            _parse_skillsets = ExtensionsDefinitionSkillsetsItem.from_dict
            skillsets = [_parse_skillsets(item) for item in _skillsets]

        _features = d.get("features", UNSET)
        features: list[ExtensionsDefinitionFeaturesItem] | Unset = UNSET
        if _features is not UNSET:
            _parse_features = ExtensionsDefinitionFeaturesItem.from_dict
            features = [_parse_features(item) for item in _features]

        extensions_definition = cls(
            backstory,
            datasets,
            skillsets,
            features,
        )

        if (
            builtins.len(d)
            + (backstory is UNSET)
            + (datasets is UNSET)
            + (skillsets is UNSET)
            + (features is UNSET)
            > 4
        ):
            extensions_definition.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return extensions_definition

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
