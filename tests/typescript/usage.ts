// Typed use of both APIs through the types openapi-typescript generates from our specs: the TypeScript proof that
// the specs describe usable shapes (tests/test_typescript.py generates ./generated/*.ts and runs `tsc --strict`).
import type {
  components as A360Components,
  operations as A360Operations,
  paths as A360Paths,
} from "./generated/a360";
import type {
  components as ActiveTrailComponents,
  operations as ActiveTrailOperations,
  paths as ActiveTrailPaths,
} from "./generated/activetrail";

// ---- A small typed client over any generated `paths` -----------------------------------------------------------

type HttpMethod = "get" | "post" | "put" | "delete" | "patch";

/** The operation at a path and method of a generated `paths` interface. */
type OperationAt<P, Path extends keyof P, M extends HttpMethod> = P[Path] extends { [K in M]: infer Op } ? Op : never;
/** The JSON body of an operation's 200 response. */
type Ok<Op> = Op extends { responses: { 200: { content: { "application/json": infer T } } } } ? T : never;
type Query<Op> = Op extends { parameters: { query?: infer Q } } ? Q : never;
type PathParams<Op> = Op extends { parameters: { path: infer P } } ? P : never;
type Body<Op> = Op extends { requestBody: { content: { "application/json": infer B } } } ? B : never;

interface RequestArgs<Op> {
  path?: PathParams<Op>;
  query?: Query<Op>;
  body?: Body<Op>;
}

type Scalar = string | number | boolean;

