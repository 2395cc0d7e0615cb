from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationalMessageDesign")


@_attrs_define
class OperationalMessageDesign:
    """The message's design (`ApiMessageDesign`)."""

    content: None | str | Unset = UNSET
    """ The HTML content, with the placeholders to replace. """
    language_type: None | str | Unset = UNSET
    """ The character encoding, by name (`SystemLanguageType`: `UTF_8`, `Hebrew`, `IBM_EBCDIC_US_Canada`, ... as
    listed by public client code, DF).
     """
    body_part_format: int | None | Unset = UNSET
    """ The body format code (the values are not documented; the official sample uses 1). """
    add_print_button: bool | None | Unset = UNSET
    """ Whether to add a "print" button to the message. """
    template_id: int | None | Unset = UNSET
    """ A template (from "my templates") to build the message from. """
    add_statistics: bool | None | Unset = UNSET
    """ Whether to track the message's statistics (opens and clicks). The wire name has a capital `S`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        language_type: None | str | Unset
        if isinstance(self.language_type, Unset):
            language_type = UNSET
        else:
            language_type = self.language_type

        body_part_format: int | None | Unset
        if isinstance(self.body_part_format, Unset):
            body_part_format = UNSET
        else:
            body_part_format = self.body_part_format

        add_print_button: bool | None | Unset
        if isinstance(self.add_print_button, Unset):
            add_print_button = UNSET
        else:
            add_print_button = self.add_print_button

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        add_statistics: bool | None | Unset
        if isinstance(self.add_statistics, Unset):
            add_statistics = UNSET
        else:
            add_statistics = self.add_statistics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if language_type is not UNSET:
            field_dict["language_type"] = language_type
        if body_part_format is not UNSET:
            field_dict["body_part_format"] = body_part_format
        if add_print_button is not UNSET:
            field_dict["add_print_button"] = add_print_button
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if add_statistics is not UNSET:
            field_dict["add_Statistics"] = add_statistics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content: None | str | Unset = d.pop("content", UNSET)

        language_type: None | str | Unset = d.pop("language_type", UNSET)

        body_part_format: int | None | Unset = d.pop("body_part_format", UNSET)

        add_print_button: bool | None | Unset = d.pop("add_print_button", UNSET)

        template_id: int | None | Unset = d.pop("template_id", UNSET)

        add_statistics: bool | None | Unset = d.pop("add_Statistics", UNSET)

        operational_message_design = cls(
            content=content,
            language_type=language_type,
            body_part_format=body_part_format,
            add_print_button=add_print_button,
            template_id=template_id,
            add_statistics=add_statistics,
        )

        operational_message_design.additional_properties = d
        return operational_message_design

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
