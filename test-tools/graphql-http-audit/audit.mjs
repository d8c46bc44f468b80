// Runs every graphql-http audit against the service at the URL given as the first argument and prints one line per
// audit. Exits 1 when a MUST audit fails or a SHOULD audit warns, so CI can run it as a test.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://127.0.0.1:8080/graphql');
  process.exit(2);
}

let failures = 0;
let warnings = 0;
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  if (result.status === 'error') failures++;
  if (result.status === 'warn') warnings++;
  console.log(`${result.status.padEnd(5)} ${audit.name}${result.status === 'ok' ? '' : ` — ${result.reason}`}`);
}
console.log(`graphql-http audit: ${failures} MUST failures, ${warnings} SHOULD warnings`);
process.exit(failures + warnings === 0 ? 0 : 1);
