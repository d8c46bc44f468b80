// PostGraphile 5 as people run it in production: the amber preset plus the connection filter plugin (for Q4's
// date range), no GraphiQL, no explain. bench/run.sh passes the database and port through the environment.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

export default {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"] })],
  grafserv: { port: Number(process.env.PORT), graphiql: false },
  grafast: { explain: false },
};
