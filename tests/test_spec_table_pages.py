"""The "official page" column of docs/operations.md (scripts/spec_table.py): which `DOC:<slug>` is whose page."""

from __future__ import annotations

from spec_table import Api, _segmented, official_pages, page_key, render

PAGE = "https://webapi.mymarketing.co.il/api/docs/User/Api/"


def test_page_key_drops_braces_and_joins_segments() -> None:
    assert page_key("GET", "/api/campaignreports/{id}/opens") == "get-api-campaignreports-id-opens"
    assert page_key("POST", "/api/external/operational/sms_message") == "post-api-external-operational-sms_message"


def test_own_page_with_and_without_query_part_and_in_any_case() -> None:
    sources = [
        "DOC:GET-api-automationreports-id-SMSCampaignSummaryReport_FromDate_ToDate",
        "DOC:GET-api-automationreports-id-SMSCampaignSummaryReport",
        "COR",
    ]
    assert official_pages("GET", "/api/automationreports/{id}/SMSCampaignSummaryReport", sources) == (
        "GET-api-automationreports-id-SMSCampaignSummaryReport_FromDate_ToDate",
        "GET-api-automationreports-id-SMSCampaignSummaryReport",
    )
    assert official_pages(
        "get", "/api/automations/{id}/whatsappcampaignsteps", ["DOC:GET-api-automations-id-WhatsAppCampaignSteps"]
    )


def test_a_sibling_page_is_no_page_of_the_operation() -> None:
    # an inferred GET of one step cites the POST of the collection; a longer path is another operation's page
    sources = ["SEED:§Automations", "DOC:POST-api-automations-id-EmailCampaignSteps", "DOC:GET-api-automations-id"]
    assert official_pages("GET", "/api/automations/{id}/EmailCampaignSteps/{stepId}", sources) == ()
    assert official_pages("GET", "/api/automations/{id}", ["DOC:GET-api-automations-id-details"]) == ()
    assert (
        official_pages(
            "GET",
            "/api/campaignreports/{id}/clickdetails/{linkId}",
            ["DOC:GET-api-smscampaignreport-id-clickdetails-linkId_SendType_Page_Limit"],
        )
        == ()
    )


def test_path_with_underscore_matches_its_page() -> None:
    sources = ["DOC:POST-api-external-operational-sms_message", "COR"]
    assert official_pages("POST", "/api/external/operational/sms_message", sources) == (
        "POST-api-external-operational-sms_message",
    )


def test_a360_official_url_is_its_page() -> None:
    sources = ["https://sendpulse.com/integrations/api/a360", "https://sendpulse.fr/integrations/api/a360", "GO-SDK"]
    assert official_pages("GET", "/a360/autoresponders/list", sources) == (
        "https://sendpulse.com/integrations/api/a360",
    )


def test_table_links_the_page_and_counts_operations_with_one() -> None:
    def operation(op_id: str, sources: list[str]) -> dict[str, object]:
        return {"operationId": op_id, "tags": ["Groups"], "x-confidence": "confirmed-doc", "x-source": sources}

    document = {
        "paths": {
            "/api/groups": {"get": operation("list_groups", ["DOC:GET-api-groups_SearchTerm_Page_Limit", "COR"])},
            "/api/groups/{id}": {
                "get": operation("get_group", ["GUIDE-start", "DOC:GET-api-groups_SearchTerm_Page_Limit"])
            },
        }
    }
    text = render([Api("ActiveTrail", "specs/activetrail/", document, inferred_paths=True)])
    assert "| [ActiveTrail](#activetrail) | 2 | 2 | 0 | 0 | 1 |" in text
    slug = "GET-api-groups_SearchTerm_Page_Limit"
    assert (
        f"| GET | {_segmented('/api/groups', '/')} | {_segmented('list_groups', '_')} | Groups | "
        f"confirmed-doc | [{slug}]({PAGE}{slug}) | DOC:{slug}, COR |" in text
    )
    assert (
        f"| GET | {_segmented('/api/groups/{id}', '/')} | {_segmented('get_group', '_')} | Groups | confirmed-doc | - "
        f"| GUIDE-start, DOC:{slug} |" in text
    )
