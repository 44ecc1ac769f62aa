// What a dashboard does to stay current: the graphql-ws client subscribes over a WebSocket, signed in as a browser
// would be (the bearer token in connection_init's payload), and is told when an administrator switches a module.
//   SAFEGUARDING_GRAPHQL_URL=http://127.0.0.1:5080/graphql SAFEGUARDING_TOKEN=<listener> SAFEGUARDING_ADMIN_TOKEN=<administrator> node subscribe.mjs
// The administrator switches Csa off (again, every half second, until the listener is told: the subscription is set up
// asynchronously), then on again. Prints one JSON line with what the listener was told; exits 1 on any failure.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const url = process.env.SAFEGUARDING_GRAPHQL_URL;
const token = process.env.SAFEGUARDING_TOKEN;
const adminToken = process.env.SAFEGUARDING_ADMIN_TOKEN;
if (!url || !token || !adminToken) { console.error("Set SAFEGUARDING_GRAPHQL_URL, SAFEGUARDING_TOKEN and SAFEGUARDING_ADMIN_TOKEN."); process.exit(2); }

const switchCsa = async (enabled) => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      query: "mutation($e: Boolean!) { setModuleEnabled(name: \"Csa\", enabled: $e, reason: \"graphql-ws client test\") { name enabled } }",
      variables: { e: enabled },
    }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`setModuleEnabled failed: ${JSON.stringify(body.errors)}`);
};

const client = createClient({
  url: url.replace(/^http/, "ws"),
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  lazy: false,
});

const told = [];
const received = new Promise((resolve, reject) => {
  client.subscribe(
    { query: "subscription { moduleSwitched { __typename name enabled switchedOffAt } }" },
    { next: (result) => { told.push(result); resolve(result); }, error: reject, complete: () => {} },
  );
});

try {
  let result = null;
  const deadline = Date.now() + 60_000;
  while (!result && Date.now() < deadline) {
    await switchCsa(false);
    result = await Promise.race([received, new Promise((r) => setTimeout(() => r(null), 500))]);
  }
  if (!result) throw new Error("No moduleSwitched was received within a minute.");
  await switchCsa(true);
  console.log(JSON.stringify({ told: told[0] }));
} catch (e) {
  console.error(String(e?.stack ?? e));
  process.exitCode = 1;
} finally {
  await client.dispose();
}
