from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignDesign")


@_attrs_define
class EmailCampaignDesign:
    """A campaign's HTML content and rendering settings (ApiCampaignDesign)."""

    content: None | str | Unset = UNSET
    """ The email's HTML. """
    language_type: None | str | Unset = UNSET
    """ The character encoding of the email (SystemLanguageType, sent by name). DF lists the values with their
    numbers (`UTF_8` = 119, `Hebrew` = 40, ...).
     """
    header_footer_language_type: None | str | Unset = UNSET
    """ The language of the system header and footer (unsubscribe and similar links). """
    is_add_print_email: bool | None | Unset = UNSET
    """ Add a "print this email" link. """
    is_auto_css_inliner: bool | None | Unset = UNSET
    """ Move the CSS into inline `style` attributes before sending. """
    is_remove_system_links: bool | None | Unset = UNSET
    """ Leave out the system links (seen only in COR's input schema). """
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

        header_footer_language_type: None | str | Unset
        if isinstance(self.header_footer_language_type, Unset):
            header_footer_language_type = UNSET
        else:
            header_footer_language_type = self.header_footer_language_type

        is_add_print_email: bool | None | Unset
        if isinstance(self.is_add_print_email, Unset):
            is_add_print_email = UNSET
        else:
            is_add_print_email = self.is_add_print_email

        is_auto_css_inliner: bool | None | Unset
        if isinstance(self.is_auto_css_inliner, Unset):
            is_auto_css_inliner = UNSET
        else:
            is_auto_css_inliner = self.is_auto_css_inliner

        is_remove_system_links: bool | None | Unset
        if isinstance(self.is_remove_system_links, Unset):
            is_remove_system_links = UNSET
        else:
            is_remove_system_links = self.is_remove_system_links

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
        if is_remove_system_links is not UNSET:
            field_dict["is_remove_system_links"] = is_remove_system_links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content: None | str | Unset = d.pop("content", UNSET)

        language_type: None | str | Unset = d.pop("language_type", UNSET)

        header_footer_language_type: None | str | Unset = d.pop(
            "header_footer_language_type", UNSET
        )

        is_add_print_email: bool | None | Unset = d.pop("is_add_print_email", UNSET)

        is_auto_css_inliner: bool | None | Unset = d.pop("is_auto_css_inliner", UNSET)

        is_remove_system_links: bool | None | Unset = d.pop(
            "is_remove_system_links", UNSET
        )

        email_campaign_design = cls(
            content=content,
            language_type=language_type,
            header_footer_language_type=header_footer_language_type,
            is_add_print_email=is_add_print_email,
            is_auto_css_inliner=is_auto_css_inliner,
            is_remove_system_links=is_remove_system_links,
        )

        email_campaign_design.additional_properties = d
        return email_campaign_design

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
