// Starts GraphiQL on the page /graphql serves to a browser. Requests go to /graphql with the web interface's cookie and
// the X-Partnership-Request header, which only this site's scripts can add (the endpoint refuses cookie requests
// without it), so the IDE runs every query as the signed-in person and another site cannot. Queries, variables and
// history are kept in sessionStorage rather than GraphiQL's default localStorage: a query may name a child (an NHS
// number in findSubjects), and it must not stay on a shared machine after the browser is closed.
(function () {
  "use strict";
  var root = document.getElementById("graphiql");
  var endpoint = root.getAttribute("data-endpoint");

  function fetcher(params, options) {
    var headers = { "Content-Type": "application/json", "Accept": "application/graphql-response+json, application/json", "X-Partnership-Request": "graphiql" };
    var extra = (options && options.headers) || {};
    Object.keys(extra).forEach(function (name) { headers[name] = extra[name]; });
    return fetch(endpoint, { method: "POST", credentials: "same-origin", headers: headers, body: JSON.stringify(params) })
      .then(function (response) {
        if (response.status === 401) return { errors: [{ message: "Your session has ended: sign in again, then reload this page.", extensions: { code: "UNAUTHENTICATED" } }] };
        return response.json();
      });
  }

  // An address such as /graphql?query=...&variables=... opens with that request in the editor (a link to share).
  var address = new URLSearchParams(window.location.search);
  var props = {
    fetcher: fetcher,
    storage: window.sessionStorage,
    defaultEditorToolsVisibility: false,
    isHeadersEditorEnabled: false,
    defaultQuery: "# Requests run as " + root.getAttribute("data-user") + ", with what you may see and change on the pages.\n" +
      "# Ctrl+Space completes, Ctrl+Enter runs; the schema's documentation is under the book icon.\n" +
      "# The schema as text: /graphql?sdl\n\n{\n  modules {\n    name\n    enabled\n  }\n}\n",
  };
  if (address.get("query")) props.query = address.get("query");
  if (address.get("variables")) props.variables = address.get("variables");

  root.textContent = "";
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, props));
})();
