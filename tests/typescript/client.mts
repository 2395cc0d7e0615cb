// A TypeScript client of both APIs, as a user of another language writes one: types generated from our specs by
// openapi-typescript (./generated/*.ts), calls made by openapi-fetch, compiled with `tsc --strict` and run by node
// against Prism mocks of both specs (tests/test_typescript.py). It prints one JSON line of what it read; any
// unexpected answer is thrown, so node exits non-zero.
//
//   A360_URL=... ACTIVETRAIL_URL=... A360_CLIENT_ID=... A360_CLIENT_SECRET=... ACTIVETRAIL_TOKEN=... node client.mjs
import createClient from "openapi-fetch";

import type { components as A360Components, paths as A360Paths } from "./generated/a360.js";
import type { components as ActiveTrailComponents, paths as ActiveTrailPaths } from "./generated/activetrail.js";

// The one Node API this program needs; declared here so the program depends on no @types package.
declare const process: { env: Record<string, string | undefined> };

type A360Error = A360Components["schemas"]["ErrorResponse"];
type ActiveTrailError = ActiveTrailComponents["schemas"]["ErrorResponse"];

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

/** The data of a successful call, or an Error with the status and the API's own message. */
function ok<T>(call: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new Error(`${call}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data;
}

// ---- A360: OAuth2 client credentials, then `Authorization: Bearer <token>` ----------------------------------------

async function a360Token(baseUrl: string, clientId: string, clientSecret: string): Promise<string> {
  const anonymous = createClient<A360Paths>({ baseUrl });
  const token = ok(
    "get_access_token",
    await anonymous.POST("/oauth/access_token", {
      body: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret },
    }),
  );
  return token.access_token;
}

async function a360(baseUrl: string, token: string) {
  const client = createClient<A360Paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

  // limit and offset are required: the API answers 400 without them
  const flows = ok(
    "list_flows",
    await client.GET("/a360/autoresponders/list", { params: { query: { limit: 10, offset: 0 } } }),
  );
  const first = flows.data[0];
  if (first === undefined) throw new Error("list_flows: no flow");

  const flow = ok("get_flow", await client.GET("/a360/autoresponders/{ID}", { params: { path: { ID: first.id } } }));
  const elementTypes = flow.flows.map((element) => element.af_type);

  // the same {ID} on every path, here a conversions path (the seed writes it {id})
  const conversions = ok(
    "get_flow_conversions",
    await client.GET("/a360/autoresponders/{ID}/conversions", { params: { path: { ID: first.id } } }),
  );

  // a typed body: email or phone (SendEventWithEmail | SendEventWithPhone), variables beside them
  const sent = ok(
    "send_event",
    await client.POST("/events/name/{event_name}", {
      params: { path: { event_name: "order_created" } },
      body: { email: "anna.kovalenko@example.com", automation_id: first.id, order_id: "7136062" },
    }),
  );

  return {
    flowId: first.id,
    flowName: first.name,
    elementTypes,
    totalConversions: Number(conversions.data.total_conversions ?? 0),
    eventAccepted: sent.result,
  };
}

/** A call without credentials: the declared 401, its ErrorResponse read without guessing its shape. */
async function a360Unauthorized(baseUrl: string) {
  const client = createClient<A360Paths>({ baseUrl });
  const { data, error, response } = await client.GET("/a360/autoresponders/list", {
    params: { query: { limit: 100, offset: 0 } },
  });
  if (data !== undefined) throw new Error("list_flows without a token answered data");
  const body: A360Error | undefined = error;
  return { status: response.status, message: body?.message ?? body?.error_description ?? null };
}

// ---- ActiveTrail: the raw token in `Authorization`, no scheme word -------------------------------------------------

async function activeTrail(baseUrl: string, token: string) {
  const client = createClient<ActiveTrailPaths>({ baseUrl, headers: { Authorization: token } });

  const contacts = ok(
    "list_contacts",
    await client.GET("/api/contacts", { params: { query: { Page: 1, Limit: 20, CustomerStates: "ACTIVE" } } }),
  );
  const first = contacts[0];
  if (first === undefined) throw new Error("list_contacts: no contact");

  const contact = ok("get_contact", await client.GET("/api/contacts/{id}", { params: { path: { id: first.id } } }));

  // a typed body: GroupInput (`name` required)
  const group = ok("create_group", await client.POST("/api/groups", { body: { name: "Spring sale leads" } }));

  return { contactId: contact.id, contactEmail: contact.email ?? null, groupId: group.id, groupName: group.name ?? null };
}

async function activeTrailUnauthorized(baseUrl: string) {
  const client = createClient<ActiveTrailPaths>({ baseUrl });
  const { data, error, response } = await client.GET("/api/groups", { params: { query: { Page: 1, Limit: 20 } } });
  if (data !== undefined) throw new Error("list_groups without a token answered data");
  const body: ActiveTrailError | undefined = error;
  return { status: response.status, message: body?.Message ?? null };
}

const a360Url = setting("A360_URL");
const activeTrailUrl = setting("ACTIVETRAIL_URL");
const token = await a360Token(a360Url, setting("A360_CLIENT_ID"), setting("A360_CLIENT_SECRET"));
const report = {
  a360: { tokenLength: token.length, ...(await a360(a360Url, token)), unauthorized: await a360Unauthorized(a360Url) },
  activeTrail: {
    ...(await activeTrail(activeTrailUrl, setting("ACTIVETRAIL_TOKEN"))),
    unauthorized: await activeTrailUnauthorized(activeTrailUrl),
  },
};
console.log(JSON.stringify(report));
