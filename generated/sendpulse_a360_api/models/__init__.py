"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): `from .models import X` imports only X's module. Rewritten by pulsetrail's
scripts/generate.py, because the generator's eager version imports every model whenever any operation is imported.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token import AccessToken as AccessToken
    from .access_token_request import AccessTokenRequest as AccessTokenRequest
    from .action_stats import ActionStats as ActionStats
    from .action_stats_response import ActionStatsResponse as ActionStatsResponse
    from .condition_stats import ConditionStats as ConditionStats
    from .condition_stats_response import ConditionStatsResponse as ConditionStatsResponse
    from .conversion import Conversion as Conversion
    from .conversion_list import ConversionList as ConversionList
    from .date_filter import DateFilter as DateFilter
    from .date_filter_bound_from import DateFilterBoundFrom as DateFilterBoundFrom
    from .date_filter_bound_to import DateFilterBoundTo as DateFilterBoundTo
    from .date_filter_fields import DateFilterFields as DateFilterFields
    from .delete_event_log_request import DeleteEventLogRequest as DeleteEventLogRequest
    from .delete_event_log_result import DeleteEventLogResult as DeleteEventLogResult
    from .deleted_flag import DeletedFlag as DeletedFlag
    from .email_address import EmailAddress as EmailAddress
    from .email_address_list import EmailAddressList as EmailAddressList
    from .email_stats import EmailStats as EmailStats
    from .email_stats_response import EmailStatsResponse as EmailStatsResponse
    from .error_response import ErrorResponse as ErrorResponse
    from .filter_stats import FilterStats as FilterStats
    from .filter_stats_response import FilterStatsResponse as FilterStatsResponse
    from .flow import Flow as Flow
    from .flow_conversions import FlowConversions as FlowConversions
    from .flow_conversions_response import FlowConversionsResponse as FlowConversionsResponse
    from .flow_details import FlowDetails as FlowDetails
    from .flow_details_filtered import FlowDetailsFiltered as FlowDetailsFiltered
    from .flow_element import FlowElement as FlowElement
    from .flow_element_total_stats import FlowElementTotalStats as FlowElementTotalStats
    from .flow_email_task import FlowEmailTask as FlowEmailTask
    from .flow_list import FlowList as FlowList
    from .flow_list_item import FlowListItem as FlowListItem
    from .flow_main_data import FlowMainData as FlowMainData
    from .flow_operator_address import FlowOperatorAddress as FlowOperatorAddress
    from .flow_operator_address_list import FlowOperatorAddressList as FlowOperatorAddressList
    from .flow_push_task import FlowPushTask as FlowPushTask
    from .flow_sms_task import FlowSmsTask as FlowSmsTask
    from .flow_total_stats import FlowTotalStats as FlowTotalStats
    from .flow_type import FlowType as FlowType
    from .goal_conversion_stats import GoalConversionStats as GoalConversionStats
    from .goal_stats import GoalStats as GoalStats
    from .goal_stats_response import GoalStatsResponse as GoalStatsResponse
    from .messenger_stats import MessengerStats as MessengerStats
    from .messenger_stats_response import MessengerStatsResponse as MessengerStatsResponse
    from .o_auth_grant_type import OAuthGrantType as OAuthGrantType
    from .push_address import PushAddress as PushAddress
    from .push_address_list import PushAddressList as PushAddressList
    from .push_stats import PushStats as PushStats
    from .push_stats_response import PushStatsResponse as PushStatsResponse
    from .send_event_request import SendEventRequest as SendEventRequest
    from .send_event_result import SendEventResult as SendEventResult
    from .send_event_with_email import SendEventWithEmail as SendEventWithEmail
    from .send_event_with_phone import SendEventWithPhone as SendEventWithPhone
    from .sms_address import SmsAddress as SmsAddress
    from .sms_address_list import SmsAddressList as SmsAddressList
    from .sms_price import SmsPrice as SmsPrice
    from .sms_stats import SmsStats as SmsStats
    from .sms_stats_response import SmsStatsResponse as SmsStatsResponse
    from .sort_direction import SortDirection as SortDirection
    from .start_address import StartAddress as StartAddress
    from .start_address_list import StartAddressList as StartAddressList
    from .start_conversion_stats import StartConversionStats as StartConversionStats
    from .start_stats import StartStats as StartStats
    from .start_stats_response import StartStatsResponse as StartStatsResponse
    from .validation_error_messages import ValidationErrorMessages as ValidationErrorMessages

_MODULES = {
    "AccessToken": "access_token",
    "AccessTokenRequest": "access_token_request",
    "ActionStats": "action_stats",
    "ActionStatsResponse": "action_stats_response",
    "ConditionStats": "condition_stats",
    "ConditionStatsResponse": "condition_stats_response",
    "Conversion": "conversion",
    "ConversionList": "conversion_list",
    "DateFilter": "date_filter",
    "DateFilterBoundFrom": "date_filter_bound_from",
    "DateFilterBoundTo": "date_filter_bound_to",
    "DateFilterFields": "date_filter_fields",
    "DeleteEventLogRequest": "delete_event_log_request",
    "DeleteEventLogResult": "delete_event_log_result",
    "DeletedFlag": "deleted_flag",
    "EmailAddress": "email_address",
    "EmailAddressList": "email_address_list",
    "EmailStats": "email_stats",
    "EmailStatsResponse": "email_stats_response",
    "ErrorResponse": "error_response",
    "FilterStats": "filter_stats",
    "FilterStatsResponse": "filter_stats_response",
    "Flow": "flow",
    "FlowConversions": "flow_conversions",
    "FlowConversionsResponse": "flow_conversions_response",
    "FlowDetails": "flow_details",
    "FlowDetailsFiltered": "flow_details_filtered",
    "FlowElement": "flow_element",
    "FlowElementTotalStats": "flow_element_total_stats",
    "FlowEmailTask": "flow_email_task",
    "FlowList": "flow_list",
    "FlowListItem": "flow_list_item",
    "FlowMainData": "flow_main_data",
    "FlowOperatorAddress": "flow_operator_address",
    "FlowOperatorAddressList": "flow_operator_address_list",
    "FlowPushTask": "flow_push_task",
    "FlowSmsTask": "flow_sms_task",
    "FlowTotalStats": "flow_total_stats",
    "FlowType": "flow_type",
    "GoalConversionStats": "goal_conversion_stats",
    "GoalStats": "goal_stats",
    "GoalStatsResponse": "goal_stats_response",
    "MessengerStats": "messenger_stats",
    "MessengerStatsResponse": "messenger_stats_response",
    "OAuthGrantType": "o_auth_grant_type",
    "PushAddress": "push_address",
    "PushAddressList": "push_address_list",
    "PushStats": "push_stats",
    "PushStatsResponse": "push_stats_response",
    "SendEventRequest": "send_event_request",
    "SendEventResult": "send_event_result",
    "SendEventWithEmail": "send_event_with_email",
    "SendEventWithPhone": "send_event_with_phone",
    "SmsAddress": "sms_address",
    "SmsAddressList": "sms_address_list",
    "SmsPrice": "sms_price",
    "SmsStats": "sms_stats",
    "SmsStatsResponse": "sms_stats_response",
    "SortDirection": "sort_direction",
    "StartAddress": "start_address",
    "StartAddressList": "start_address_list",
    "StartConversionStats": "start_conversion_stats",
    "StartStats": "start_stats",
    "StartStatsResponse": "start_stats_response",
    "ValidationErrorMessages": "validation_error_messages",
}

__all__ = tuple(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
