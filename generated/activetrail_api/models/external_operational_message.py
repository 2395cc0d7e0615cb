from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_email_package import ExternalEmailPackage
    from ..models.external_operational_message_design import (
        ExternalOperationalMessageDesign,
    )
    from ..models.external_operational_message_details import (
        ExternalOperationalMessageDetails,
    )
    from ..models.operational_message_bcc import OperationalMessageBcc


T = TypeVar("T", bound="ExternalOperationalMessage")


@_attrs_define
class ExternalOperationalMessage:
    """The body of `send_external_operational_message`. **Inferred shape:** Composio lists `details` and `design`
    (required) and `email_package` and `bcc`; their inner fields are inferred.

    """

    details: ExternalOperationalMessageDetails
    """ The message's details (fields of DF's `ApiCampaignDetails`; **inferred** for this call). """
    design: ExternalOperationalMessageDesign
    """ The message's design (fields of DF's `ApiCampaignDesign`; **inferred** for this call). """
    email_package: list[ExternalEmailPackage] | Unset = UNSET
    """ The recipients, each with its personalisation pairs (up to 500 per call). """
    bcc: None | OperationalMessageBcc | Unset = UNSET
    """ Blind-copy settings. Composio lists `bcc` as an object without fields; its shape is inferred to be the
    `bcc` of `send_operational_message` (`bcc_emails`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.operational_message_bcc import OperationalMessageBcc

        details = self.details.to_dict()

        design = self.design.to_dict()

        email_package: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_package, Unset):
            email_package = []
            for email_package_item_data in self.email_package:
                email_package_item = email_package_item_data.to_dict()
                email_package.append(email_package_item)

        bcc: dict[str, Any] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, OperationalMessageBcc):
            bcc = self.bcc.to_dict()
        else:
            bcc = self.bcc

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
        from ..models.external_email_package import ExternalEmailPackage
        from ..models.external_operational_message_design import (
            ExternalOperationalMessageDesign,
        )
        from ..models.external_operational_message_details import (
            ExternalOperationalMessageDetails,
        )
        from ..models.operational_message_bcc import OperationalMessageBcc

        d = dict(src_dict)
        details = ExternalOperationalMessageDetails.from_dict(d.pop("details"))

        design = ExternalOperationalMessageDesign.from_dict(d.pop("design"))

        _email_package = d.pop("email_package", UNSET)
        email_package: list[ExternalEmailPackage] | Unset = UNSET
        if _email_package is not UNSET:
            email_package = []
            for email_package_item_data in _email_package:
                email_package_item = ExternalEmailPackage.from_dict(
                    email_package_item_data
                )

                email_package.append(email_package_item)

        def _parse_bcc(data: object) -> None | OperationalMessageBcc | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bcc_type_0 = OperationalMessageBcc.from_dict(data)

                return bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OperationalMessageBcc | Unset, data)

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        external_operational_message = cls(
            details=details,
            design=design,
            email_package=email_package,
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
