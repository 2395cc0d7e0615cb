from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_mobile import SmsMobile
    from ..models.sms_operational_message_details import SmsOperationalMessageDetails
    from ..models.sms_operational_message_scheduling import (
        SmsOperationalMessageScheduling,
    )


T = TypeVar("T", bound="SmsOperationalMessageInput")


@_attrs_define
class SmsOperationalMessageInput:
    """The body of `create_sms_operational_message` (official ApiSmsCampaignPostContainer; DF's classes of the same
    names) and, inferred, of `update_sms_operational_message`.

    """

    details: SmsOperationalMessageDetails
    """ The message of an operational SMS (`details` on the official page POST-api-smscampaign-OperationalMessage).
    """
    mobiles: list[SmsMobile]
    """ The mobile numbers that receive the message. """
    scheduling: SmsOperationalMessageScheduling | Unset = UNSET
    """ When an operational SMS is sent (`scheduling` on the official page). """
    from_name: str | Unset = UNSET
    """ A top-level sender name that appears only in the official page's XML sample (not in its JSON sample);
    prefer `details.from_name`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        mobiles = []
        for mobiles_item_data in self.mobiles:
            mobiles_item = mobiles_item_data.to_dict()
            mobiles.append(mobiles_item)

        scheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduling, Unset):
            scheduling = self.scheduling.to_dict()

        from_name = self.from_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "mobiles": mobiles,
            }
        )
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling
        if from_name is not UNSET:
            field_dict["from_name"] = from_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_mobile import SmsMobile
        from ..models.sms_operational_message_details import (
            SmsOperationalMessageDetails,
        )
        from ..models.sms_operational_message_scheduling import (
            SmsOperationalMessageScheduling,
        )

        d = dict(src_dict)
        details = SmsOperationalMessageDetails.from_dict(d.pop("details"))

        mobiles = []
        _mobiles = d.pop("mobiles")
        for mobiles_item_data in _mobiles:
            mobiles_item = SmsMobile.from_dict(mobiles_item_data)

            mobiles.append(mobiles_item)

        _scheduling = d.pop("scheduling", UNSET)
        scheduling: SmsOperationalMessageScheduling | Unset
        if isinstance(_scheduling, Unset):
            scheduling = UNSET
        else:
            scheduling = SmsOperationalMessageScheduling.from_dict(_scheduling)

        from_name = d.pop("from_name", UNSET)

        sms_operational_message_input = cls(
            details=details,
            mobiles=mobiles,
            scheduling=scheduling,
            from_name=from_name,
        )

        sms_operational_message_input.additional_properties = d
        return sms_operational_message_input

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
