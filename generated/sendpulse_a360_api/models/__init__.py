"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_request import AccessTokenRequest
from .action_stats import ActionStats
from .action_stats_response import ActionStatsResponse
from .condition_stats import ConditionStats
from .condition_stats_response import ConditionStatsResponse
from .conversion import Conversion
from .conversion_list import ConversionList
from .date_filter import DateFilter
from .date_filter_bound_from import DateFilterBoundFrom
from .date_filter_bound_to import DateFilterBoundTo
from .date_filter_fields import DateFilterFields
from .delete_event_log_request import DeleteEventLogRequest
from .delete_event_log_result import DeleteEventLogResult
from .deleted_flag import DeletedFlag
from .email_address import EmailAddress
from .email_address_list import EmailAddressList
from .email_stats import EmailStats
from .email_stats_response import EmailStatsResponse
from .filter_stats import FilterStats
from .filter_stats_response import FilterStatsResponse
from .flow import Flow
from .flow_conversions import FlowConversions
from .flow_conversions_response import FlowConversionsResponse
from .flow_details import FlowDetails
from .flow_element import FlowElement
from .flow_element_total_stats import FlowElementTotalStats
from .flow_email_task import FlowEmailTask
from .flow_list import FlowList
from .flow_list_item import FlowListItem
from .flow_main_data import FlowMainData
from .flow_operator_address import FlowOperatorAddress
from .flow_operator_address_list import FlowOperatorAddressList
from .flow_push_task import FlowPushTask
from .flow_sms_task import FlowSmsTask
from .flow_total_stats import FlowTotalStats
from .flow_type import FlowType
from .general_error import GeneralError
from .goal_conversion_stats import GoalConversionStats
from .goal_stats import GoalStats
from .goal_stats_response import GoalStatsResponse
from .messenger_stats import MessengerStats
from .messenger_stats_response import MessengerStatsResponse
from .o_auth_error import OAuthError
from .o_auth_grant_type import OAuthGrantType
from .push_address import PushAddress
from .push_address_list import PushAddressList
from .push_stats import PushStats
from .push_stats_response import PushStatsResponse
from .send_event_request import SendEventRequest
from .send_event_result import SendEventResult
from .sms_address import SmsAddress
from .sms_address_list import SmsAddressList
from .sms_price import SmsPrice
from .sms_stats import SmsStats
from .sms_stats_response import SmsStatsResponse
from .sort_direction import SortDirection
from .start_address import StartAddress
from .start_address_list import StartAddressList
from .start_conversion_stats import StartConversionStats
from .start_stats import StartStats
from .start_stats_response import StartStatsResponse
from .validation_error import ValidationError
from .validation_error_messages import ValidationErrorMessages

__all__ = (
    "AccessToken",
    "AccessTokenRequest",
    "ActionStats",
    "ActionStatsResponse",
    "ConditionStats",
    "ConditionStatsResponse",
    "Conversion",
    "ConversionList",
    "DateFilter",
    "DateFilterBoundFrom",
    "DateFilterBoundTo",
    "DateFilterFields",
    "DeleteEventLogRequest",
    "DeleteEventLogResult",
    "DeletedFlag",
    "EmailAddress",
    "EmailAddressList",
    "EmailStats",
    "EmailStatsResponse",
    "FilterStats",
    "FilterStatsResponse",
    "Flow",
    "FlowConversions",
    "FlowConversionsResponse",
    "FlowDetails",
    "FlowElement",
    "FlowElementTotalStats",
    "FlowEmailTask",
    "FlowList",
    "FlowListItem",
    "FlowMainData",
    "FlowOperatorAddress",
    "FlowOperatorAddressList",
    "FlowPushTask",
    "FlowSmsTask",
    "FlowTotalStats",
    "FlowType",
    "GeneralError",
    "GoalConversionStats",
    "GoalStats",
    "GoalStatsResponse",
    "MessengerStats",
    "MessengerStatsResponse",
    "OAuthError",
    "OAuthGrantType",
    "PushAddress",
    "PushAddressList",
    "PushStats",
    "PushStatsResponse",
    "SendEventRequest",
    "SendEventResult",
    "SmsAddress",
    "SmsAddressList",
    "SmsPrice",
    "SmsStats",
    "SmsStatsResponse",
    "SortDirection",
    "StartAddress",
    "StartAddressList",
    "StartConversionStats",
    "StartStats",
    "StartStatsResponse",
    "ValidationError",
    "ValidationErrorMessages",
)
