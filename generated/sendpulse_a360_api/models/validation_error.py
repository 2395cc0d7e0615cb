from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_messages import ValidationErrorMessages


T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """The body of a 400 validation error (the seed's example)."""

    type_: str | Unset = UNSET
    """ The error type. """
    messages: ValidationErrorMessages | Unset = UNSET
    """ The validation messages, by parameter name (`limit`, `offset`...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.validation_error_messages import ValidationErrorMessages

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: ValidationErrorMessages | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = ValidationErrorMessages.from_dict(_messages)

        validation_error = cls(
            type_=type_,
            messages=messages,
        )

        validation_error.additional_properties = d
        return validation_error

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
