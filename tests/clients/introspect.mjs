// What graphql-js based clients (GraphiQL, Apollo, graphql-codegen) do first: send getIntrospectionQuery(), build a
// client schema from the answer, and print it. Run for one signed-in user against a running host:
//   SAFEGUARDING_GRAPHQL_URL=http://127.0.0.1:5080/graphql SAFEGUARDING_TOKEN=... node introspect.mjs
// Sends the query twice, with graphql-js's default options and with every option on, and compares each printed schema
// with the host's own SDL (GET /graphql?sdl) read by graphql-js. Prints one JSON line; exits 1 on any failure.
import { GraphQLSchema, buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, version } from "graphql";

const url = process.env.SAFEGUARDING_GRAPHQL_URL;
const token = process.env.SAFEGUARDING_TOKEN;
if (!url || !token) { console.error("Set SAFEGUARDING_GRAPHQL_URL and SAFEGUARDING_TOKEN."); process.exit(2); }

const printed = (schema) => printSchema(lexicographicSortSchema(schema));
const firstDifference = (a, b) => {
  const x = a.split("\n"), y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if (x[i] !== y[i]) return { line: i + 1, introspected: x[i] ?? "(end)", sdl: y[i] ?? "(end)" };
  return null;
};

const sdlResponse = await fetch(`${url}?sdl`, { headers: { Authorization: `Bearer ${token}` } });
if (sdlResponse.status !== 200) { console.error(`GET ?sdl answered ${sdlResponse.status}: ${await sdlResponse.text()}`); process.exit(1); }
const sdlSchema = buildSchema(await sdlResponse.text());
const fromSdl = printed(sdlSchema);
// Without schemaDescription the schema's own description is not asked for: compare with the SDL's schema without it.
const fromSdlUndescribed = printed(new GraphQLSchema({ ...sdlSchema.toConfig(), description: undefined }));

const variants = {
  default: {},
  everyOption: { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true },
};
const report = { graphql: version, variants: {} };
let failed = false;
for (const [name, options] of Object.entries(variants)) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: getIntrospectionQuery(options), operationName: "IntrospectionQuery" }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) {
    report.variants[name] = { status: response.status, errors: body.errors };
    failed = true;
    continue;
  }
  const schema = buildClientSchema(body.data);
  const introspected = printed(schema);
  const comparable = options.schemaDescription ? fromSdl : fromSdlUndescribed;
  const difference = firstDifference(introspected, comparable);
  report.variants[name] = { status: response.status, types: Object.keys(schema.getTypeMap()).length, equalsSdl: difference === null, difference };
  if (difference) failed = true;
}
console.log(JSON.stringify(report));
process.exit(failed ? 1 : 0);
