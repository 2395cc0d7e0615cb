from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_model_state_type_0 import ErrorResponseModelStateType0


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The error body. ActiveTrail documents the error names (the error glossary) but not the body's shape; this is
    the ASP.NET Web API default (`Message`, with `ModelState` on validation errors), an inference. Clients
    should keep the raw body too.

    """

    message: None | str | Unset = UNSET
    """ A human-readable message, or the glossary name (`ResourceNotFound`, `ResolveMergeNeeded`...). """
    message_detail: None | str | Unset = UNSET
    """ More detail, when the server gives it. """
    model_state: ErrorResponseModelStateType0 | None | Unset = UNSET
    """ Validation errors, by field path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response_model_state_type_0 import (
            ErrorResponseModelStateType0,
        )

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        message_detail: None | str | Unset
        if isinstance(self.message_detail, Unset):
            message_detail = UNSET
        else:
            message_detail = self.message_detail

        model_state: dict[str, Any] | None | Unset
        if isinstance(self.model_state, Unset):
            model_state = UNSET
        elif isinstance(self.model_state, ErrorResponseModelStateType0):
            model_state = self.model_state.to_dict()
        else:
            model_state = self.model_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["Message"] = message
        if message_detail is not UNSET:
            field_dict["MessageDetail"] = message_detail
        if model_state is not UNSET:
            field_dict["ModelState"] = model_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_response_model_state_type_0 import (
            ErrorResponseModelStateType0,
        )

        d = dict(src_dict)
        message: None | str | Unset = d.pop("Message", UNSET)

        message_detail: None | str | Unset = d.pop("MessageDetail", UNSET)

        def _parse_model_state(
            data: object,
        ) -> ErrorResponseModelStateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_state_type_0 = ErrorResponseModelStateType0.from_dict(data)

                return model_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponseModelStateType0 | None | Unset, data)

        model_state = _parse_model_state(d.pop("ModelState", UNSET))

        error_response = cls(
            message=message,
            message_detail=message_detail,
            model_state=model_state,
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
