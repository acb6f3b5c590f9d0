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
    from ..models.magic_generate_request_props import MagicGenerateRequestProps

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, MagicGenerateRequestProps
    from ..models.magic_generate_request_props import MagicGenerateRequestProps  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="MagicGenerateRequest")


_KNOWN_KEYS = frozenset(
    {
        "text",
        "props",
        "model",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class MagicGenerateRequest:
    """
    Attributes:
        text (str):
        props (MagicGenerateRequestProps | Unset):
        model (str | Unset):
    """

    text: str
    props: MagicGenerateRequestProps | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        props: dict[str, Any] | Unset = UNSET
        if not isinstance(self.props, Unset):
            props = self.props.to_dict()

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if props is not UNSET:
            field_dict["props"] = props
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is MagicGenerateRequest:
            magic_generate_request = _new_instance(cls)
            magic_generate_request.text = d.get("text", UNSET)

            _props = d.get("props", UNSET)
            if _props is UNSET:
                magic_generate_request.props = UNSET
            else:
                props = _new_instance(MagicGenerateRequestProps)
                props.additional_properties = (
                    {**_props} if builtins.type(_props) is dict else dict(_props)
                )
                magic_generate_request.props = props

            magic_generate_request.model = d.get("model", UNSET)

            if (
                builtins.len(d)
                + (magic_generate_request.text is UNSET)
                + (magic_generate_request.props is UNSET)
                + (magic_generate_request.model is UNSET)
                > 3
            ):
                magic_generate_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                magic_generate_request.additional_properties = {}
            return magic_generate_request

        text = d.get("text", UNSET)

        _props = d.get("props", UNSET)
        props: MagicGenerateRequestProps | Unset
        if _props is UNSET:
            props = UNSET
        else:
            props = MagicGenerateRequestProps.from_dict(_props)

        model = d.get("model", UNSET)

        magic_generate_request = cls(
            text,
            props,
            model,
        )

        if builtins.len(d) + (text is UNSET) + (props is UNSET) + (model is UNSET) > 3:
            magic_generate_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return magic_generate_request

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
