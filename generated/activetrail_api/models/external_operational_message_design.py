from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalOperationalMessageDesign")


@_attrs_define
class ExternalOperationalMessageDesign:
    """The message's design (fields of DF's `ApiCampaignDesign`; **inferred** for this call)."""

    content: str | Unset = UNSET
    """ The HTML content. """
    language_type: str | Unset = UNSET
    """ The content's language. """
    header_footer_language_type: str | Unset = UNSET
    """ The language of the header and footer. """
    is_add_print_email: bool | Unset = UNSET
    """ Whether to add a "print this email" link. """
    is_auto_css_inliner: bool | Unset = UNSET
    """ Whether to inline the CSS automatically. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        language_type = self.language_type

        header_footer_language_type = self.header_footer_language_type

        is_add_print_email = self.is_add_print_email

        is_auto_css_inliner = self.is_auto_css_inliner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if language_type is not UNSET:
            field_dict["language_type"] = language_type
        if header_footer_language_type is not UNSET:
            field_dict["header_footer_language_type"] = header_footer_language_type
        if is_add_print_email is not UNSET:
            field_dict["is_add_print_email"] = is_add_print_email
        if is_auto_css_inliner is not UNSET:
            field_dict["is_auto_css_inliner"] = is_auto_css_inliner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        language_type = d.pop("language_type", UNSET)

        header_footer_language_type = d.pop("header_footer_language_type", UNSET)

        is_add_print_email = d.pop("is_add_print_email", UNSET)

        is_auto_css_inliner = d.pop("is_auto_css_inliner", UNSET)

        external_operational_message_design = cls(
            content=content,
            language_type=language_type,
            header_footer_language_type=header_footer_language_type,
            is_add_print_email=is_add_print_email,
            is_auto_css_inliner=is_auto_css_inliner,
        )

        external_operational_message_design.additional_properties = d
        return external_operational_message_design

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
