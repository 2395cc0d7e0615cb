"""Which A360 operation serves which element type: the table behind `A360.stats` and `A360.addresses`.

Each entry names a namespace of the client (a spec tag) and its methods, so the helpers call the same typed methods a
user would (`a360.email.get_email_stats(...)`).
"""

from __future__ import annotations

from ._enums import A360ElementType

__all__ = ["ADDRESSES", "STATS"]

#: element type -> (namespace, all-time stats method, stats-for-a-period method)
STATS: dict[A360ElementType, tuple[str, str, str]] = {
    A360ElementType.START: ("start", "get_start_stats", "get_start_stats_filtered"),
    A360ElementType.EMAIL: ("email", "get_email_stats", "get_email_stats_filtered"),
    A360ElementType.PUSH: ("push", "get_push_stats", "get_push_stats_filtered"),
    A360ElementType.SMS: ("sms", "get_sms_stats", "get_sms_stats_filtered"),
    A360ElementType.MESSENGER: ("messenger", "get_messenger_stats", "get_messenger_stats_filtered"),
    A360ElementType.FILTER: ("filter_", "get_filter_stats", "get_filter_stats_filtered"),
    A360ElementType.CONDITION: ("condition", "get_condition_stats", "get_condition_stats_filtered"),
    A360ElementType.GOAL: ("goal", "get_goal_stats", "get_goal_stats_filtered"),
    A360ElementType.ACTION: ("action", "get_action_stats", "get_action_stats_filtered"),
}

#: element type -> (namespace, list method) of the contacts that passed through it (Condition, Goal, Action and
#: Filter share one)
ADDRESSES: dict[A360ElementType, tuple[str, str]] = {
    A360ElementType.START: ("start", "list_start_addresses"),
    A360ElementType.EMAIL: ("email", "list_email_addresses"),
    A360ElementType.PUSH: ("push", "list_push_addresses"),
    A360ElementType.SMS: ("sms", "list_sms_addresses"),
    A360ElementType.CONDITION: ("flow_operators", "list_flow_operator_addresses"),
    A360ElementType.GOAL: ("flow_operators", "list_flow_operator_addresses"),
    A360ElementType.ACTION: ("flow_operators", "list_flow_operator_addresses"),
    A360ElementType.FILTER: ("flow_operators", "list_flow_operator_addresses"),
}
