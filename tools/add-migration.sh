#!/usr/bin/env bash
# Adds a migration for both providers to one DbContext.
#   tools/add-migration.sh <project folder> <DbContext> <MigrationName> <migrations folder in the project>
#   e.g. tools/add-migration.sh modules/Governance/Safeguarding.Governance GovernanceDbContext AddMeetingVenue Persistence/Migrations
# Each provider's migrations live in <folder>/Sqlite and <folder>/PostgreSql (namespaces ending .Sqlite/.PostgreSql).
# Both sets share the model snapshot's file name, which the EF tools would overwrite across providers,
# so the other provider's folder is set aside while one is generated.
set -euo pipefail
project=$1; context=$2; name=$3; folder=$4
cd "$(dirname "$0")/.."
namespace_root=$(basename "$project").$(echo "$folder" | tr '/' '.')
aside=$(mktemp -d)
trap 'for p in Sqlite PostgreSql; do [ -d "$aside/$p" ] && mv "$aside/$p" "$project/$folder/$p"; done; rm -rf "$aside"' EXIT
dotnet tool restore >/dev/null
dotnet build "$project" >/dev/null
for provider in Sqlite PostgreSql; do
  other=$([ "$provider" = Sqlite ] && echo PostgreSql || echo Sqlite)
  [ -d "$project/$folder/$other" ] && mv "$project/$folder/$other" "$aside/$other"
  dotnet ef migrations add "$name" --project "$project" --context "$context" \
    --output-dir "$folder/$provider" --namespace "$namespace_root.$provider" -- --provider "$provider"
  # (grep finding nothing, because the snapshot is already in place, is not an error.)
  # A new snapshot is written under a folder named after its namespace from the solution root; keep it with its migrations.
  find "$project" -path "$project/bin" -prune -o -path "$project/obj" -prune -o -name "${context}ModelSnapshot.cs" -print \
    | { grep -v "^$project/$folder/$provider/" || true; } | while read -r snapshot; do mv "$snapshot" "$project/$folder/$provider/"; done
  find "$project" -mindepth 1 -type d -empty -not -path "*/bin/*" -not -path "*/obj/*" -delete
  [ -d "$aside/$other" ] && mv "$aside/$other" "$project/$folder/$other"
done
