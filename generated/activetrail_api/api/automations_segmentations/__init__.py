"""The automations_segmentations operations: one module per operation, and the `AsyncAutomationsSegmentations` and
`SyncAutomationsSegmentations` namespaces with one method per operation (what `client.automations_segmentations` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.segmentation import Segmentation
    from ...models.segmentation_create import SegmentationCreate
    from ...models.segmentation_rule_field_types_map import (
        SegmentationRuleFieldTypesMap,
    )
    from ...models.segmentation_rule_operations_map import SegmentationRuleOperationsMap
    from ...models.segmentation_rule_types_mapping_map import (
        SegmentationRuleTypesMappingMap,
    )
    from ...models.segmentation_update import SegmentationUpdate
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncAutomationsSegmentations", "SyncAutomationsSegmentations"]


class AsyncAutomationsSegmentations:
    """The automations_segmentations operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_segmentations(
        self,
    ) -> list[Segmentation]:
        """List the account's segmentations

        Returns every segmentation of the account (the rule-based audiences automations can use), as a bare array.
        No paging or filter parameters are documented for this call.

        The item shape is inferred: no stored sample shows the list's response. It mirrors the create body of the
        official page POST-api-segmentation (`name`, `rules_segment`) plus the segmentation `id`; all fields are
        optional and unknown fields are kept.
        """
        from . import list_segmentations as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def create_segmentation(
        self,
        *,
        body: SegmentationCreate,
    ) -> Segmentation:
        """Create a segmentation

        Creates a segmentation from a name and a rule tree. The tree has one basic rules set (a base rule plus
        optional additional rules, each joined by a connecting operator) and optional additional rules sets, each
        joined to the previous ones by its own connecting operator. Use the rule dictionaries
        (`/api/segmentation/ruleTypes`, `ruleFieldTypes`, `ruleOperations`, `ruleTypesMapping`) to find valid
        `type_id` / `field` / `operator_type` combinations.

        The body follows the official reference page POST-api-segmentation. The seed has no method for this line;
        the page and COR both show POST. The response is not documented: it is inferred to be the created
        segmentation, with every field optional.
        """
        from . import create_segmentation as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def update_segmentation(
        self,
        id: int,
        *,
        body: SegmentationUpdate,
    ) -> None:
        """Update a segmentation

        Renames a segmentation and/or replaces its rule tree. The body is the create body (official page
        POST-api-segmentation) with both fields optional, as COR sends it; send the whole rule tree when you change
        rules. No success body is documented.
        """
        from . import update_segmentation as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def get_segmentation_rule_field_types(
        self,
    ) -> SegmentationRuleFieldTypesMap:
        """Get the dictionary of rule field types

        Returns the dictionary of field types a segmentation rule can test (the values usable as a rule's
        `field`, grouped by kind). The seed describes both this line and the next one as "Get dictionary of rules
        field types"; by elimination among the COR paths, this row (166) is `ruleFieldTypes` and the next (167) is
        `ruleTypes`.

        **Inferred shape:** the seed calls it a dictionary and COR says it returns the field types with their
        identifiers and names (naming Info, Date, Action and Numeric as field types), so it is modelled as a JSON
        object from each field-type name to its identifier (`SegmentationRuleFieldTypesMap`; an identifier may be a
        number or a string).
        """
        from . import get_segmentation_rule_field_types as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def get_segmentation_rule_types(
        self,
    ) -> list[str]:
        """Get the dictionary of rule types

        Returns the dictionary of segmentation rule types (the values usable as a rule's `type_id`: `Info`,
        `Numeric`, `Date`, `Group`, `Action`, order, cart and catalog rules...).

        The seed repeats the previous line's text ("Get dictionary of rules field types") for this line; by
        elimination among the COR paths, row 166 is `ruleFieldTypes` and this row (167) is `ruleTypes`, so the
        seed's "dictionary" is not this row's own word. **Inferred shape:** COR says the call "returns a list of
        rule
        type names" (Info, Numeric, Date, Group, Action, order, cart and catalog rules), so it is modelled as a
        bare array of names (`SegmentationRuleTypes`).
        """
        from . import get_segmentation_rule_types as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def get_segmentation_rule_operations(
        self,
    ) -> SegmentationRuleOperationsMap:
        """Get the dictionary of rule operations

        Returns the dictionary of rule operations (the values usable as a rule's `operator_type`: `Is`, `IsNot`,
        `Contain`, `GreaterThan`...), by field type. **Inferred shape:** COR says the call returns the operations
        "categorized by field types (Info, Date, Action, Numeric...)", so it is modelled as a JSON object from each
        field-type name to the list of its operation names (`SegmentationRuleOperationsMap`).
        """
        from . import get_segmentation_rule_operations as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def get_segmentation_rule_types_mapping(
        self,
    ) -> SegmentationRuleTypesMappingMap:
        """Get the mapping of rule types to field types and operations

        Returns, for each rule type, the field types and operations that go with it (for example an `Info` rule on
        the `Email` field with the `Is` operation). Use it to build valid rules for `create_segmentation`.
        **Inferred shape:** from COR's description and example ("Info rules support Email fields with 'Is'
        operation") it is modelled as a JSON object from each rule type to an object from each field to the list of
        its operation names (`SegmentationRuleTypesMappingMap`).
        """
        from . import get_segmentation_rule_types_mapping as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )


