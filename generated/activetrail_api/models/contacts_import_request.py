from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput


T = TypeVar("T", bound="ContactsImportRequest")


@_attrs_define
class ContactsImportRequest:
    """The body of `import_contacts` (DF's `ApiContactsImport`)."""

    group: int
    """ The id of the group the contacts are imported into. """
    contacts: list[ContactInput]
    """ The contacts to import, each with `email` or `sms`; at most 1000 per call. """
    mailing_list: int | Unset = UNSET
    """ The id of a mailing list to add the contacts to as well (needed when the account uses mailing lists). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        mailing_list = self.mailing_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "contacts": contacts,
            }
        )
        if mailing_list is not UNSET:
            field_dict["mailing_list"] = mailing_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_input import ContactInput

        d = dict(src_dict)
        group = d.pop("group")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactInput.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        mailing_list = d.pop("mailing_list", UNSET)

        contacts_import_request = cls(
            group=group,
            contacts=contacts,
            mailing_list=mailing_list,
        )

        contacts_import_request.additional_properties = d
        return contacts_import_request

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
