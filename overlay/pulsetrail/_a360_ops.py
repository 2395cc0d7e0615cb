"""Which generated A360 operation serves which element type: the table behind `A360.stats` and `A360.addresses`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from sendpulse_a360_api.api.action import get_action_stats, get_action_stats_filtered
from sendpulse_a360_api.api.condition import get_condition_stats, get_condition_stats_filtered
from sendpulse_a360_api.api.email import get_email_stats, get_email_stats_filtered, list_email_addresses
from sendpulse_a360_api.api.filter_ import get_filter_stats, get_filter_stats_filtered
from sendpulse_a360_api.api.flow_operators import list_flow_operator_addresses
from sendpulse_a360_api.api.goal import get_goal_stats, get_goal_stats_filtered
from sendpulse_a360_api.api.messenger import get_messenger_stats, get_messenger_stats_filtered
from sendpulse_a360_api.api.push import get_push_stats, get_push_stats_filtered, list_push_addresses
from sendpulse_a360_api.api.sms import get_sms_stats, get_sms_stats_filtered, list_sms_addresses
from sendpulse_a360_api.api.start import get_start_stats, get_start_stats_filtered, list_start_addresses

from ._enums import A360ElementType

Operation = Callable[..., Awaitable[Any]]

#: element type -> (all-time stats, stats for a period)
STATS: dict[A360ElementType, tuple[Operation, Operation]] = {
    A360ElementType.START: (get_start_stats.asyncio_detailed, get_start_stats_filtered.asyncio_detailed),
    A360ElementType.EMAIL: (get_email_stats.asyncio_detailed, get_email_stats_filtered.asyncio_detailed),
    A360ElementType.PUSH: (get_push_stats.asyncio_detailed, get_push_stats_filtered.asyncio_detailed),
    A360ElementType.SMS: (get_sms_stats.asyncio_detailed, get_sms_stats_filtered.asyncio_detailed),
    A360ElementType.MESSENGER: (get_messenger_stats.asyncio_detailed, get_messenger_stats_filtered.asyncio_detailed),
    A360ElementType.FILTER: (get_filter_stats.asyncio_detailed, get_filter_stats_filtered.asyncio_detailed),
    A360ElementType.CONDITION: (get_condition_stats.asyncio_detailed, get_condition_stats_filtered.asyncio_detailed),
    A360ElementType.GOAL: (get_goal_stats.asyncio_detailed, get_goal_stats_filtered.asyncio_detailed),
    A360ElementType.ACTION: (get_action_stats.asyncio_detailed, get_action_stats_filtered.asyncio_detailed),
}

#: element type -> the list of contacts that passed through it (Condition, Goal, Action and Filter share one)
ADDRESSES: dict[A360ElementType, Operation] = {
    A360ElementType.START: list_start_addresses.asyncio_detailed,
    A360ElementType.EMAIL: list_email_addresses.asyncio_detailed,
    A360ElementType.PUSH: list_push_addresses.asyncio_detailed,
    A360ElementType.SMS: list_sms_addresses.asyncio_detailed,
    A360ElementType.CONDITION: list_flow_operator_addresses.asyncio_detailed,
    A360ElementType.GOAL: list_flow_operator_addresses.asyncio_detailed,
    A360ElementType.ACTION: list_flow_operator_addresses.asyncio_detailed,
    A360ElementType.FILTER: list_flow_operator_addresses.asyncio_detailed,
}
