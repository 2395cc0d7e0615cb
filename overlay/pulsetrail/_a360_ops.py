"""Which generated A360 operation serves which element type: the table behind `A360.stats` and `A360.addresses`.

The table names the operations' modules (under `sendpulse_a360_api.api`) and imports one on first use, so importing
pulsetrail does not import all 26 of them (about 10 ms).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import import_module
from typing import Any

from ._enums import A360ElementType

__all__ = ["ADDRESSES", "STATS", "Operation", "address_operation", "operation", "stats_operations"]

Operation = Callable[..., Awaitable[Any]]

#: element type -> (all-time stats, stats for a period)
STATS: dict[A360ElementType, tuple[str, str]] = {
    A360ElementType.START: ("start.get_start_stats", "start.get_start_stats_filtered"),
    A360ElementType.EMAIL: ("email.get_email_stats", "email.get_email_stats_filtered"),
    A360ElementType.PUSH: ("push.get_push_stats", "push.get_push_stats_filtered"),
    A360ElementType.SMS: ("sms.get_sms_stats", "sms.get_sms_stats_filtered"),
    A360ElementType.MESSENGER: ("messenger.get_messenger_stats", "messenger.get_messenger_stats_filtered"),
    A360ElementType.FILTER: ("filter_.get_filter_stats", "filter_.get_filter_stats_filtered"),
    A360ElementType.CONDITION: ("condition.get_condition_stats", "condition.get_condition_stats_filtered"),
    A360ElementType.GOAL: ("goal.get_goal_stats", "goal.get_goal_stats_filtered"),
    A360ElementType.ACTION: ("action.get_action_stats", "action.get_action_stats_filtered"),
}

#: element type -> the list of contacts that passed through it (Condition, Goal, Action and Filter share one)
ADDRESSES: dict[A360ElementType, str] = {
    A360ElementType.START: "start.list_start_addresses",
    A360ElementType.EMAIL: "email.list_email_addresses",
    A360ElementType.PUSH: "push.list_push_addresses",
    A360ElementType.SMS: "sms.list_sms_addresses",
    A360ElementType.CONDITION: "flow_operators.list_flow_operator_addresses",
    A360ElementType.GOAL: "flow_operators.list_flow_operator_addresses",
    A360ElementType.ACTION: "flow_operators.list_flow_operator_addresses",
    A360ElementType.FILTER: "flow_operators.list_flow_operator_addresses",
}


def operation(name: str) -> Operation:
    """The `asyncio_detailed` function of the generated operation module `name` (e.g. `email.get_email_stats`)."""
    function: Operation = import_module(f"sendpulse_a360_api.api.{name}").asyncio_detailed
    return function


def stats_operations(kind: A360ElementType) -> tuple[Operation, Operation] | None:
    names = STATS.get(kind)
    return None if names is None else (operation(names[0]), operation(names[1]))


def address_operation(kind: A360ElementType) -> Operation | None:
    name = ADDRESSES.get(kind)
    return None if name is None else operation(name)