async function request<T>(
  baseUrl: string,
  headers: Record<string, string>,
  method: HttpMethod,
  template: string,
  args: { path?: object; query?: object; body?: unknown },
): Promise<T> {
  let url = template;
  for (const [name, value] of Object.entries(args.path ?? {}) as [string, Scalar][]) {
    url = url.replace(`{${name}}`, encodeURIComponent(String(value)));
  }
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(args.query ?? {}) as [string, Scalar | undefined][]) {
    if (value !== undefined) search.set(name, String(value));
  }
  const query = search.size > 0 ? `?${search.toString()}` : "";
  const init: RequestInit = { method: method.toUpperCase(), headers: { ...headers, "Content-Type": "application/json" } };
  if (args.body !== undefined) init.body = JSON.stringify(args.body);
  const response = await fetch(`${baseUrl}${url}${query}`, init);
  if (!response.ok) throw new Error(`${method.toUpperCase()} ${template}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

// ---- A360 ----------------------------------------------------------------------------------------------------------

type A360Schemas = A360Components["schemas"];

function a360<Path extends keyof A360Paths & string, M extends HttpMethod>(
  token: string,
  method: M,
  path: Path,
  args: RequestArgs<OperationAt<A360Paths, Path, M>>,
): Promise<Ok<OperationAt<A360Paths, Path, M>>> {
  return request(
    "https://api.sendpulse.com",
    { Authorization: `Bearer ${token}` },
    method,
    path,
    args as { path?: object; query?: object; body?: unknown },
  );
}

/** A360 counters come as integers or numeric strings (`Count`). */
function count(value: A360Schemas["Count"] | undefined): number {
  return value === undefined ? 0 : Number(value);
}

/** Every recipient of an Email element: `list_email_addresses` pages carry `data` and the `total`. */
export async function allEmailRecipients(token: string, elementId: number): Promise<A360Schemas["EmailAddress"][]> {
  const recipients: A360Schemas["EmailAddress"][] = [];
  const limit = 100;
  for (let offset = 0; ; offset += limit) {
    const page: A360Schemas["EmailAddressList"] = await a360(token, "get", "/a360/stats/email/{ID}/addresses", {
      path: { ID: elementId },
      query: { limit, offset, sortDirection: "asc", sortField: "id" },
    });
    recipients.push(...page.data);
    if (page.data.length < limit || offset + limit >= count(page.total)) return recipients;
  }
}

/** Who opened: the typed rows of a page, by their documented fields. */
export function openedAddresses(page: A360Operations["list_email_addresses"]["responses"][200]["content"]["application/json"]): string[] {
  return page.data.filter((row) => row.open_date != null).map((row) => row.email ?? "");
}

/** The `filter` query parameter of every group-stat-filtered call: a `DateFilter` sent as compact JSON. */
export function dateFilter(from: string, to: string): A360Schemas["DateFilter"] {
  return {
    type: "group",
    expression: "and",
    fields: {
      send_date_from: { name: "user_stat_date", expression: "gte", value: from },
      send_date_to: { name: "user_stat_date", expression: "lte", value: to },
    },
  };
}

/** Opens of an Email element in a period (`get_email_stats_filtered`, whose `filter` is required). */
export async function emailOpensInPeriod(token: string, elementId: number, from: string, to: string): Promise<number> {
  const query: A360Operations["get_email_stats_filtered"]["parameters"]["query"] = {
    filter: JSON.stringify(dateFilter(from, to)),
    limit: 100,
    offset: 0,
  };
  const stats = await a360(token, "get", "/a360/stats/email/{ID}/group-stat-filtered", {
    path: { ID: elementId },
    query,
  });
  return count(stats.data.opened);
}

// ---- ActiveTrail ---------------------------------------------------------------------------------------------------

type ActiveTrailSchemas = ActiveTrailComponents["schemas"];

function activeTrail<Path extends keyof ActiveTrailPaths & string, M extends HttpMethod>(
  token: string,
  method: M,
  path: Path,
  args: RequestArgs<OperationAt<ActiveTrailPaths, Path, M>>,
): Promise<Ok<OperationAt<ActiveTrailPaths, Path, M>>> {
  return request(
    "https://webapi.mymarketing.co.il",
    { Authorization: token }, // the raw token, no scheme
    method,
    path,
    args as { path?: object; query?: object; body?: unknown },
  );
}

/** Every active contact: `list_contacts` answers a bare array; a page shorter than `Limit` is the last one. */
export async function allActiveContacts(token: string, fromDate: string): Promise<ActiveTrailSchemas["Contact"][]> {
  const contacts: ActiveTrailSchemas["Contact"][] = [];
  const limit = 100;
  for (let page = 1; ; page += 1) {
    const rows = await activeTrail(token, "get", "/api/contacts", {
      query: { CustomerStates: "ACTIVE", FromDate: fromDate, Page: page, Limit: limit },
    });
    contacts.push(...rows);
    if (rows.length < limit) return contacts;
  }
}

/** Emails of the contacts who opened a campaign (`get_campaign_opens_report`). */
export async function campaignOpeners(token: string, campaignId: number): Promise<string[]> {
  const report: ActiveTrailOperations["get_campaign_opens_report"]["responses"][200]["content"]["application/json"] =
    await activeTrail(token, "get", "/api/campaignreports/{id}/opens", {
      path: { id: campaignId },
      query: { Page: 1, Limit: 100 },
    });
  return (report.campaign_opens ?? []).flatMap((row) => (row.email ? [row.email] : []));
}

/** Bulk import (`import_contacts`): the failures come back in `contact_errors` beside the success count. */
export async function importContacts(
  token: string,
  group: number,
  contacts: ActiveTrailSchemas["Contact"][],
): Promise<{ imported: number; failed: string[] }> {
  const body: ActiveTrailSchemas["ContactsImportRequest"] = { group, contacts };
  const result: ActiveTrailSchemas["ContactsImportResult"] = await activeTrail(token, "post", "/api/contacts/Import", {
    body,
  });
  const failed = (result.contact_errors ?? []).map(
    (error) => `${error.contact_error?.email ?? error.contact_error?.sms ?? "?"}: ${error.message ?? ""}`,
  );
  return { imported: result.success ?? 0, failed };
}

/** Bulk add by external id (`add_external_contacts_to_mailing_list`): partial success, failures listed. */
export async function addToMailingList(
  token: string,
  mailingListId: number,
  externalIds: string[],
): Promise<ActiveTrailSchemas["ExternalContactRef"][]> {
  const result = await activeTrail(token, "post", "/api/external/mailinglist/{mailinglistId}", {
    path: { mailinglistId: mailingListId },
    body: { contacts: externalIds.map((externalId) => ({ externalId, externalName: "crm" })) },
  });
  const bulk: ActiveTrailSchemas["ExternalBulkResult"] = result;
  return (bulk.contact_errors ?? []).flatMap((error) => (error.contact_error ? [error.contact_error] : []));
}
