from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput


T = TypeVar("T", bound="ContactMergeResolution")


@_attrs_define
class ContactMergeResolution:
    """The body of `resolve_contact_merge`. **Inferred shape** (no source shows one): the contact to keep and the
    values it should end up with.

    """

    customer_id: int | Unset = UNSET
    """ The id of the contact to keep. """
    contact: ContactInput | Unset = UNSET
    """ The contact fields a request sends (create, update, import, add to a group): all optional, but a new contact
    needs `email` or `sms`. The server-set fields of `Contact` (`id`, `state`, `date_created_utc`,
    `date_updated_utc`) are left out. The custom fields `ext1`..`ext25`, `date1`..`date5`, `num1`..`num5` and
    `encryptedext1`..`encryptedext4` hold the account's own contact fields (see `GET /api/account/contactFields`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_input import ContactInput

        d = dict(src_dict)
        customer_id = d.pop("customer_id", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: ContactInput | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactInput.from_dict(_contact)

        contact_merge_resolution = cls(
            customer_id=customer_id,
            contact=contact,
        )

        contact_merge_resolution.additional_properties = d
        return contact_merge_resolution

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