class SyncAutomationsSegmentations:
    """The automations_segmentations operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_segmentations(
        self,
    ) -> list[Segmentation]:
        """List the account's segmentations

        Returns every segmentation of the account (the rule-based audiences automations can use), as a bare array.
        No paging or filter parameters are documented for this call.

        The item shape is inferred: no stored sample shows the list's response. It mirrors the create body of the
        official page POST-api-segmentation (`name`, `rules_segment`) plus the segmentation `id`; all fields are
        optional and unknown fields are kept.
        """
        from . import list_segmentations as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def create_segmentation(
        self,
        *,
        body: SegmentationCreate,
    ) -> Segmentation:
        """Create a segmentation

        Creates a segmentation from a name and a rule tree. The tree has one basic rules set (a base rule plus
        optional additional rules, each joined by a connecting operator) and optional additional rules sets, each
        joined to the previous ones by its own connecting operator. Use the rule dictionaries
        (`/api/segmentation/ruleTypes`, `ruleFieldTypes`, `ruleOperations`, `ruleTypesMapping`) to find valid
        `type_id` / `field` / `operator_type` combinations.

        The body follows the official reference page POST-api-segmentation. The seed has no method for this line;
        the page and COR both show POST. The response is not documented: it is inferred to be the created
        segmentation, with every field optional.
        """
        from . import create_segmentation as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def update_segmentation(
        self,
        id: int,
        *,
        body: SegmentationUpdate,
    ) -> None:
        """Update a segmentation

        Renames a segmentation and/or replaces its rule tree. The body is the create body (official page
        POST-api-segmentation) with both fields optional, as COR sends it; send the whole rule tree when you change
        rules. No success body is documented.
        """
        from . import update_segmentation as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def get_segmentation_rule_field_types(
        self,
    ) -> SegmentationRuleFieldTypesMap:
        """Get the dictionary of rule field types

        Returns the dictionary of field types a segmentation rule can test (the values usable as a rule's
        `field`, grouped by kind). The seed describes both this line and the next one as "Get dictionary of rules
        field types"; by elimination among the COR paths, this row (166) is `ruleFieldTypes` and the next (167) is
        `ruleTypes`.

        **Inferred shape:** the seed calls it a dictionary and COR says it returns the field types with their
        identifiers and names (naming Info, Date, Action and Numeric as field types), so it is modelled as a JSON
        object from each field-type name to its identifier (`SegmentationRuleFieldTypesMap`; an identifier may be a
        number or a string).
        """
        from . import get_segmentation_rule_field_types as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def get_segmentation_rule_types(
        self,
    ) -> list[str]:
        """Get the dictionary of rule types

        Returns the dictionary of segmentation rule types (the values usable as a rule's `type_id`: `Info`,
        `Numeric`, `Date`, `Group`, `Action`, order, cart and catalog rules...).

        The seed repeats the previous line's text ("Get dictionary of rules field types") for this line; by
        elimination among the COR paths, row 166 is `ruleFieldTypes` and this row (167) is `ruleTypes`, so the
        seed's "dictionary" is not this row's own word. **Inferred shape:** COR says the call "returns a list of
        rule
        type names" (Info, Numeric, Date, Group, Action, order, cart and catalog rules), so it is modelled as a
        bare array of names (`SegmentationRuleTypes`).
        """
        from . import get_segmentation_rule_types as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def get_segmentation_rule_operations(
        self,
    ) -> SegmentationRuleOperationsMap:
        """Get the dictionary of rule operations

        Returns the dictionary of rule operations (the values usable as a rule's `operator_type`: `Is`, `IsNot`,
        `Contain`, `GreaterThan`...), by field type. **Inferred shape:** COR says the call returns the operations
        "categorized by field types (Info, Date, Action, Numeric...)", so it is modelled as a JSON object from each
        field-type name to the list of its operation names (`SegmentationRuleOperationsMap`).
        """
        from . import get_segmentation_rule_operations as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def get_segmentation_rule_types_mapping(
        self,
    ) -> SegmentationRuleTypesMappingMap:
        """Get the mapping of rule types to field types and operations

        Returns, for each rule type, the field types and operations that go with it (for example an `Info` rule on
        the `Email` field with the `Is` operation). Use it to build valid rules for `create_segmentation`.
        **Inferred shape:** from COR's description and example ("Info rules support Email fields with 'Is'
        operation") it is modelled as a JSON object from each rule type to an object from each field to the list of
        its operation names (`SegmentationRuleTypesMappingMap`).
        """
        from . import get_segmentation_rule_types_mapping as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )
