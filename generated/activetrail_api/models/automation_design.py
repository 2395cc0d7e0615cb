from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_step_info import AutomationStepInfo


T = TypeVar("T", bound="AutomationDesign")


@_attrs_define
class AutomationDesign:
    """An automation's UI design (`AutomationDesignInfo` in the official docs)."""

    data: None | str | Unset = UNSET
    """ The JSON the UI draws the flow from, as a string. """
    steps_info: list[AutomationStepInfo] | None | Unset = UNSET
    """ The automation's steps (camelCase on the wire). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        steps_info: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps_info, Unset):
            steps_info = UNSET
        elif isinstance(self.steps_info, list):
            steps_info = []
            for steps_info_type_0_item_data in self.steps_info:
                steps_info_type_0_item = steps_info_type_0_item_data.to_dict()
                steps_info.append(steps_info_type_0_item)

        else:
            steps_info = self.steps_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if steps_info is not UNSET:
            field_dict["stepsInfo"] = steps_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_step_info import AutomationStepInfo

        d = dict(src_dict)
        data: None | str | Unset = d.pop("data", UNSET)

        def _parse_steps_info(data: object) -> list[AutomationStepInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_info_type_0 = []
                _steps_info_type_0 = data
                for steps_info_type_0_item_data in _steps_info_type_0:
                    steps_info_type_0_item = AutomationStepInfo.from_dict(
                        steps_info_type_0_item_data
                    )

                    steps_info_type_0.append(steps_info_type_0_item)

                return steps_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutomationStepInfo] | None | Unset, data)

        steps_info = _parse_steps_info(d.pop("stepsInfo", UNSET))

        automation_design = cls(
            data=data,
            steps_info=steps_info,
        )

        automation_design.additional_properties = d
        return automation_design

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
