from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_activation import AutomationActivation
    from ..models.automation_design import AutomationDesign
    from ..models.automation_details import AutomationDetails


T = TypeVar("T", bound="Automation")


@_attrs_define
class Automation:
    """An automation (`ApiAutomationInfo` in the official docs). `id` and `details` (which holds the name) are
    required: every official sample (GET-api-automations-id, GET-api-automations_StateType_Page_Limit, both
    versions) carries them.

    """

    id: int
    """ The automation's id. """
    details: AutomationDetails
    """ An automation's details without its steps (`ApiAutomationDetailsInfo` in the official docs), as answered.
    `name` is required: every official sample carries it (GET-api-automations-id-details, both versions, and
    the `details` of GET-api-automations-id). The body of `update_automation_details` is
    `AutomationDetailsUpdate`.
     """
    template_id: int | None | Unset = UNSET
    """ The id of the template the automation was created from. """
    triggered_count: int | None | Unset = UNSET
    """ How many times a contact started the automation. """
    trigger_type_id: None | str | Unset = UNSET
    """ The trigger type, from the triggers list (`list_automation_triggers`). """
    trigger_object_id: int | None | Unset = UNSET
    """ The id of the object that fires the trigger (an email, a sign-up form...). """
    segmentation_id: int | None | Unset = UNSET
    """ The segmentation that filters who may enter. """
    design: AutomationDesign | Unset = UNSET
    """ An automation's UI design (`AutomationDesignInfo` in the official docs). """
    activation: AutomationActivation | Unset = UNSET
    """ An automation's activation (`AutomationActivationInfo` in the official docs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        details = self.details.to_dict()

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        triggered_count: int | None | Unset
        if isinstance(self.triggered_count, Unset):
            triggered_count = UNSET
        else:
            triggered_count = self.triggered_count

        trigger_type_id: None | str | Unset
        if isinstance(self.trigger_type_id, Unset):
            trigger_type_id = UNSET
        else:
            trigger_type_id = self.trigger_type_id

        trigger_object_id: int | None | Unset
        if isinstance(self.trigger_object_id, Unset):
            trigger_object_id = UNSET
        else:
            trigger_object_id = self.trigger_object_id

        segmentation_id: int | None | Unset
        if isinstance(self.segmentation_id, Unset):
            segmentation_id = UNSET
        else:
            segmentation_id = self.segmentation_id

        design: dict[str, Any] | Unset = UNSET
        if not isinstance(self.design, Unset):
            design = self.design.to_dict()

        activation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activation, Unset):
            activation = self.activation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "details": details,
            }
        )
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if triggered_count is not UNSET:
            field_dict["triggered_count"] = triggered_count
        if trigger_type_id is not UNSET:
            field_dict["trigger_type_id"] = trigger_type_id
        if trigger_object_id is not UNSET:
            field_dict["trigger_object_id"] = trigger_object_id
        if segmentation_id is not UNSET:
            field_dict["segmentation_id"] = segmentation_id
        if design is not UNSET:
            field_dict["design"] = design
        if activation is not UNSET:
            field_dict["activation"] = activation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_activation import AutomationActivation
        from ..models.automation_design import AutomationDesign
        from ..models.automation_details import AutomationDetails

        d = dict(src_dict)
        id = d.pop("id")

        details = AutomationDetails.from_dict(d.pop("details"))

        template_id: int | None | Unset = d.pop("template_id", UNSET)

        triggered_count: int | None | Unset = d.pop("triggered_count", UNSET)

        trigger_type_id: None | str | Unset = d.pop("trigger_type_id", UNSET)

        trigger_object_id: int | None | Unset = d.pop("trigger_object_id", UNSET)

        segmentation_id: int | None | Unset = d.pop("segmentation_id", UNSET)

        _design = d.pop("design", UNSET)
        design: AutomationDesign | Unset
        if isinstance(_design, Unset):
            design = UNSET
        else:
            design = AutomationDesign.from_dict(_design)

        _activation = d.pop("activation", UNSET)
        activation: AutomationActivation | Unset
        if isinstance(_activation, Unset):
            activation = UNSET
        else:
            activation = AutomationActivation.from_dict(_activation)

        automation = cls(
            id=id,
            details=details,
            template_id=template_id,
            triggered_count=triggered_count,
            trigger_type_id=trigger_type_id,
            trigger_object_id=trigger_object_id,
            segmentation_id=segmentation_id,
            design=design,
            activation=activation,
        )

        automation.additional_properties = d
        return automation

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
