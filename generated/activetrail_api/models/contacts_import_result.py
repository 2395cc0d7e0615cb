from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_import_error import ContactImportError


T = TypeVar("T", bound="ContactsImportResult")


@_attrs_define
class ContactsImportResult:
    """The answer of `import_contacts`: how many contacts succeeded and the ones that failed. Inferred from Composio's
    description ("success count and any errors") and the External bulk answer; all fields optional.

    """

    success: int | None | Unset = UNSET
    """ The number of contacts imported. """
    contact_errors: list[ContactImportError] | None | Unset = UNSET
    """ The contacts that were not imported, each with the reason. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: int | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        contact_errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.contact_errors, Unset):
            contact_errors = UNSET
        elif isinstance(self.contact_errors, list):
            contact_errors = []
            for contact_errors_type_0_item_data in self.contact_errors:
                contact_errors_type_0_item = contact_errors_type_0_item_data.to_dict()
                contact_errors.append(contact_errors_type_0_item)

        else:
            contact_errors = self.contact_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if contact_errors is not UNSET:
            field_dict["contact_errors"] = contact_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_import_error import ContactImportError

        d = dict(src_dict)
        success: int | None | Unset = d.pop("success", UNSET)

        def _parse_contact_errors(
            data: object,
        ) -> list[ContactImportError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contact_errors_type_0 = []
                _contact_errors_type_0 = data
                for contact_errors_type_0_item_data in _contact_errors_type_0:
                    contact_errors_type_0_item = ContactImportError.from_dict(
                        contact_errors_type_0_item_data
                    )

                    contact_errors_type_0.append(contact_errors_type_0_item)

                return contact_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContactImportError] | None | Unset, data)

        contact_errors = _parse_contact_errors(d.pop("contact_errors", UNSET))

        contacts_import_result = cls(
            success=success,
            contact_errors=contact_errors,
        )

        contacts_import_result.additional_properties = d
        return contacts_import_result

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
