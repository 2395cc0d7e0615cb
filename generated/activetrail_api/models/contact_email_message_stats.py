from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactEmailMessageStats")


@_attrs_define
class ContactEmailMessageStats:
    """A contact's statistics for one email (campaign or operational message). **Inferred shape**, modelled on the
    official `ContactSmsCampaignStatsDTO` and on Composio's list of metrics; all fields optional.

    """

    customer_id: int | None | Unset = UNSET
    """ The contact's id. """
    status: None | str | Unset = UNSET
    """ The delivery status of the email. """
    sent_date: None | str | Unset = UNSET
    open_: bool | None | Unset = UNSET
    """ Whether the contact opened the email. """
    open_date: None | str | Unset = UNSET
    click: bool | None | Unset = UNSET
    """ Whether the contact clicked a link. """
    click_date: None | str | Unset = UNSET
    bounce: bool | None | Unset = UNSET
    bounce_reason: None | str | Unset = UNSET
    bounce_date: None | str | Unset = UNSET
    unsubscribe: bool | None | Unset = UNSET
    unsubscribe_date: None | str | Unset = UNSET
    complaint: bool | None | Unset = UNSET
    """ Whether the contact reported the email as spam. """
    complaint_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        sent_date: None | str | Unset
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        else:
            sent_date = self.sent_date

        open_: bool | None | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        open_date: None | str | Unset
        if isinstance(self.open_date, Unset):
            open_date = UNSET
        else:
            open_date = self.open_date

        click: bool | None | Unset
        if isinstance(self.click, Unset):
            click = UNSET
        else:
            click = self.click

        click_date: None | str | Unset
        if isinstance(self.click_date, Unset):
            click_date = UNSET
        else:
            click_date = self.click_date

        bounce: bool | None | Unset
        if isinstance(self.bounce, Unset):
            bounce = UNSET
        else:
            bounce = self.bounce

        bounce_reason: None | str | Unset
        if isinstance(self.bounce_reason, Unset):
            bounce_reason = UNSET
        else:
            bounce_reason = self.bounce_reason

        bounce_date: None | str | Unset
        if isinstance(self.bounce_date, Unset):
            bounce_date = UNSET
        else:
            bounce_date = self.bounce_date

        unsubscribe: bool | None | Unset
        if isinstance(self.unsubscribe, Unset):
            unsubscribe = UNSET
        else:
            unsubscribe = self.unsubscribe

        unsubscribe_date: None | str | Unset
        if isinstance(self.unsubscribe_date, Unset):
            unsubscribe_date = UNSET
        else:
            unsubscribe_date = self.unsubscribe_date

        complaint: bool | None | Unset
        if isinstance(self.complaint, Unset):
            complaint = UNSET
        else:
            complaint = self.complaint

        complaint_date: None | str | Unset
        if isinstance(self.complaint_date, Unset):
            complaint_date = UNSET
        else:
            complaint_date = self.complaint_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if status is not UNSET:
            field_dict["status"] = status
        if sent_date is not UNSET:
            field_dict["sent_date"] = sent_date
        if open_ is not UNSET:
            field_dict["open"] = open_
        if open_date is not UNSET:
            field_dict["open_date"] = open_date
        if click is not UNSET:
            field_dict["click"] = click
        if click_date is not UNSET:
            field_dict["click_date"] = click_date
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if bounce_reason is not UNSET:
            field_dict["bounce_reason"] = bounce_reason
        if bounce_date is not UNSET:
            field_dict["bounce_date"] = bounce_date
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if unsubscribe_date is not UNSET:
            field_dict["unsubscribe_date"] = unsubscribe_date
        if complaint is not UNSET:
            field_dict["complaint"] = complaint
        if complaint_date is not UNSET:
            field_dict["complaint_date"] = complaint_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: int | None | Unset = d.pop("customer_id", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        sent_date: None | str | Unset = d.pop("sent_date", UNSET)

        open_: bool | None | Unset = d.pop("open", UNSET)

        open_date: None | str | Unset = d.pop("open_date", UNSET)

        click: bool | None | Unset = d.pop("click", UNSET)

        click_date: None | str | Unset = d.pop("click_date", UNSET)

        bounce: bool | None | Unset = d.pop("bounce", UNSET)

        bounce_reason: None | str | Unset = d.pop("bounce_reason", UNSET)

        bounce_date: None | str | Unset = d.pop("bounce_date", UNSET)

        unsubscribe: bool | None | Unset = d.pop("unsubscribe", UNSET)

        unsubscribe_date: None | str | Unset = d.pop("unsubscribe_date", UNSET)

        complaint: bool | None | Unset = d.pop("complaint", UNSET)

        complaint_date: None | str | Unset = d.pop("complaint_date", UNSET)

        contact_email_message_stats = cls(
            customer_id=customer_id,
            status=status,
            sent_date=sent_date,
            open_=open_,
            open_date=open_date,
            click=click,
            click_date=click_date,
            bounce=bounce,
            bounce_reason=bounce_reason,
            bounce_date=bounce_date,
            unsubscribe=unsubscribe,
            unsubscribe_date=unsubscribe_date,
            complaint=complaint,
            complaint_date=complaint_date,
        )

        contact_email_message_stats.additional_properties = d
        return contact_email_message_stats

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
