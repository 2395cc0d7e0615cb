from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplate")


@_attrs_define
class EmailTemplate:
    """A "my templates" template as answered. The fields are those COR's template update accepts (note the
    PascalCase `AddPrintButton`) plus the server-set `id`; reads are inferred to return the same, so every field
    stays optional. The bodies of `create_template` and `update_template` are `EmailTemplateInput`.

    """

    id: int | Unset = UNSET
    """ The template's id. """
    name: None | str | Unset = UNSET
    """ The template's name. """
    subject: None | str | Unset = UNSET
    """ The default subject line of campaigns made from it. """
    content: None | str | Unset = UNSET
    """ The template's HTML. """
    editor_type: None | str | Unset = UNSET
    """ The editor the template was built with (values not documented). """
    add_print_button: bool | None | Unset = UNSET
    """ Add a "print this email" button. """
    campaign_encoding: int | None | Unset = UNSET
    """ The character encoding, as a SystemLanguageType number (119 = UTF-8, 40 = Hebrew). """
    template_category_id: int | None | Unset = UNSET
    """ The template's category (from `GET /api/templates/TemplateCategory`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        editor_type: None | str | Unset
        if isinstance(self.editor_type, Unset):
            editor_type = UNSET
        else:
            editor_type = self.editor_type

        add_print_button: bool | None | Unset
        if isinstance(self.add_print_button, Unset):
            add_print_button = UNSET
        else:
            add_print_button = self.add_print_button

        campaign_encoding: int | None | Unset
        if isinstance(self.campaign_encoding, Unset):
            campaign_encoding = UNSET
        else:
            campaign_encoding = self.campaign_encoding

        template_category_id: int | None | Unset
        if isinstance(self.template_category_id, Unset):
            template_category_id = UNSET
        else:
            template_category_id = self.template_category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        id = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        subject: None | str | Unset = d.pop("subject", UNSET)

        content: None | str | Unset = d.pop("content", UNSET)

        editor_type: None | str | Unset = d.pop("editor_type", UNSET)

        add_print_button: bool | None | Unset = d.pop("AddPrintButton", UNSET)

        campaign_encoding: int | None | Unset = d.pop("campaign_encoding", UNSET)

        template_category_id: int | None | Unset = d.pop("template_category_id", UNSET)

        email_template = cls(
            id=id,
            name=name,
            subject=subject,
            content=content,
            editor_type=editor_type,
            add_print_button=add_print_button,
            campaign_encoding=campaign_encoding,
            template_category_id=template_category_id,
        )

        email_template.additional_properties = d
        return email_template

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
