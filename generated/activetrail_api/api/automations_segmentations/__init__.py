"""The automations_segmentations operations: one module per operation, its descriptor, and the `AsyncAutomationsSegmentations` and
`SyncAutomationsSegmentations` namespaces with one method per operation (what `client.automations_segmentations` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

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

__all__ = [
    "OPERATIONS",
    "AsyncAutomationsSegmentations",
    "AsyncAutomationsSegmentationsWithRawResponse",
    "SyncAutomationsSegmentations",
    "SyncAutomationsSegmentationsWithRawResponse",
]


_LIST_SEGMENTATIONS = op.Operation(
    name="list_segmentations",
    module=__name__ + ".list_segmentations",
    method="GET",
    path="/api/segmentation",
    parameters=(),
    success="list[Segmentation]",
)


_CREATE_SEGMENTATION = op.Operation(
    name="create_segmentation",
    module=__name__ + ".create_segmentation",
    method="POST",
    path="/api/segmentation",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "SegmentationCreate")),
    ),
    success="Segmentation",
)


_UPDATE_SEGMENTATION = op.Operation(
    name="update_segmentation",
    module=__name__ + ".update_segmentation",
    method="PUT",
    path="/api/segmentation/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "SegmentationUpdate")),
    ),
    success="None",
)


_GET_SEGMENTATION_RULE_FIELD_TYPES = op.Operation(
    name="get_segmentation_rule_field_types",
    module=__name__ + ".get_segmentation_rule_field_types",
    method="GET",
    path="/api/segmentation/ruleFieldTypes",
    parameters=(),
    success="SegmentationRuleFieldTypesMap",
)


_GET_SEGMENTATION_RULE_TYPES = op.Operation(
    name="get_segmentation_rule_types",
    module=__name__ + ".get_segmentation_rule_types",
    method="GET",
    path="/api/segmentation/ruleTypes",
    parameters=(),
    success="list[str]",
)


_GET_SEGMENTATION_RULE_OPERATIONS = op.Operation(
    name="get_segmentation_rule_operations",
    module=__name__ + ".get_segmentation_rule_operations",
    method="GET",
    path="/api/segmentation/ruleOperations",
    parameters=(),
    success="SegmentationRuleOperationsMap",
)


_GET_SEGMENTATION_RULE_TYPES_MAPPING = op.Operation(
    name="get_segmentation_rule_types_mapping",
    module=__name__ + ".get_segmentation_rule_types_mapping",
    method="GET",
    path="/api/segmentation/ruleTypesMapping",
    parameters=(),
    success="SegmentationRuleTypesMappingMap",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_segmentations": _LIST_SEGMENTATIONS,
    "create_segmentation": _CREATE_SEGMENTATION,
    "update_segmentation": _UPDATE_SEGMENTATION,
    "get_segmentation_rule_field_types": _GET_SEGMENTATION_RULE_FIELD_TYPES,
    "get_segmentation_rule_types": _GET_SEGMENTATION_RULE_TYPES,
    "get_segmentation_rule_operations": _GET_SEGMENTATION_RULE_OPERATIONS,
    "get_segmentation_rule_types_mapping": _GET_SEGMENTATION_RULE_TYPES_MAPPING,
}


class AsyncAutomationsSegmentations:
    """Segmentations used by automations and their rule dictionaries.

    The automations_segmentations operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncAutomationsSegmentationsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncAutomationsSegmentationsWithRawResponse(self._runner)

    async def list_segmentations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[Segmentation]:
        """List the account's segmentations

        Returns every segmentation of the account (the rule-based audiences automations can use), as a bare array.
        No paging or filter parameters are documented for this call.

        The item shape is inferred: no stored sample shows the list's response. It mirrors the create body of the
        official page POST-api-segmentation (`name`, `rules_segment`) plus the segmentation `id`; all fields are
        optional and unknown fields are kept.
        """
        return await self._runner._call(
            _LIST_SEGMENTATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_segmentation(
        self,
        *,
        body: SegmentationCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return await self._runner._call(
            _CREATE_SEGMENTATION,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def update_segmentation(
        self,
        id: int,
        *,
        body: SegmentationUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a segmentation

        Renames a segmentation and/or replaces its rule tree. The body is the create body (official page
        POST-api-segmentation) with both fields optional, as COR sends it; send the whole rule tree when you change
        rules. No success body is documented.
        """
        return await self._runner._call(
            _UPDATE_SEGMENTATION,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_segmentation_rule_field_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return await self._runner._call(
            _GET_SEGMENTATION_RULE_FIELD_TYPES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_segmentation_rule_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return await self._runner._call(
            _GET_SEGMENTATION_RULE_TYPES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_segmentation_rule_operations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SegmentationRuleOperationsMap:
        """Get the dictionary of rule operations

        Returns the dictionary of rule operations (the values usable as a rule's `operator_type`: `Is`, `IsNot`,
        `Contain`, `GreaterThan`...), by field type. **Inferred shape:** COR says the call returns the operations
        "categorized by field types (Info, Date, Action, Numeric...)", so it is modelled as a JSON object from each
        field-type name to the list of its operation names (`SegmentationRuleOperationsMap`).
        """
        return await self._runner._call(
            _GET_SEGMENTATION_RULE_OPERATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_segmentation_rule_types_mapping(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SegmentationRuleTypesMappingMap:
        """Get the mapping of rule types to field types and operations

        Returns, for each rule type, the field types and operations that go with it (for example an `Info` rule on
        the `Email` field with the `Is` operation). Use it to build valid rules for `create_segmentation`.
        **Inferred shape:** from COR's description and example ("Info rules support Email fields with 'Is'
        operation") it is modelled as a JSON object from each rule type to an object from each field to the list of
        its operation names (`SegmentationRuleTypesMappingMap`).
        """
        return await self._runner._call(
            _GET_SEGMENTATION_RULE_TYPES_MAPPING,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncAutomationsSegmentationsWithRawResponse:
    """Segmentations used by automations and their rule dictionaries.

    The automations_segmentations operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncAutomationsSegmentations`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_segmentations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Segmentation]]:
        """List the account's segmentations: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_SEGMENTATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_segmentation(
        self,
        *,
        body: SegmentationCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Segmentation]:
        """Create a segmentation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_SEGMENTATION,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def update_segmentation(
        self,
        id: int,
        *,
        body: SegmentationUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a segmentation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_SEGMENTATION,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_segmentation_rule_field_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SegmentationRuleFieldTypesMap]:
        """Get the dictionary of rule field types: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_SEGMENTATION_RULE_FIELD_TYPES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_segmentation_rule_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[str]]:
        """Get the dictionary of rule types: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_SEGMENTATION_RULE_TYPES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_segmentation_rule_operations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SegmentationRuleOperationsMap]:
        """Get the dictionary of rule operations: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_SEGMENTATION_RULE_OPERATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_segmentation_rule_types_mapping(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SegmentationRuleTypesMappingMap]:
        """Get the mapping of rule types to field types and operations: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_SEGMENTATION_RULE_TYPES_MAPPING,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAutomationsSegmentations:
    """Segmentations used by automations and their rule dictionaries.

    The automations_segmentations operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncAutomationsSegmentationsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncAutomationsSegmentationsWithRawResponse(self._runner)

    def list_segmentations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[Segmentation]:
        """List the account's segmentations

        Returns every segmentation of the account (the rule-based audiences automations can use), as a bare array.
        No paging or filter parameters are documented for this call.

        The item shape is inferred: no stored sample shows the list's response. It mirrors the create body of the
        official page POST-api-segmentation (`name`, `rules_segment`) plus the segmentation `id`; all fields are
        optional and unknown fields are kept.
        """
        return self._runner._call(
            _LIST_SEGMENTATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_segmentation(
        self,
        *,
        body: SegmentationCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._call(
            _CREATE_SEGMENTATION,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def update_segmentation(
        self,
        id: int,
        *,
        body: SegmentationUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a segmentation

        Renames a segmentation and/or replaces its rule tree. The body is the create body (official page
        POST-api-segmentation) with both fields optional, as COR sends it; send the whole rule tree when you change
        rules. No success body is documented.
        """
        return self._runner._call(
            _UPDATE_SEGMENTATION,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_segmentation_rule_field_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._call(
            _GET_SEGMENTATION_RULE_FIELD_TYPES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_segmentation_rule_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._call(
            _GET_SEGMENTATION_RULE_TYPES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_segmentation_rule_operations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SegmentationRuleOperationsMap:
        """Get the dictionary of rule operations

        Returns the dictionary of rule operations (the values usable as a rule's `operator_type`: `Is`, `IsNot`,
        `Contain`, `GreaterThan`...), by field type. **Inferred shape:** COR says the call returns the operations
        "categorized by field types (Info, Date, Action, Numeric...)", so it is modelled as a JSON object from each
        field-type name to the list of its operation names (`SegmentationRuleOperationsMap`).
        """
        return self._runner._call(
            _GET_SEGMENTATION_RULE_OPERATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_segmentation_rule_types_mapping(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SegmentationRuleTypesMappingMap:
        """Get the mapping of rule types to field types and operations

        Returns, for each rule type, the field types and operations that go with it (for example an `Info` rule on
        the `Email` field with the `Is` operation). Use it to build valid rules for `create_segmentation`.
        **Inferred shape:** from COR's description and example ("Info rules support Email fields with 'Is'
        operation") it is modelled as a JSON object from each rule type to an object from each field to the list of
        its operation names (`SegmentationRuleTypesMappingMap`).
        """
        return self._runner._call(
            _GET_SEGMENTATION_RULE_TYPES_MAPPING,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAutomationsSegmentationsWithRawResponse:
    """Segmentations used by automations and their rule dictionaries.

    The automations_segmentations operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncAutomationsSegmentations`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_segmentations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Segmentation]]:
        """List the account's segmentations: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_SEGMENTATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_segmentation(
        self,
        *,
        body: SegmentationCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Segmentation]:
        """Create a segmentation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_SEGMENTATION,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def update_segmentation(
        self,
        id: int,
        *,
        body: SegmentationUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a segmentation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_SEGMENTATION,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_segmentation_rule_field_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SegmentationRuleFieldTypesMap]:
        """Get the dictionary of rule field types: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_SEGMENTATION_RULE_FIELD_TYPES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_segmentation_rule_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[str]]:
        """Get the dictionary of rule types: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_SEGMENTATION_RULE_TYPES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_segmentation_rule_operations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SegmentationRuleOperationsMap]:
        """Get the dictionary of rule operations: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_SEGMENTATION_RULE_OPERATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_segmentation_rule_types_mapping(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SegmentationRuleTypesMappingMap]:
        """Get the mapping of rule types to field types and operations: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_SEGMENTATION_RULE_TYPES_MAPPING,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
