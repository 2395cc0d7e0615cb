"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): `from .models import X` imports only X's module. Rewritten by pulsetrail's
scripts/generate.py, because the generator's eager version imports every model whenever any operation is imported.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_active_commerce_integration import AccountActiveCommerceIntegration as AccountActiveCommerceIntegration
    from .account_balance import AccountBalance as AccountBalance
    from .account_balance_coupons import AccountBalanceCoupons as AccountBalanceCoupons
    from .account_contact_field import AccountContactField as AccountContactField
    from .account_contact_growth_day import AccountContactGrowthDay as AccountContactGrowthDay
    from .account_content_category import AccountContentCategory as AccountContentCategory
    from .account_content_category_create import AccountContentCategoryCreate as AccountContentCategoryCreate
    from .account_content_category_update import AccountContentCategoryUpdate as AccountContentCategoryUpdate
    from .account_credit_balance import AccountCreditBalance as AccountCreditBalance
    from .account_email_sending_profile import AccountEmailSendingProfile as AccountEmailSendingProfile
    from .account_executive_report import AccountExecutiveReport as AccountExecutiveReport
    from .account_executive_report_month import AccountExecutiveReportMonth as AccountExecutiveReportMonth
    from .account_sms_sending_profile import AccountSmsSendingProfile as AccountSmsSendingProfile
    from .automation import Automation as Automation
    from .automation_activation import AutomationActivation as AutomationActivation
    from .automation_activation_update import AutomationActivationUpdate as AutomationActivationUpdate
    from .automation_campaign_statistic import AutomationCampaignStatistic as AutomationCampaignStatistic
    from .automation_contact_update_step import AutomationContactUpdateStep as AutomationContactUpdateStep
    from .automation_contact_update_step_update import AutomationContactUpdateStepUpdate as AutomationContactUpdateStepUpdate
    from .automation_contacts_report import AutomationContactsReport as AutomationContactsReport
    from .automation_contacts_report_row import AutomationContactsReportRow as AutomationContactsReportRow
    from .automation_design import AutomationDesign as AutomationDesign
    from .automation_details import AutomationDetails as AutomationDetails
    from .automation_details_update import AutomationDetailsUpdate as AutomationDetailsUpdate
    from .automation_email_campaigns_summary import AutomationEmailCampaignsSummary as AutomationEmailCampaignsSummary
    from .automation_email_step import AutomationEmailStep as AutomationEmailStep
    from .automation_email_step_update import AutomationEmailStepUpdate as AutomationEmailStepUpdate
    from .automation_extended_details import AutomationExtendedDetails as AutomationExtendedDetails
    from .automation_overview_report import AutomationOverviewReport as AutomationOverviewReport
    from .automation_sms_campaigns_summary import AutomationSmsCampaignsSummary as AutomationSmsCampaignsSummary
    from .automation_sms_step import AutomationSmsStep as AutomationSmsStep
    from .automation_sms_step_update import AutomationSmsStepUpdate as AutomationSmsStepUpdate
    from .automation_step_info import AutomationStepInfo as AutomationStepInfo
    from .automation_test_request import AutomationTestRequest as AutomationTestRequest
    from .automation_trigger_info import AutomationTriggerInfo as AutomationTriggerInfo
    from .automation_trigger_option import AutomationTriggerOption as AutomationTriggerOption
    from .automation_update_action import AutomationUpdateAction as AutomationUpdateAction
    from .automation_whats_app_step import AutomationWhatsAppStep as AutomationWhatsAppStep
    from .automation_whats_app_step_update import AutomationWhatsAppStepUpdate as AutomationWhatsAppStepUpdate
    from .automation_working_day import AutomationWorkingDay as AutomationWorkingDay
    from .campaign_bounce import CampaignBounce as CampaignBounce
    from .campaign_bounces_by_domain import CampaignBouncesByDomain as CampaignBouncesByDomain
    from .campaign_bounces_report import CampaignBouncesReport as CampaignBouncesReport
    from .campaign_browser_clients_report import CampaignBrowserClientsReport as CampaignBrowserClientsReport
    from .campaign_click_detail import CampaignClickDetail as CampaignClickDetail
    from .campaign_click_details_report import CampaignClickDetailsReport as CampaignClickDetailsReport
    from .campaign_client_usage import CampaignClientUsage as CampaignClientUsage
    from .campaign_complaints_report import CampaignComplaintsReport as CampaignComplaintsReport
    from .campaign_domain_report import CampaignDomainReport as CampaignDomainReport
    from .campaign_email_activity import CampaignEmailActivity as CampaignEmailActivity
    from .campaign_email_activity_report import CampaignEmailActivityReport as CampaignEmailActivityReport
    from .campaign_opens_report import CampaignOpensReport as CampaignOpensReport
    from .campaign_report_contact import CampaignReportContact as CampaignReportContact
    from .campaign_report_summary import CampaignReportSummary as CampaignReportSummary
    from .campaign_sent_report import CampaignSentReport as CampaignSentReport
    from .campaign_unopened_report import CampaignUnopenedReport as CampaignUnopenedReport
    from .campaign_unsubscribe import CampaignUnsubscribe as CampaignUnsubscribe
    from .campaign_unsubscribes_report import CampaignUnsubscribesReport as CampaignUnsubscribesReport
    from .commerce_order import CommerceOrder as CommerceOrder
    from .commerce_order_create import CommerceOrderCreate as CommerceOrderCreate
    from .commerce_order_product import CommerceOrderProduct as CommerceOrderProduct
    from .commerce_order_schema_field import CommerceOrderSchemaField as CommerceOrderSchemaField
    from .commerce_order_update import CommerceOrderUpdate as CommerceOrderUpdate
    from .contact import Contact as Contact
    from .contact_activity import ContactActivity as ContactActivity
    from .contact_bounce import ContactBounce as ContactBounce
    from .contact_email_message_stats import ContactEmailMessageStats as ContactEmailMessageStats
    from .contact_group_summary import ContactGroupSummary as ContactGroupSummary
    from .contact_import_error import ContactImportError as ContactImportError
    from .contact_input import ContactInput as ContactInput
    from .contact_mailing_list_summary import ContactMailingListSummary as ContactMailingListSummary
    from .contact_merge import ContactMerge as ContactMerge
    from .contact_merge_resolution import ContactMergeResolution as ContactMergeResolution
    from .contact_sms_campaign_stats import ContactSmsCampaignStats as ContactSmsCampaignStats
    from .contact_sms_unsubscriber import ContactSmsUnsubscriber as ContactSmsUnsubscriber
    from .contact_status_daily_stats import ContactStatusDailyStats as ContactStatusDailyStats
    from .contact_subscription_status import ContactSubscriptionStatus as ContactSubscriptionStatus
    from .contacts_import_request import ContactsImportRequest as ContactsImportRequest
    from .contacts_import_result import ContactsImportResult as ContactsImportResult
    from .customer_state import CustomerState as CustomerState
    from .email_campaign import EmailCampaign as EmailCampaign
    from .email_campaign_ab_settings import EmailCampaignAbSettings as EmailCampaignAbSettings
    from .email_campaign_ab_wait_time import EmailCampaignAbWaitTime as EmailCampaignAbWaitTime
    from .email_campaign_contacts import EmailCampaignContacts as EmailCampaignContacts
    from .email_campaign_contacts_create import EmailCampaignContactsCreate as EmailCampaignContactsCreate
    from .email_campaign_create import EmailCampaignCreate as EmailCampaignCreate
    from .email_campaign_design import EmailCampaignDesign as EmailCampaignDesign
    from .email_campaign_details import EmailCampaignDetails as EmailCampaignDetails
    from .email_campaign_ecommerce_amount import EmailCampaignEcommerceAmount as EmailCampaignEcommerceAmount
    from .email_campaign_ecommerce_data import EmailCampaignEcommerceData as EmailCampaignEcommerceData
    from .email_campaign_ecommerce_data_list import EmailCampaignEcommerceDataList as EmailCampaignEcommerceDataList
    from .email_campaign_ecommerce_item import EmailCampaignEcommerceItem as EmailCampaignEcommerceItem
    from .email_campaign_ecommerce_order_status import EmailCampaignEcommerceOrderStatus as EmailCampaignEcommerceOrderStatus
    from .email_campaign_ecommerce_product import EmailCampaignEcommerceProduct as EmailCampaignEcommerceProduct
    from .email_campaign_ecommerce_products import EmailCampaignEcommerceProducts as EmailCampaignEcommerceProducts
    from .email_campaign_ecommerce_recommendations import EmailCampaignEcommerceRecommendations as EmailCampaignEcommerceRecommendations
    from .email_campaign_pair import EmailCampaignPair as EmailCampaignPair
    from .email_campaign_scheduling import EmailCampaignScheduling as EmailCampaignScheduling
    from .email_campaign_segment import EmailCampaignSegment as EmailCampaignSegment
    from .email_campaign_segment_input import EmailCampaignSegmentInput as EmailCampaignSegmentInput
    from .email_campaign_template import EmailCampaignTemplate as EmailCampaignTemplate
    from .email_campaign_update import EmailCampaignUpdate as EmailCampaignUpdate
    from .email_template import EmailTemplate as EmailTemplate
    from .email_template_category import EmailTemplateCategory as EmailTemplateCategory
    from .email_template_category_input import EmailTemplateCategoryInput as EmailTemplateCategoryInput
    from .email_template_content import EmailTemplateContent as EmailTemplateContent
    from .email_template_content_update import EmailTemplateContentUpdate as EmailTemplateContentUpdate
    from .email_template_input import EmailTemplateInput as EmailTemplateInput
    from .error_response import ErrorResponse as ErrorResponse
    from .error_response_model_state_type_0 import ErrorResponseModelStateType0 as ErrorResponseModelStateType0
    from .external_bulk_result import ExternalBulkResult as ExternalBulkResult
    from .external_contact_activity import ExternalContactActivity as ExternalContactActivity
    from .external_contact_error import ExternalContactError as ExternalContactError
    from .external_contact_field import ExternalContactField as ExternalContactField
    from .external_contact_list import ExternalContactList as ExternalContactList
    from .external_contact_ref import ExternalContactRef as ExternalContactRef
    from .external_import_contact import ExternalImportContact as ExternalImportContact
    from .external_import_request import ExternalImportRequest as ExternalImportRequest
    from .external_mapping import ExternalMapping as ExternalMapping
    from .external_operational_message import ExternalOperationalMessage as ExternalOperationalMessage
    from .external_operational_message_result import ExternalOperationalMessageResult as ExternalOperationalMessageResult
    from .external_operational_package import ExternalOperationalPackage as ExternalOperationalPackage
    from .external_operational_sms_message import ExternalOperationalSmsMessage as ExternalOperationalSmsMessage
    from .external_sms_customer import ExternalSmsCustomer as ExternalSmsCustomer
    from .group import Group as Group
    from .group_event import GroupEvent as GroupEvent
    from .group_input import GroupInput as GroupInput
    from .group_member_add import GroupMemberAdd as GroupMemberAdd
    from .group_member_options import GroupMemberOptions as GroupMemberOptions
    from .group_members_page import GroupMembersPage as GroupMembersPage
    from .landing_page import LandingPage as LandingPage
    from .mailing_list import MailingList as MailingList
    from .mailing_list_contact import MailingListContact as MailingListContact
    from .mailing_list_contact_input import MailingListContactInput as MailingListContactInput
    from .mailing_list_create import MailingListCreate as MailingListCreate
    from .mailing_list_members_page import MailingListMembersPage as MailingListMembersPage
    from .member_double_optin import MemberDoubleOptin as MemberDoubleOptin
    from .operational_message_bcc import OperationalMessageBcc as OperationalMessageBcc
    from .operational_message_contact import OperationalMessageContact as OperationalMessageContact
    from .operational_message_contact_package import OperationalMessageContactPackage as OperationalMessageContactPackage
    from .operational_message_contacts_request import OperationalMessageContactsRequest as OperationalMessageContactsRequest
    from .operational_message_design import OperationalMessageDesign as OperationalMessageDesign
    from .operational_message_details import OperationalMessageDetails as OperationalMessageDetails
    from .operational_message_email_package import OperationalMessageEmailPackage as OperationalMessageEmailPackage
    from .operational_message_email_request import OperationalMessageEmailRequest as OperationalMessageEmailRequest
    from .operational_message_pair import OperationalMessagePair as OperationalMessagePair
    from .push_campaign import PushCampaign as PushCampaign
    from .push_campaign_contacts_report import PushCampaignContactsReport as PushCampaignContactsReport
    from .push_campaign_list import PushCampaignList as PushCampaignList
    from .push_campaign_report import PushCampaignReport as PushCampaignReport
    from .push_campaign_report_contact import PushCampaignReportContact as PushCampaignReportContact
    from .segmentation import Segmentation as Segmentation
    from .segmentation_chained_rule import SegmentationChainedRule as SegmentationChainedRule
    from .segmentation_chained_rules_set import SegmentationChainedRulesSet as SegmentationChainedRulesSet
    from .segmentation_create import SegmentationCreate as SegmentationCreate
    from .segmentation_operations_by_field_map import SegmentationOperationsByFieldMap as SegmentationOperationsByFieldMap
    from .segmentation_rule import SegmentationRule as SegmentationRule
    from .segmentation_rule_field_types_map import SegmentationRuleFieldTypesMap as SegmentationRuleFieldTypesMap
    from .segmentation_rule_operations_map import SegmentationRuleOperationsMap as SegmentationRuleOperationsMap
    from .segmentation_rule_types_mapping_map import SegmentationRuleTypesMappingMap as SegmentationRuleTypesMappingMap
    from .segmentation_rules import SegmentationRules as SegmentationRules
    from .segmentation_rules_set import SegmentationRulesSet as SegmentationRulesSet
    from .segmentation_update import SegmentationUpdate as SegmentationUpdate
    from .signup_form import SignupForm as SignupForm
    from .smart_code_site import SmartCodeSite as SmartCodeSite
    from .smart_code_site_input import SmartCodeSiteInput as SmartCodeSiteInput
    from .sms_campaign import SmsCampaign as SmsCampaign
    from .sms_campaign_click_details_report import SmsCampaignClickDetailsReport as SmsCampaignClickDetailsReport
    from .sms_campaign_clickers_report import SmsCampaignClickersReport as SmsCampaignClickersReport
    from .sms_campaign_clicks_report import SmsCampaignClicksReport as SmsCampaignClicksReport
    from .sms_campaign_contacts_report import SmsCampaignContactsReport as SmsCampaignContactsReport
    from .sms_campaign_input import SmsCampaignInput as SmsCampaignInput
    from .sms_campaign_list import SmsCampaignList as SmsCampaignList
    from .sms_campaign_overview import SmsCampaignOverview as SmsCampaignOverview
    from .sms_campaign_reports_summary import SmsCampaignReportsSummary as SmsCampaignReportsSummary
    from .sms_campaign_scheduling import SmsCampaignScheduling as SmsCampaignScheduling
    from .sms_campaign_segment import SmsCampaignSegment as SmsCampaignSegment
    from .sms_mobile import SmsMobile as SmsMobile
    from .sms_operational_message import SmsOperationalMessage as SmsOperationalMessage
    from .sms_operational_message_details import SmsOperationalMessageDetails as SmsOperationalMessageDetails
    from .sms_operational_message_input import SmsOperationalMessageInput as SmsOperationalMessageInput
    from .sms_operational_message_scheduling import SmsOperationalMessageScheduling as SmsOperationalMessageScheduling
    from .sms_report_click import SmsReportClick as SmsReportClick
    from .sms_report_contact import SmsReportContact as SmsReportContact
    from .sms_send_type import SmsSendType as SmsSendType
    from .user_social_account import UserSocialAccount as UserSocialAccount
    from .webhook import Webhook as Webhook
    from .webhook_create import WebhookCreate as WebhookCreate
    from .webhook_parameter import WebhookParameter as WebhookParameter
    from .webhook_parameter_update import WebhookParameterUpdate as WebhookParameterUpdate
    from .webhook_test_request import WebhookTestRequest as WebhookTestRequest
    from .webhook_update import WebhookUpdate as WebhookUpdate

