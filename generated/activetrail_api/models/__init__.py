"""Contains all the data models used in inputs/outputs"""

from .account_active_commerce_integration import AccountActiveCommerceIntegration
from .account_balance import AccountBalance
from .account_balance_coupons import AccountBalanceCoupons
from .account_contact_field import AccountContactField
from .account_contact_growth_day import AccountContactGrowthDay
from .account_content_category import AccountContentCategory
from .account_content_category_create import AccountContentCategoryCreate
from .account_content_category_update import AccountContentCategoryUpdate
from .account_credit_balance import AccountCreditBalance
from .account_email_sending_profile import AccountEmailSendingProfile
from .account_executive_report import AccountExecutiveReport
from .account_executive_report_month import AccountExecutiveReportMonth
from .account_sms_sending_profile import AccountSmsSendingProfile
from .automation import Automation
from .automation_activation import AutomationActivation
from .automation_activation_update import AutomationActivationUpdate
from .automation_campaign_statistic import AutomationCampaignStatistic
from .automation_contact_update_step import AutomationContactUpdateStep
from .automation_contact_update_step_update import AutomationContactUpdateStepUpdate
from .automation_contacts_report import AutomationContactsReport
from .automation_contacts_report_row import AutomationContactsReportRow
from .automation_design import AutomationDesign
from .automation_details import AutomationDetails
from .automation_email_campaigns_summary import AutomationEmailCampaignsSummary
from .automation_email_step import AutomationEmailStep
from .automation_email_step_update import AutomationEmailStepUpdate
from .automation_extended_details import AutomationExtendedDetails
from .automation_overview_report import AutomationOverviewReport
from .automation_sms_campaigns_summary import AutomationSmsCampaignsSummary
from .automation_sms_step import AutomationSmsStep
from .automation_sms_step_update import AutomationSmsStepUpdate
from .automation_step_info import AutomationStepInfo
from .automation_test_request import AutomationTestRequest
from .automation_trigger_info import AutomationTriggerInfo
from .automation_trigger_option import AutomationTriggerOption
from .automation_update_action import AutomationUpdateAction
from .automation_whats_app_step import AutomationWhatsAppStep
from .automation_working_day import AutomationWorkingDay
from .campaign_bounce import CampaignBounce
from .campaign_bounces_by_domain import CampaignBouncesByDomain
from .campaign_bounces_report import CampaignBouncesReport
from .campaign_browser_clients_report import CampaignBrowserClientsReport
from .campaign_click_detail import CampaignClickDetail
from .campaign_click_details_report import CampaignClickDetailsReport
from .campaign_complaints_report import CampaignComplaintsReport
from .campaign_domain_report import CampaignDomainReport
from .campaign_email_activity import CampaignEmailActivity
from .campaign_email_activity_report import CampaignEmailActivityReport
from .campaign_opens_report import CampaignOpensReport
from .campaign_report_contact import CampaignReportContact
from .campaign_report_summary import CampaignReportSummary
from .campaign_sent_report import CampaignSentReport
from .campaign_unopened_report import CampaignUnopenedReport
from .campaign_unsubscribe import CampaignUnsubscribe
from .campaign_unsubscribes_report import CampaignUnsubscribesReport
from .commerce_order import CommerceOrder
from .commerce_order_product import CommerceOrderProduct
from .commerce_order_schema import CommerceOrderSchema
from .commerce_order_update import CommerceOrderUpdate
from .contact import Contact
from .contact_activity import ContactActivity
from .contact_bounce import ContactBounce
from .contact_email_message_stats import ContactEmailMessageStats
from .contact_group_summary import ContactGroupSummary
from .contact_import_error import ContactImportError
from .contact_mailing_list_summary import ContactMailingListSummary
from .contact_merge import ContactMerge
from .contact_merge_resolution import ContactMergeResolution
from .contact_sms_campaign_stats import ContactSmsCampaignStats
from .contact_sms_unsubscriber import ContactSmsUnsubscriber
from .contact_status_daily_stats import ContactStatusDailyStats
from .contact_subscription_status import ContactSubscriptionStatus
from .contacts_import_request import ContactsImportRequest
from .contacts_import_result import ContactsImportResult
from .customer_state import CustomerState
from .email_campaign import EmailCampaign
from .email_campaign_ab_settings import EmailCampaignAbSettings
from .email_campaign_ab_wait_time import EmailCampaignAbWaitTime
from .email_campaign_contacts import EmailCampaignContacts
from .email_campaign_contacts_create import EmailCampaignContactsCreate
from .email_campaign_create import EmailCampaignCreate
from .email_campaign_design import EmailCampaignDesign
from .email_campaign_details import EmailCampaignDetails
from .email_campaign_ecommerce_amount import EmailCampaignEcommerceAmount
from .email_campaign_ecommerce_data import EmailCampaignEcommerceData
from .email_campaign_ecommerce_data_list import EmailCampaignEcommerceDataList
from .email_campaign_ecommerce_item import EmailCampaignEcommerceItem
from .email_campaign_ecommerce_order_status import EmailCampaignEcommerceOrderStatus
from .email_campaign_ecommerce_product import EmailCampaignEcommerceProduct
from .email_campaign_ecommerce_products import EmailCampaignEcommerceProducts
from .email_campaign_ecommerce_recommendations import (
    EmailCampaignEcommerceRecommendations,
)
from .email_campaign_pair import EmailCampaignPair
from .email_campaign_scheduling import EmailCampaignScheduling
from .email_campaign_segment import EmailCampaignSegment
from .email_campaign_segment_input import EmailCampaignSegmentInput
from .email_campaign_template import EmailCampaignTemplate
from .email_campaign_update import EmailCampaignUpdate
from .email_template import EmailTemplate
from .email_template_category import EmailTemplateCategory
from .email_template_category_input import EmailTemplateCategoryInput
from .email_template_content import EmailTemplateContent
from .email_template_content_update import EmailTemplateContentUpdate
from .error_response import ErrorResponse
from .error_response_model_state_type_0 import ErrorResponseModelStateType0
from .external_bulk_result import ExternalBulkResult
from .external_contact_activity import ExternalContactActivity
from .external_contact_error import ExternalContactError
from .external_contact_field import ExternalContactField
from .external_contact_list import ExternalContactList
from .external_contact_ref import ExternalContactRef
from .external_email_package import ExternalEmailPackage
from .external_import_contact import ExternalImportContact
from .external_import_request import ExternalImportRequest
from .external_key_value_pair import ExternalKeyValuePair
from .external_mapping import ExternalMapping
from .external_operational_message import ExternalOperationalMessage
from .external_operational_message_bcc_type_0 import ExternalOperationalMessageBccType0
from .external_operational_message_design import ExternalOperationalMessageDesign
from .external_operational_message_details import ExternalOperationalMessageDetails
from .external_operational_message_result import ExternalOperationalMessageResult
from .external_operational_sms_message import ExternalOperationalSmsMessage
from .group import Group
from .group_event import GroupEvent
from .group_member_add import GroupMemberAdd
from .group_member_options import GroupMemberOptions
from .group_members_page import GroupMembersPage
from .landing_page import LandingPage
from .mailing_list import MailingList
from .mailing_list_contact import MailingListContact
from .mailing_list_members_page import MailingListMembersPage
from .member_double_optin import MemberDoubleOptin
from .operational_message_bcc import OperationalMessageBcc
from .operational_message_contact import OperationalMessageContact
from .operational_message_contact_package import OperationalMessageContactPackage
from .operational_message_contacts_request import OperationalMessageContactsRequest
from .operational_message_design import OperationalMessageDesign
from .operational_message_details import OperationalMessageDetails
from .operational_message_email_package import OperationalMessageEmailPackage
from .operational_message_email_request import OperationalMessageEmailRequest
from .operational_message_pair import OperationalMessagePair
from .push_campaign_contacts_report import PushCampaignContactsReport
from .push_campaign_report import PushCampaignReport
from .push_campaign_report_contact import PushCampaignReportContact
from .segmentation import Segmentation
from .segmentation_chained_rule import SegmentationChainedRule
from .segmentation_chained_rules_set import SegmentationChainedRulesSet
from .segmentation_create import SegmentationCreate
from .segmentation_rule import SegmentationRule
from .segmentation_rule_field_types import SegmentationRuleFieldTypes
from .segmentation_rule_operations import SegmentationRuleOperations
from .segmentation_rule_types import SegmentationRuleTypes
from .segmentation_rule_types_mapping import SegmentationRuleTypesMapping
from .segmentation_rules import SegmentationRules
from .segmentation_rules_set import SegmentationRulesSet
from .segmentation_update import SegmentationUpdate
from .signup_form import SignupForm
from .smart_code_site import SmartCodeSite
from .smart_code_site_input import SmartCodeSiteInput
from .sms_campaign import SmsCampaign
from .sms_campaign_click_details_report import SmsCampaignClickDetailsReport
from .sms_campaign_clickers_report import SmsCampaignClickersReport
from .sms_campaign_clicks_report import SmsCampaignClicksReport
from .sms_campaign_contacts_report import SmsCampaignContactsReport
from .sms_campaign_input import SmsCampaignInput
from .sms_campaign_list import SmsCampaignList
from .sms_campaign_overview import SmsCampaignOverview
from .sms_campaign_reports_summary import SmsCampaignReportsSummary
from .sms_campaign_scheduling import SmsCampaignScheduling
from .sms_campaign_segment import SmsCampaignSegment
from .sms_mobile import SmsMobile
from .sms_operational_message import SmsOperationalMessage
from .sms_operational_message_details import SmsOperationalMessageDetails
from .sms_operational_message_input import SmsOperationalMessageInput
from .sms_operational_message_scheduling import SmsOperationalMessageScheduling
from .sms_report_click import SmsReportClick
from .sms_report_contact import SmsReportContact
from .sms_send_type import SmsSendType
from .user_social_account import UserSocialAccount
from .webhook import Webhook
from .webhook_create import WebhookCreate
from .webhook_parameter import WebhookParameter
from .webhook_parameter_update import WebhookParameterUpdate
from .webhook_test_request import WebhookTestRequest
from .webhook_update import WebhookUpdate

