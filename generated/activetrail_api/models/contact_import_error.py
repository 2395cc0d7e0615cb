from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput


T = TypeVar("T", bound="ContactImportError")


@_attrs_define
class ContactImportError:
    """A contact that `import_contacts` could not import (inferred shape)."""

    message: None | str | Unset = UNSET
    """ Why the contact was not imported. """
    contact_error: ContactInput | None | Unset = UNSET
    """ The contact as it was sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_input import ContactInput

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        contact_error: dict[str, Any] | None | Unset
        if isinstance(self.contact_error, Unset):
            contact_error = UNSET
        elif isinstance(self.contact_error, ContactInput):
            contact_error = self.contact_error.to_dict()
        else:
            contact_error = self.contact_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if contact_error is not UNSET:
            field_dict["contact_error"] = contact_error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_input import ContactInput

        d = dict(src_dict)
        message: None | str | Unset = d.pop("message", UNSET)

        def _parse_contact_error(data: object) -> ContactInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_error_type_0 = ContactInput.from_dict(data)

                return contact_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactInput | None | Unset, data)

        contact_error = _parse_contact_error(d.pop("contact_error", UNSET))

        contact_import_error = cls(
            message=message,
            contact_error=contact_error,
        )

        contact_import_error.additional_properties = d
        return contact_import_error

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
