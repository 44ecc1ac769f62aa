// Copies the browser builds GraphiQL and React publish in their npm packages into the host's wwwroot/graphiql/vendor/,
// where the host serves them at /graphiql/vendor/ (third-party code, kept apart from the page's own start.js and
// page.css) for the GraphiQL page at /graphql. No bundler: graphiql.min.js is the package's own UMD build (graphql-js
// inside it), which expects React and ReactDOM as globals. Source-map comments are dropped because the maps are not
// shipped. Run `npm ci && npm run build` here after changing a version in package.json, then update
// GraphiQLPage.Version in host/Safeguarding.Host/GraphQL/GraphiQLPage.cs and commit the copied files.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const target = join(here, "..", "..", "host", "Safeguarding.Host", "wwwroot", "graphiql", "vendor");
mkdirSync(target, { recursive: true });

const packageFolder = (name) => dirname(require.resolve(`${name}/package.json`));
const versionOf = (name) => JSON.parse(readFileSync(join(packageFolder(name), "package.json"), "utf8")).version;

const files = [
  ["graphiql", "graphiql.min.js", "graphiql.min.js"],
  ["graphiql", "graphiql.min.css", "graphiql.min.css"],
  ["react", "umd/react.production.min.js", "react.production.min.js"],
  ["react-dom", "umd/react-dom.production.min.js", "react-dom.production.min.js"],
];
for (const [name, from, to] of files) {
  const text = readFileSync(join(packageFolder(name), from), "utf8").replace(/\n?\/[/*]# sourceMappingURL=\S+(\s*\*\/)?\s*$/, "\n");
  writeFileSync(join(target, to), text);
  console.log(`${to} <- ${name}@${versionOf(name)} ${from} (${text.length.toLocaleString("en-GB")} characters)`);
}

// The packages' licences travel with their code.
const licences = ["graphiql", "react", "react-dom"]
  .map((name) => `${name} ${versionOf(name)}\n\n${readFileSync(join(packageFolder(name), "LICENSE"), "utf8").trim()}\n`)
  .join("\n----------------------------------------------------------------------\n\n");
writeFileSync(join(target, "LICENSES.txt"), licences);
console.log("LICENSES.txt");
