#!/usr/bin/env bash
# Haven's whole test suite, as `npm test` and CI run it: type checks, lint, format, generated-file checks,
# unit tests, the CMS on SQLite and on PostgreSQL, the site against a real CMS, and browser journeys.
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth; TEST_POSTGRES_URL overrides) and
# Debian's Chromium at /usr/bin/chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
export STRAPI_TELEMETRY_DISABLED=true NEXT_TELEMETRY_DISABLED=1
results=$(mktemp -d)
failed_steps=()

step() {
  local name=$1
  shift
  echo
  echo "=== $name"
  "$@" || failed_steps+=("$name")
}

jest_step() {
  local name=$1 output=$2
  shift 2
  step "$name" npx jest --ci --json --outputFile="$results/$output.json" "$@"
}

step "type check" npx turbo run typecheck --output-logs=errors-only
step "lint" npm run --silent lint -- --output-logs=errors-only
step "format" npm run --silent format:check -- --output-logs=errors-only
step "generated GraphQL types are current" npm run --silent codegen:check --workspace @haven/content
jest_step "unit tests" unit
jest_step "CMS on SQLite" cms-sqlite -c apps/cms/jest.int.config.js
DATABASE_CLIENT=postgres jest_step "CMS on PostgreSQL" cms-postgres -c apps/cms/jest.int.config.js
# The editor journeys and the scale profile (a production CMS) serve the admin panel, which
# `strapi build` compiles. Building loads the CMS's configuration, so it gets throwaway secrets;
# the build keeps none of them.
step "CMS admin panel build" env $(node apps/cms/scripts/throwaway-secrets.js) npm run --silent build --workspace @haven/cms
jest_step "site against a real CMS" web -c apps/web/jest.int.config.js
# What a consultation request leaves in the database is checked on both (a pg_dump here).
DATABASE_CLIENT=postgres HAVEN_WEB_BUILT=1 jest_step "consultation requests on PostgreSQL" web-postgres \
  -c apps/web/jest.int.config.js apps/web/src/consultation-request.int.test.ts
# The site was built by the step before; the browser journeys reuse that build.
HAVEN_WEB_BUILT=1 jest_step "browser journeys in Chromium" e2e -c apps/web/jest.e2e.config.js

node scripts/summarize-tests.js "$results"/*.json
if [ ${#failed_steps[@]} -gt 0 ]; then
  printf 'Failed: %s\n' "${failed_steps[@]}"
  exit 1
fi