_MODULES = {
    "AccountActiveCommerceIntegration": "account_active_commerce_integration",
    "AccountBalance": "account_balance",
    "AccountBalanceCoupons": "account_balance_coupons",
    "AccountContactField": "account_contact_field",
    "AccountContactGrowthDay": "account_contact_growth_day",
    "AccountContentCategory": "account_content_category",
    "AccountContentCategoryCreate": "account_content_category_create",
    "AccountContentCategoryUpdate": "account_content_category_update",
    "AccountCreditBalance": "account_credit_balance",
    "AccountEmailSendingProfile": "account_email_sending_profile",
    "AccountExecutiveReport": "account_executive_report",
    "AccountExecutiveReportMonth": "account_executive_report_month",
    "AccountSmsSendingProfile": "account_sms_sending_profile",
    "Automation": "automation",
    "AutomationActivation": "automation_activation",
    "AutomationActivationUpdate": "automation_activation_update",
    "AutomationCampaignStatistic": "automation_campaign_statistic",
    "AutomationContactUpdateStep": "automation_contact_update_step",
    "AutomationContactUpdateStepUpdate": "automation_contact_update_step_update",
    "AutomationContactsReport": "automation_contacts_report",
    "AutomationContactsReportRow": "automation_contacts_report_row",
    "AutomationDesign": "automation_design",
    "AutomationDetails": "automation_details",
    "AutomationDetailsUpdate": "automation_details_update",
    "AutomationEmailCampaignsSummary": "automation_email_campaigns_summary",
    "AutomationEmailStep": "automation_email_step",
    "AutomationEmailStepUpdate": "automation_email_step_update",
    "AutomationExtendedDetails": "automation_extended_details",
    "AutomationOverviewReport": "automation_overview_report",
    "AutomationSmsCampaignsSummary": "automation_sms_campaigns_summary",
    "AutomationSmsStep": "automation_sms_step",
    "AutomationSmsStepUpdate": "automation_sms_step_update",
    "AutomationStepInfo": "automation_step_info",
    "AutomationTestRequest": "automation_test_request",
    "AutomationTriggerInfo": "automation_trigger_info",
    "AutomationTriggerOption": "automation_trigger_option",
    "AutomationUpdateAction": "automation_update_action",
    "AutomationWhatsAppStep": "automation_whats_app_step",
    "AutomationWhatsAppStepUpdate": "automation_whats_app_step_update",
    "AutomationWorkingDay": "automation_working_day",
    "CampaignBounce": "campaign_bounce",
    "CampaignBouncesByDomain": "campaign_bounces_by_domain",
    "CampaignBouncesReport": "campaign_bounces_report",
    "CampaignBrowserClientsReport": "campaign_browser_clients_report",
    "CampaignClickDetail": "campaign_click_detail",
    "CampaignClickDetailsReport": "campaign_click_details_report",
    "CampaignClientUsage": "campaign_client_usage",
    "CampaignComplaintsReport": "campaign_complaints_report",
    "CampaignDomainReport": "campaign_domain_report",
    "CampaignEmailActivity": "campaign_email_activity",
    "CampaignEmailActivityReport": "campaign_email_activity_report",
    "CampaignOpensReport": "campaign_opens_report",
    "CampaignReportContact": "campaign_report_contact",
    "CampaignReportSummary": "campaign_report_summary",
    "CampaignSentReport": "campaign_sent_report",
    "CampaignUnopenedReport": "campaign_unopened_report",
    "CampaignUnsubscribe": "campaign_unsubscribe",
    "CampaignUnsubscribesReport": "campaign_unsubscribes_report",
    "CommerceOrder": "commerce_order",
    "CommerceOrderCreate": "commerce_order_create",
    "CommerceOrderProduct": "commerce_order_product",
    "CommerceOrderSchemaField": "commerce_order_schema_field",
    "CommerceOrderUpdate": "commerce_order_update",
    "Contact": "contact",
    "ContactActivity": "contact_activity",
    "ContactBounce": "contact_bounce",
    "ContactEmailMessageStats": "contact_email_message_stats",
    "ContactGroupSummary": "contact_group_summary",
    "ContactImportError": "contact_import_error",
    "ContactInput": "contact_input",
    "ContactMailingListSummary": "contact_mailing_list_summary",
    "ContactMerge": "contact_merge",
    "ContactMergeResolution": "contact_merge_resolution",
    "ContactSmsCampaignStats": "contact_sms_campaign_stats",
    "ContactSmsUnsubscriber": "contact_sms_unsubscriber",
    "ContactStatusDailyStats": "contact_status_daily_stats",
    "ContactSubscriptionStatus": "contact_subscription_status",
    "ContactsImportRequest": "contacts_import_request",
    "ContactsImportResult": "contacts_import_result",
    "CustomerState": "customer_state",
    "EmailCampaign": "email_campaign",
    "EmailCampaignAbSettings": "email_campaign_ab_settings",
    "EmailCampaignAbWaitTime": "email_campaign_ab_wait_time",
    "EmailCampaignContacts": "email_campaign_contacts",
    "EmailCampaignContactsCreate": "email_campaign_contacts_create",
    "EmailCampaignCreate": "email_campaign_create",
    "EmailCampaignDesign": "email_campaign_design",
    "EmailCampaignDetails": "email_campaign_details",
    "EmailCampaignEcommerceAmount": "email_campaign_ecommerce_amount",
    "EmailCampaignEcommerceData": "email_campaign_ecommerce_data",
    "EmailCampaignEcommerceDataList": "email_campaign_ecommerce_data_list",
    "EmailCampaignEcommerceItem": "email_campaign_ecommerce_item",
    "EmailCampaignEcommerceOrderStatus": "email_campaign_ecommerce_order_status",
    "EmailCampaignEcommerceProduct": "email_campaign_ecommerce_product",
    "EmailCampaignEcommerceProducts": "email_campaign_ecommerce_products",
    "EmailCampaignEcommerceRecommendations": "email_campaign_ecommerce_recommendations",
    "EmailCampaignPair": "email_campaign_pair",
    "EmailCampaignScheduling": "email_campaign_scheduling",
    "EmailCampaignSegment": "email_campaign_segment",
    "EmailCampaignSegmentInput": "email_campaign_segment_input",
    "EmailCampaignTemplate": "email_campaign_template",
    "EmailCampaignUpdate": "email_campaign_update",
    "EmailTemplate": "email_template",
    "EmailTemplateCategory": "email_template_category",
    "EmailTemplateCategoryInput": "email_template_category_input",
    "EmailTemplateContent": "email_template_content",
    "EmailTemplateContentUpdate": "email_template_content_update",
    "EmailTemplateInput": "email_template_input",
    "ErrorResponse": "error_response",
    "ErrorResponseModelStateType0": "error_response_model_state_type_0",
    "ExternalBulkResult": "external_bulk_result",
    "ExternalContactActivity": "external_contact_activity",
    "ExternalContactError": "external_contact_error",
    "ExternalContactField": "external_contact_field",
    "ExternalContactList": "external_contact_list",
    "ExternalContactRef": "external_contact_ref",
    "ExternalImportContact": "external_import_contact",
    "ExternalImportRequest": "external_import_request",
    "ExternalMapping": "external_mapping",
    "ExternalOperationalMessage": "external_operational_message",
    "ExternalOperationalMessageResult": "external_operational_message_result",
    "ExternalOperationalPackage": "external_operational_package",
    "ExternalOperationalSmsMessage": "external_operational_sms_message",
    "ExternalSmsCustomer": "external_sms_customer",
    "Group": "group",
    "GroupEvent": "group_event",
    "GroupInput": "group_input",
    "GroupMemberAdd": "group_member_add",
    "GroupMemberOptions": "group_member_options",
    "GroupMembersPage": "group_members_page",
    "LandingPage": "landing_page",
    "MailingList": "mailing_list",
    "MailingListContact": "mailing_list_contact",
    "MailingListContactInput": "mailing_list_contact_input",
    "MailingListCreate": "mailing_list_create",
    "MailingListMembersPage": "mailing_list_members_page",
    "MemberDoubleOptin": "member_double_optin",
    "OperationalMessageBcc": "operational_message_bcc",
    "OperationalMessageContact": "operational_message_contact",
    "OperationalMessageContactPackage": "operational_message_contact_package",
    "OperationalMessageContactsRequest": "operational_message_contacts_request",
    "OperationalMessageDesign": "operational_message_design",
    "OperationalMessageDetails": "operational_message_details",
    "OperationalMessageEmailPackage": "operational_message_email_package",
    "OperationalMessageEmailRequest": "operational_message_email_request",
    "OperationalMessagePair": "operational_message_pair",
    "PushCampaign": "push_campaign",
    "PushCampaignContactsReport": "push_campaign_contacts_report",
    "PushCampaignList": "push_campaign_list",
    "PushCampaignReport": "push_campaign_report",
    "PushCampaignReportContact": "push_campaign_report_contact",
    "Segmentation": "segmentation",
    "SegmentationChainedRule": "segmentation_chained_rule",
    "SegmentationChainedRulesSet": "segmentation_chained_rules_set",
    "SegmentationCreate": "segmentation_create",
    "SegmentationOperationsByFieldMap": "segmentation_operations_by_field_map",
    "SegmentationRule": "segmentation_rule",
    "SegmentationRuleFieldTypesMap": "segmentation_rule_field_types_map",
    "SegmentationRuleOperationsMap": "segmentation_rule_operations_map",
    "SegmentationRuleTypesMappingMap": "segmentation_rule_types_mapping_map",
    "SegmentationRules": "segmentation_rules",
    "SegmentationRulesSet": "segmentation_rules_set",
    "SegmentationUpdate": "segmentation_update",
    "SignupForm": "signup_form",
    "SmartCodeSite": "smart_code_site",
    "SmartCodeSiteInput": "smart_code_site_input",
    "SmsCampaign": "sms_campaign",
    "SmsCampaignClickDetailsReport": "sms_campaign_click_details_report",
    "SmsCampaignClickersReport": "sms_campaign_clickers_report",
    "SmsCampaignClicksReport": "sms_campaign_clicks_report",
    "SmsCampaignContactsReport": "sms_campaign_contacts_report",
    "SmsCampaignInput": "sms_campaign_input",
    "SmsCampaignList": "sms_campaign_list",
    "SmsCampaignOverview": "sms_campaign_overview",
    "SmsCampaignReportsSummary": "sms_campaign_reports_summary",
    "SmsCampaignScheduling": "sms_campaign_scheduling",
    "SmsCampaignSegment": "sms_campaign_segment",
    "SmsMobile": "sms_mobile",
    "SmsOperationalMessage": "sms_operational_message",
    "SmsOperationalMessageDetails": "sms_operational_message_details",
    "SmsOperationalMessageInput": "sms_operational_message_input",
    "SmsOperationalMessageScheduling": "sms_operational_message_scheduling",
    "SmsReportClick": "sms_report_click",
    "SmsReportContact": "sms_report_contact",
    "SmsSendType": "sms_send_type",
    "UserSocialAccount": "user_social_account",
    "Webhook": "webhook",
    "WebhookCreate": "webhook_create",
    "WebhookParameter": "webhook_parameter",
    "WebhookParameterUpdate": "webhook_parameter_update",
    "WebhookTestRequest": "webhook_test_request",
    "WebhookUpdate": "webhook_update",
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
