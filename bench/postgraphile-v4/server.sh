#!/usr/bin/env bash
# Starts PostGraphile 4 on the machine's Node 20 with the connection filter plugin (for Q4's date range), in
# production mode, without GraphiQL or query logging: DATABASE_URL and PORT come from the environment.
cd "$(dirname "$0")" && NODE_ENV=production exec node ./node_modules/postgraphile/cli.js -c "$DATABASE_URL" \
  --schema public --port "$PORT" --disable-query-log --disable-graphiql \
  --append-plugins postgraphile-plugin-connection-filter