__all__ = (
    "AccountActiveCommerceIntegration",
    "AccountBalance",
    "AccountBalanceCoupons",
    "AccountContactField",
    "AccountContactGrowthDay",
    "AccountContentCategory",
    "AccountContentCategoryCreate",
    "AccountContentCategoryUpdate",
    "AccountCreditBalance",
    "AccountEmailSendingProfile",
    "AccountExecutiveReport",
    "AccountExecutiveReportMonth",
    "AccountSmsSendingProfile",
    "Automation",
    "AutomationActivation",
    "AutomationActivationUpdate",
    "AutomationCampaignStatistic",
    "AutomationContactUpdateStep",
    "AutomationContactUpdateStepUpdate",
    "AutomationContactsReport",
    "AutomationContactsReportRow",
    "AutomationDesign",
    "AutomationDetails",
    "AutomationEmailCampaignsSummary",
    "AutomationEmailStep",
    "AutomationEmailStepUpdate",
    "AutomationExtendedDetails",
    "AutomationOverviewReport",
    "AutomationSmsCampaignsSummary",
    "AutomationSmsStep",
    "AutomationSmsStepUpdate",
    "AutomationStepInfo",
    "AutomationTestRequest",
    "AutomationTriggerInfo",
    "AutomationTriggerOption",
    "AutomationUpdateAction",
    "AutomationWhatsAppStep",
    "AutomationWorkingDay",
    "CampaignBounce",
    "CampaignBouncesByDomain",
    "CampaignBouncesReport",
    "CampaignBrowserClientsReport",
    "CampaignClickDetail",
    "CampaignClickDetailsReport",
    "CampaignComplaintsReport",
    "CampaignDomainReport",
    "CampaignEmailActivity",
    "CampaignEmailActivityReport",
    "CampaignOpensReport",
    "CampaignReportContact",
    "CampaignReportSummary",
    "CampaignSentReport",
    "CampaignUnopenedReport",
    "CampaignUnsubscribe",
    "CampaignUnsubscribesReport",
    "CommerceOrder",
    "CommerceOrderProduct",
    "CommerceOrderSchema",
    "CommerceOrderUpdate",
    "Contact",
    "ContactActivity",
    "ContactBounce",
    "ContactEmailMessageStats",
    "ContactGroupSummary",
    "ContactImportError",
    "ContactMailingListSummary",
    "ContactMerge",
    "ContactMergeResolution",
    "ContactSmsCampaignStats",
    "ContactSmsUnsubscriber",
    "ContactStatusDailyStats",
    "ContactSubscriptionStatus",
    "ContactsImportRequest",
    "ContactsImportResult",
    "CustomerState",
    "EmailCampaign",
    "EmailCampaignAbSettings",
    "EmailCampaignAbWaitTime",
    "EmailCampaignContacts",
    "EmailCampaignContactsCreate",
    "EmailCampaignCreate",
    "EmailCampaignDesign",
    "EmailCampaignDetails",
    "EmailCampaignEcommerceAmount",
    "EmailCampaignEcommerceData",
    "EmailCampaignEcommerceDataList",
    "EmailCampaignEcommerceItem",
    "EmailCampaignEcommerceOrderStatus",
    "EmailCampaignEcommerceProduct",
    "EmailCampaignEcommerceProducts",
    "EmailCampaignEcommerceRecommendations",
    "EmailCampaignPair",
    "EmailCampaignScheduling",
    "EmailCampaignSegment",
    "EmailCampaignSegmentInput",
    "EmailCampaignTemplate",
    "EmailCampaignUpdate",
    "EmailTemplate",
    "EmailTemplateCategory",
    "EmailTemplateCategoryInput",
    "EmailTemplateContent",
    "EmailTemplateContentUpdate",
    "ErrorResponse",
    "ErrorResponseModelStateType0",
    "ExternalBulkResult",
    "ExternalContactActivity",
    "ExternalContactError",
    "ExternalContactField",
    "ExternalContactList",
    "ExternalContactRef",
    "ExternalEmailPackage",
    "ExternalImportContact",
    "ExternalImportRequest",
    "ExternalKeyValuePair",
    "ExternalMapping",
    "ExternalOperationalMessage",
    "ExternalOperationalMessageBccType0",
    "ExternalOperationalMessageDesign",
    "ExternalOperationalMessageDetails",
    "ExternalOperationalMessageResult",
    "ExternalOperationalSmsMessage",
    "Group",
    "GroupEvent",
    "GroupMemberAdd",
    "GroupMemberOptions",
    "GroupMembersPage",
    "LandingPage",
    "MailingList",
    "MailingListContact",
    "MailingListMembersPage",
    "MemberDoubleOptin",
    "OperationalMessageBcc",
    "OperationalMessageContact",
    "OperationalMessageContactPackage",
    "OperationalMessageContactsRequest",
    "OperationalMessageDesign",
    "OperationalMessageDetails",
    "OperationalMessageEmailPackage",
    "OperationalMessageEmailRequest",
    "OperationalMessagePair",
    "PushCampaignContactsReport",
    "PushCampaignReport",
    "PushCampaignReportContact",
    "Segmentation",
    "SegmentationChainedRule",
    "SegmentationChainedRulesSet",
    "SegmentationCreate",
    "SegmentationRule",
    "SegmentationRuleFieldTypes",
    "SegmentationRuleOperations",
    "SegmentationRuleTypes",
    "SegmentationRuleTypesMapping",
    "SegmentationRules",
    "SegmentationRulesSet",
    "SegmentationUpdate",
    "SignupForm",
    "SmartCodeSite",
    "SmartCodeSiteInput",
    "SmsCampaign",
    "SmsCampaignClickDetailsReport",
    "SmsCampaignClickersReport",
    "SmsCampaignClicksReport",
    "SmsCampaignContactsReport",
    "SmsCampaignInput",
    "SmsCampaignList",
    "SmsCampaignOverview",
    "SmsCampaignReportsSummary",
    "SmsCampaignScheduling",
    "SmsCampaignSegment",
    "SmsMobile",
    "SmsOperationalMessage",
    "SmsOperationalMessageDetails",
    "SmsOperationalMessageInput",
    "SmsOperationalMessageScheduling",
    "SmsReportClick",
    "SmsReportContact",
    "SmsSendType",
    "UserSocialAccount",
    "Webhook",
    "WebhookCreate",
    "WebhookParameter",
    "WebhookParameterUpdate",
    "WebhookTestRequest",
    "WebhookUpdate",
)
