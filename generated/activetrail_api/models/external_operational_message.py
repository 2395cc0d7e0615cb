from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_operational_package import ExternalOperationalPackage
    from ..models.operational_message_bcc import OperationalMessageBcc
    from ..models.operational_message_design import OperationalMessageDesign
    from ..models.operational_message_details import OperationalMessageDetails


T = TypeVar("T", bound="ExternalOperationalMessage")


@_attrs_define
class ExternalOperationalMessage:
    """The body of `send_external_operational_message` (official `ApiExternalOperationalMessage`, page
    POST-api-external-operational-message).

    """

    details: OperationalMessageDetails
    """ The message's details (`ApiMessageDetails`). """
    design: OperationalMessageDesign
    """ The message's design (`ApiMessageDesign`). """
    package: list[ExternalOperationalPackage] | Unset = UNSET
    """ The recipients by external id and name, each with its placeholder values (up to 500 per call). """
    bcc: OperationalMessageBcc | Unset = UNSET
    """ Addresses that receive a blind copy of every message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        design = self.design.to_dict()

        package: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package, Unset):
            package = []
            for package_item_data in self.package:
                package_item = package_item_data.to_dict()
                package.append(package_item)

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
        if package is not UNSET:
            field_dict["package"] = package
        if bcc is not UNSET:
            field_dict["bcc"] = bcc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.external_operational_package import ExternalOperationalPackage
        from ..models.operational_message_bcc import OperationalMessageBcc
        from ..models.operational_message_design import OperationalMessageDesign
        from ..models.operational_message_details import OperationalMessageDetails

        d = dict(src_dict)
        details = OperationalMessageDetails.from_dict(d.pop("details"))

        design = OperationalMessageDesign.from_dict(d.pop("design"))

        _package = d.pop("package", UNSET)
        package: list[ExternalOperationalPackage] | Unset = UNSET
        if _package is not UNSET:
            package = []
            for package_item_data in _package:
                package_item = ExternalOperationalPackage.from_dict(package_item_data)

                package.append(package_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: OperationalMessageBcc | Unset
        if isinstance(_bcc, Unset):
            bcc = UNSET
        else:
            bcc = OperationalMessageBcc.from_dict(_bcc)

        external_operational_message = cls(
            details=details,
            design=design,
            package=package,
            bcc=bcc,
        )

        external_operational_message.additional_properties = d
        return external_operational_message

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
