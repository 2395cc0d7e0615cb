from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_messages import ValidationErrorMessages


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The body of every error answer, one shape for the three bodies A360 sends (decision 19), every field
    optional:
    - a 400 validation error (the seed's example): `type` (`validation_error`) and `messages` per parameter;
    - SendPulse's general REST error (APIDOC's error-code table: 8 "No data", 999 "Badly formed incoming
      data"...): `error_code` and `message`; A360 documents no body for its other errors, so this one is
      assumed for 404, 429 and 5xx;
    - the OAuth error of the token endpoint (`invalid_client`...): `error`, `error_description` and `message`; a
      401 on another call may carry it or the general error (undocumented).

    Read `message` first, then `messages`, then `error_description`. 5xx answers are sometimes HTML pages, so
    clients must keep the raw body when it is not JSON.

    """

    message: str | Unset = UNSET
    """ A human-readable message (general and OAuth errors). """
    messages: ValidationErrorMessages | Unset = UNSET
    """ The validation messages, by parameter name (`limit`, `offset`...). """
    type_: str | Unset = UNSET
    """ The error type of a validation error. """
    error_code: int | Unset = UNSET
    """ SendPulse's error code (not the HTTP status), in the general error body. """
    error: str | Unset = UNSET
    """ The OAuth error code, in the OAuth error body. """
    error_description: str | Unset = UNSET
    """ A human-readable description, in the OAuth error body (the same text as `message`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages.to_dict()

        type_ = self.type_

        error_code = self.error_code

        error = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if messages is not UNSET:
            field_dict["messages"] = messages
        if type_ is not UNSET:
            field_dict["type"] = type_
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.validation_error_messages import ValidationErrorMessages

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: ValidationErrorMessages | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = ValidationErrorMessages.from_dict(_messages)

        type_ = d.pop("type", UNSET)

        error_code = d.pop("error_code", UNSET)

        error = d.pop("error", UNSET)

        error_description = d.pop("error_description", UNSET)

        error_response = cls(
            message=message,
            messages=messages,
            type_=type_,
            error_code=error_code,
            error=error,
            error_description=error_description,
        )

        error_response.additional_properties = d
        return error_response

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
