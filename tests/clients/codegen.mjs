// graphql-codegen's typescript plugin generating types from the live server, as a client project's build would:
//   SAFEGUARDING_GRAPHQL_URL=... SAFEGUARDING_TOKEN=... SAFEGUARDING_CODEGEN_OUT=/tmp/types.ts node codegen.mjs
// The schema is loaded by codegen's own URL loader (introspection over POST with the bearer token).
import { generate } from "@graphql-codegen/cli";

const url = process.env.SAFEGUARDING_GRAPHQL_URL;
const token = process.env.SAFEGUARDING_TOKEN;
const out = process.env.SAFEGUARDING_CODEGEN_OUT;
if (!url || !token || !out) { console.error("Set SAFEGUARDING_GRAPHQL_URL, SAFEGUARDING_TOKEN and SAFEGUARDING_CODEGEN_OUT."); process.exit(2); }

try {
  const files = await generate({
    schema: [{ [url]: { headers: { Authorization: `Bearer ${token}` } } }],
    generates: { [out]: { plugins: ["typescript"] } },
    silent: true,
    errorsOnly: true,
  }, true);
  console.log(JSON.stringify({ files: files.map((f) => ({ filename: f.filename, characters: f.content.length })) }));
} catch (error) {
  console.error(error?.stack ?? String(error));
  for (const inner of error?.errors ?? []) console.error(inner?.stack ?? String(inner));
  process.exit(1);
}
