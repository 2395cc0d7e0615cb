from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operational_message_bcc import OperationalMessageBcc
    from ..models.operational_message_contact_package import (
        OperationalMessageContactPackage,
    )
    from ..models.operational_message_design import OperationalMessageDesign
    from ..models.operational_message_details import OperationalMessageDetails


T = TypeVar("T", bound="OperationalMessageContactsRequest")


@_attrs_define
class OperationalMessageContactsRequest:
    """The body of `send_operational_message_to_contacts`. `contact_package` is on the official page; `details`,
    `design` and `bcc` are inferred from `send_operational_message` (the stored page is cut off).

    """

    contact_package: list[OperationalMessageContactPackage]
    """ The recipient contacts, at most 500 per call. """
    details: OperationalMessageDetails | Unset = UNSET
    """ The message's details (`ApiMessageDetails`). """
    design: OperationalMessageDesign | Unset = UNSET
    """ The message's design (`ApiMessageDesign`). """
    bcc: OperationalMessageBcc | Unset = UNSET
    """ Addresses that receive a blind copy of every message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_package = []
        for contact_package_item_data in self.contact_package:
            contact_package_item = contact_package_item_data.to_dict()
            contact_package.append(contact_package_item)

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        design: dict[str, Any] | Unset = UNSET
        if not isinstance(self.design, Unset):
            design = self.design.to_dict()

        bcc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_package": contact_package,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if design is not UNSET:
            field_dict["design"] = design
        if bcc is not UNSET:
            field_dict["bcc"] = bcc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.operational_message_bcc import OperationalMessageBcc
        from ..models.operational_message_contact_package import (
            OperationalMessageContactPackage,
        )
        from ..models.operational_message_design import OperationalMessageDesign
        from ..models.operational_message_details import OperationalMessageDetails

        d = dict(src_dict)
        contact_package = []
        _contact_package = d.pop("contact_package")
        for contact_package_item_data in _contact_package:
            contact_package_item = OperationalMessageContactPackage.from_dict(
                contact_package_item_data
            )

            contact_package.append(contact_package_item)

        _details = d.pop("details", UNSET)
        details: OperationalMessageDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = OperationalMessageDetails.from_dict(_details)

        _design = d.pop("design", UNSET)
        design: OperationalMessageDesign | Unset
        if isinstance(_design, Unset):
            design = UNSET
        else:
            design = OperationalMessageDesign.from_dict(_design)

        _bcc = d.pop("bcc", UNSET)
        bcc: OperationalMessageBcc | Unset
        if isinstance(_bcc, Unset):
            bcc = UNSET
        else:
            bcc = OperationalMessageBcc.from_dict(_bcc)

        operational_message_contacts_request = cls(
            contact_package=contact_package,
            details=details,
            design=design,
            bcc=bcc,
        )

        operational_message_contacts_request.additional_properties = d
        return operational_message_contacts_request

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
