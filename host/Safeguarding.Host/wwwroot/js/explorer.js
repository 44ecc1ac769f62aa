// The API explorer: runs GraphQL against /graphql with the signed-in person's cookie, and lists the schema's fields
// from introspection. No library, nothing fetched from elsewhere.
(function () {
  "use strict";
  var query = document.getElementById("query");
  var variables = document.getElementById("variables");
  var result = document.getElementById("result");
  var docs = document.getElementById("docs");
  var filter = document.getElementById("docs-filter");

  function post(body) {
    return fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/graphql-response+json, application/json", "X-Partnership-Request": "explorer" },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json(); });
  }

  function run() {
    var vars = null;
    if (variables.value.trim()) {
      try { vars = JSON.parse(variables.value); }
      catch (e) { result.textContent = "The variables are not valid JSON: " + e.message; return; }
    }
    result.textContent = "Running…";
    post({ query: query.value, variables: vars })
      .then(function (json) { result.textContent = JSON.stringify(json, null, 2); })
      .catch(function (e) { result.textContent = "The request failed: " + e.message; });
  }

  function typeName(t) {
    if (!t) return "";
    if (t.kind === "NON_NULL") return typeName(t.ofType) + "!";
    if (t.kind === "LIST") return "[" + typeName(t.ofType) + "]";
    return t.name;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  var roots = [];
  function render() {
    var words = filter.value.trim().toLowerCase();
    docs.textContent = "";
    roots.forEach(function (root) {
      var fields = root.fields.filter(function (f) {
        return !words || f.name.toLowerCase().indexOf(words) >= 0 || (f.description || "").toLowerCase().indexOf(words) >= 0;
      });
      if (!fields.length) return;
      docs.appendChild(el("h3", root.title));
      var list = el("dl", null, "explorer__fields");
      fields.forEach(function (f) {
        var args = f.args.map(function (a) { return a.name + ": " + typeName(a.type); }).join(", ");
        var dt = el("dt");
        var insert = el("button", f.name + (args ? "(" + args + ")" : "") + ": " + typeName(f.type), "link-button");
        insert.type = "button";
        insert.title = "Put an example in the editor";
        insert.addEventListener("click", function () {
          query.value = (root.title === "Mutations" ? "mutation " : "") + "{\n  " + f.name + (args ? "(" + f.args.map(function (a) { return a.name + ": "; }).join(", ") + ")" : "") + "\n}";
          query.focus();
        });
        dt.appendChild(insert);
        list.appendChild(dt);
        list.appendChild(el("dd", f.description || ""));
      });
      docs.appendChild(list);
    });
    if (!docs.childNodes.length) docs.appendChild(el("p", "No field matches."));
  }

  // Queries and mutations are read in two requests, each within the endpoint's complexity limit.
  var argType = "type { kind name ofType { kind name ofType { kind name } } }";
  var fieldType = "type { kind name ofType { kind name ofType { kind name ofType { name } } } }";
  function rootFields(root) {
    return post({ query: "{ __schema { " + root + " { fields { name description args { name " + argType + " } " + fieldType + " } } } }" })
      .then(function (json) {
        var s = json.data && json.data.__schema;
        if (!s) throw new Error((json.errors && json.errors[0] && json.errors[0].message) || "no schema");
        return s[root] ? s[root].fields : [];
      });
  }
  Promise.all([rootFields("queryType"), rootFields("mutationType")]).then(function (both) {
    roots = [{ title: "Queries", fields: both[0] }, { title: "Mutations", fields: both[1] }];
    render();
  }).catch(function (e) { docs.textContent = "The schema could not be read: " + e.message; });

  document.getElementById("run").addEventListener("click", run);
  query.addEventListener("keydown", function (e) { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
  filter.addEventListener("input", render);
})();
