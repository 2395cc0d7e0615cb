from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operational_message_bcc import OperationalMessageBcc
    from ..models.operational_message_design import OperationalMessageDesign
    from ..models.operational_message_details import OperationalMessageDetails
    from ..models.operational_message_email_package import (
        OperationalMessageEmailPackage,
    )


T = TypeVar("T", bound="OperationalMessageEmailRequest")


@_attrs_define
class OperationalMessageEmailRequest:
    """The body of `send_operational_message` (`ApiOperationalMessage`)."""

    details: OperationalMessageDetails
    """ The message's details (`ApiMessageDetails`). """
    design: OperationalMessageDesign
    """ The message's design (`ApiMessageDesign`). """
    email_package: list[OperationalMessageEmailPackage] | Unset = UNSET
    """ The recipients, at most 500 per call. """
    bcc: OperationalMessageBcc | Unset = UNSET
    """ Addresses that receive a blind copy of every message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        design = self.design.to_dict()

        email_package: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_package, Unset):
            email_package = []
            for email_package_item_data in self.email_package:
                email_package_item = email_package_item_data.to_dict()
                email_package.append(email_package_item)

        bcc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "design": design,
            }
        )
        if email_package is not UNSET:
            field_dict["email_package"] = email_package
        if bcc is not UNSET:
            field_dict["bcc"] = bcc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.operational_message_bcc import OperationalMessageBcc
        from ..models.operational_message_design import OperationalMessageDesign
        from ..models.operational_message_details import OperationalMessageDetails
        from ..models.operational_message_email_package import (
            OperationalMessageEmailPackage,
        )

        d = dict(src_dict)
        details = OperationalMessageDetails.from_dict(d.pop("details"))

        design = OperationalMessageDesign.from_dict(d.pop("design"))

        _email_package = d.pop("email_package", UNSET)
        email_package: list[OperationalMessageEmailPackage] | Unset = UNSET
        if _email_package is not UNSET:
            email_package = []
            for email_package_item_data in _email_package:
                email_package_item = OperationalMessageEmailPackage.from_dict(
                    email_package_item_data
                )

                email_package.append(email_package_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: OperationalMessageBcc | Unset
        if isinstance(_bcc, Unset):
            bcc = UNSET
        else:
            bcc = OperationalMessageBcc.from_dict(_bcc)

        operational_message_email_request = cls(
            details=details,
            design=design,
            email_package=email_package,
            bcc=bcc,
        )

        operational_message_email_request.additional_properties = d
        return operational_message_email_request

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
