from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateInput")


@_attrs_define
class EmailTemplateInput:
    """The fields of a "my templates" template to create or update (those COR's template update accepts; note
    the PascalCase `AddPrintButton`). The server sets the `id`. Every field is optional: send only the ones to
    set.

    """

    name: str | Unset = UNSET
    """ The template's name. """
    subject: str | Unset = UNSET
    """ The default subject line of campaigns made from it. """
    content: str | Unset = UNSET
    """ The template's HTML. """
    editor_type: str | Unset = UNSET
    """ The editor the template was built with (values not documented). """
    add_print_button: bool | Unset = UNSET
    """ Add a "print this email" button. """
    campaign_encoding: int | Unset = UNSET
    """ The character encoding, as a SystemLanguageType number (119 = UTF-8, 40 = Hebrew). """
    template_category_id: int | Unset = UNSET
    """ The template's category (from `GET /api/templates/TemplateCategory`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        content = self.content

        editor_type = self.editor_type

        add_print_button = self.add_print_button

        campaign_encoding = self.campaign_encoding

        template_category_id = self.template_category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content
        if editor_type is not UNSET:
            field_dict["editor_type"] = editor_type
        if add_print_button is not UNSET:
            field_dict["AddPrintButton"] = add_print_button
        if campaign_encoding is not UNSET:
            field_dict["campaign_encoding"] = campaign_encoding
        if template_category_id is not UNSET:
            field_dict["template_category_id"] = template_category_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        content = d.pop("content", UNSET)

        editor_type = d.pop("editor_type", UNSET)

        add_print_button = d.pop("AddPrintButton", UNSET)

        campaign_encoding = d.pop("campaign_encoding", UNSET)

        template_category_id = d.pop("template_category_id", UNSET)

        email_template_input = cls(
            name=name,
            subject=subject,
            content=content,
            editor_type=editor_type,
            add_print_button=add_print_button,
            campaign_encoding=campaign_encoding,
            template_category_id=template_category_id,
        )

        email_template_input.additional_properties = d
        return email_template_input

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
