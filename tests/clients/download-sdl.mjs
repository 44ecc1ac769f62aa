// A get-graphql-schema style download: the schema as SDL text from GET /graphql?sdl, saved to a file, and read back
// by graphql-js to prove it is a whole, valid schema.
//   SAFEGUARDING_GRAPHQL_URL=... SAFEGUARDING_TOKEN=... SAFEGUARDING_SDL_OUT=/tmp/schema.graphql node download-sdl.mjs
import { writeFileSync } from "node:fs";
import { buildSchema } from "graphql";

const url = process.env.SAFEGUARDING_GRAPHQL_URL;
const token = process.env.SAFEGUARDING_TOKEN;
const out = process.env.SAFEGUARDING_SDL_OUT;
if (!url || !out) { console.error("Set SAFEGUARDING_GRAPHQL_URL and SAFEGUARDING_SDL_OUT (and SAFEGUARDING_TOKEN)."); process.exit(2); }

const response = await fetch(`${url}?sdl`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
const text = await response.text();
if (response.status !== 200 || text.trim() === "") {
  console.error(`GET ${url}?sdl answered ${response.status} ${response.headers.get("content-type")}: ${text.slice(0, 300)}`);
  process.exit(1);
}
writeFileSync(out, text);
const schema = buildSchema(text);
console.log(JSON.stringify({ contentType: response.headers.get("content-type"), characters: text.length, types: Object.keys(schema.getTypeMap()).length }));
