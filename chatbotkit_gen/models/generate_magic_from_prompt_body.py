from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_magic_from_prompt_body_props import (
        GenerateMagicFromPromptBodyProps,
    )


T = TypeVar("T", bound="GenerateMagicFromPromptBody")


@_attrs_define
class GenerateMagicFromPromptBody:
    """
    Attributes:
        text (str):
        props (GenerateMagicFromPromptBodyProps | Unset):
        model (str | Unset):
    """

    text: str
    props: GenerateMagicFromPromptBodyProps | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generate_magic_from_prompt_body_props import (
            GenerateMagicFromPromptBodyProps,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _text_raw = d.pop("text", UNSET)
        if isinstance(_text_raw, Unset):
            text = UNSET
        else:
            text = _text_raw

        _props = d.pop("props", UNSET)
        props: GenerateMagicFromPromptBodyProps | Unset
        if isinstance(_props, Unset):
            props = UNSET
        else:
            props = GenerateMagicFromPromptBodyProps.from_dict(_props)

        model = d.pop("model", UNSET)

        generate_magic_from_prompt_body = cls(
            text=text,
            props=props,
            model=model,
        )

        generate_magic_from_prompt_body.additional_properties = d
        return generate_magic_from_prompt_body

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
