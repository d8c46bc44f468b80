#!/usr/bin/env bash
# Starts PostGraphile 5 on Node 22 from node_modules: DATABASE_URL and PORT come from the environment.
cd "$(dirname "$0")" && exec ./node_modules/.bin/node ./node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs
