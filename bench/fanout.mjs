// Fan-out of one recorded quote to N subscribers on one replica (run by bench/fanout.sh, which prints the machine).
// Opens N graphql-ws clients, one WebSocket each, subscribed to quoteRecorded with a few nested fields; waits until
// all are acknowledged, then SETTLE_MS more (the protocol acknowledges a connection, not a subscribe), and checks with
// a warm-up quote that all N receive it. Then records K quotes one at a time, each once the previous one reached all N
// (or after TIMEOUT_MS), and times every delivery from just before the HTTP mutation is sent to its arrival at the
// client. Prints p50, p90, p99 and max over the N*K deliveries, how many arrived of how many expected (and any
// duplicates, refusals or closes), the CPU time the service and the clients used over the K quotes (from
// /proc/PID/stat and process.cpuUsage), and the service's RSS (ps -o rss=) before subscribing, after subscribing
// and at the end.
//
//   node bench/fanout.mjs --url http://127.0.0.1:18080 --user editor --password editor --n 1000 --k 20 --pid 1234
//
// All clients run in this one Node.js process, so an arrival time includes the wait of the client's message in its
// event loop behind the others' (JSON parsing of N messages); the server's share is at most what is measured.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// the client library from test-tools/graphql-ws-client (npm ci there), as this folder has no package of its own
const require = createRequire(new URL('../test-tools/graphql-ws-client/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const options = { url: 'http://127.0.0.1:18080', user: 'editor', password: 'editor', n: '1000', k: '20', pid: '',
  settle: '2000', timeout: '30000', concurrency: '50' };
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, '');
  if (!(name in options) || process.argv[i + 1] === undefined) {
    console.error(`unknown or incomplete option ${process.argv[i]}; options: ${Object.keys(options).map((o) => `--${o}`).join(' ')}`);
    process.exit(2);
  }
  options[name] = process.argv[i + 1];
}
const N = Number(options.n);
const K = Number(options.k);
const SETTLE_MS = Number(options.settle);
const TIMEOUT_MS = Number(options.timeout);
const CONCURRENCY = Number(options.concurrency);
const httpUrl = new URL('/graphql', options.url).href;
const wsUrl = httpUrl.replace(/^http/, 'ws');
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function rss() { // the service's resident set in MiB, or '?' without a pid
  if (!options.pid) return '?';
  try {
    return `${(Number(execFileSync('ps', ['-o', 'rss=', '-p', options.pid]).toString().trim()) / 1024).toFixed(0)} MiB`;
  } catch {
    return 'gone';
  }
}

function cpuSeconds() { // the service's user+system CPU time (/proc/PID/stat, in clock ticks of 1/100 s on Linux)
  if (!options.pid) return NaN;
  try {
    const fields = readFileSync(`/proc/${options.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

// --- HTTP mutations as an editor ---------------------------------------------------------------------------------
const authorization = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`;
async function mutate(query, variables) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length || !body.data) {
    const error = new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors)}`);
    error.codes = (body.errors ?? []).map((e) => e?.extensions?.code);
    throw error;
  }
  return body.data;
}
async function setup() { // a country of a random unused code, two envoys and their meeting
  let country;
  for (let attempt = 0; !country; attempt++) {
    const code = String.fromCharCode(65 + Math.floor(Math.random() * 26), 65 + Math.floor(Math.random() * 26));
    try {
      country = (await mutate('mutation($input: CountryInput!) { createCountry(input: $input) { code } }',
        { input: { code, name: `Fanland ${RUN}` } })).createCountry;
    } catch (error) {
      if (!error.codes?.includes('CONFLICT') || attempt > 60) throw error;
    }
  }
  const envoy = async (name) => (await mutate('mutation($input: EnvoyInput!) { createEnvoy(input: $input) { id } }',
    { input: { name: `${name} ${RUN}`, countryCode: country.code, title: 'Negotiator' } })).createEnvoy;
  const speaker = await envoy('Fan-out speaker');
  const listener = await envoy('Fan-out listener');
  const meeting = (await mutate('mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }', {
    input: { title: `Fan-out ${RUN}`, date: '2024-05-17', city: 'Benchburg', hostCountryCode: country.code,
      participantIds: [speaker.id, listener.id] },
  })).createMeeting;
  return { speaker, meeting };
}

// --- N subscribers ---------------------------------------------------------------------------------------------------
const QUOTES = `subscription { quoteRecorded { id text position speaker { name country { code } } meeting { id title } } }`;
const arrivals = new Map(); // quote text -> arrival times (performance.now()), one per subscriber that got it
const closes = new Map(); // "code reason" -> count, closes other than ours
const subscriptionErrors = [];
let foreign = 0; // events of other meetings (someone else recording meanwhile)
let duplicates = 0; // events a subscriber had received already
let ours; // the meeting id
let acks = 0;
let disposing = false;

function subscriber() { // resolves when the connection is acknowledged, rejects when it fails first
  return new Promise((resolve, reject) => {
    let acked = false;
    const seen = new Set(); // quote ids this subscriber received
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      on: {
        connected: () => { acked = true; acks++; resolve(client); },
        closed: (event) => {
          if (!acked) reject(new Error(`closed before connection_ack: ${event?.code} ${event?.reason}`));
          else if (!disposing) {
            const key = `${event?.code} ${event?.reason}`;
            closes.set(key, (closes.get(key) ?? 0) + 1);
          }
        },
      },
    });
    client.subscribe({ query: QUOTES }, {
      next: (payload) => {
        const at = performance.now();
        const quote = payload.data?.quoteRecorded;
        if (!quote) { subscriptionErrors.push(payload.errors); return; }
        if (quote.meeting.id !== ours) { foreign++; return; }
        if (seen.has(quote.id)) { duplicates++; return; }
        seen.add(quote.id);
        let list = arrivals.get(quote.text);
        if (!list) arrivals.set(quote.text, (list = []));
        list.push(at);
      },
      error: (error) => { if (!disposing) subscriptionErrors.push(Array.isArray(error) ? error : `${error?.code} ${error?.reason ?? error}`); },
      complete: () => {},
    });
  });
}

async function record(speaker, meeting, text) { // sends the mutation, waits until every connected client got it
  const sent = performance.now();
  await mutate('mutation($input: QuoteInput!) { recordQuote(input: $input) { id } }',
    { input: { meetingId: meeting.id, speakerId: speaker.id, text } });
  const answered = performance.now();
  const deadline = Date.now() + TIMEOUT_MS;
  while ((arrivals.get(text)?.length ?? 0) < clients.length && Date.now() < deadline) await sleep(2);
  return { sent, answered };
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');

const { speaker, meeting } = await setup();
ours = meeting.id;
console.log(`fan-out: ${N} subscribers (one WebSocket each) on ${wsUrl}, ${K} quotes, meeting ${meeting.id}`);
console.log(`service RSS before subscribing: ${rss()}`);

const started = performance.now();
const clients = [];
let failedConnections = 0;
const failures = new Map();
for (let i = 0; i < N; i += CONCURRENCY) { // CONCURRENCY handshakes at a time
  const batch = await Promise.allSettled(Array.from({ length: Math.min(CONCURRENCY, N - i) }, subscriber));
  for (const result of batch) {
    if (result.status === 'fulfilled') clients.push(result.value);
    else { failedConnections++; failures.set(result.reason.message, (failures.get(result.reason.message) ?? 0) + 1); }
  }
}
console.log(`${acks} of ${N} connections acknowledged in ${ms(performance.now() - started)}` +
  (failedConnections ? `; ${failedConnections} failed: ${JSON.stringify(Object.fromEntries(failures))}` : ''));
await sleep(SETTLE_MS);

const warmUp = `warm-up ${RUN}`;
const warm = await record(speaker, meeting, warmUp);
const warmCount = arrivals.get(warmUp)?.length ?? 0;
console.log(`warm-up quote reached ${warmCount} of ${N} subscribers (last after ${ms(Math.max(...(arrivals.get(warmUp) ?? [NaN])) - warm.sent)})`);
console.log(`service RSS after subscribing: ${rss()}`);
if (subscriptionErrors.length) console.log(`subscription errors so far (${subscriptionErrors.length}), first: ${JSON.stringify(subscriptionErrors[0])}`);
if (warmCount === 0) {
  console.log('INCOMPLETE: the warm-up quote reached no subscriber; not measuring');
  process.exit(1);
}

const latencies = [];
const perQuote = [];
const serviceCpu = cpuSeconds();
const clientCpu = process.cpuUsage();
const measuring = performance.now();
for (let k = 1; k <= K; k++) {
  const text = `fan-out ${k} of ${K} ${RUN}`;
  const { sent, answered } = await record(speaker, meeting, text);
  const times = (arrivals.get(text) ?? []).map((at) => at - sent);
  latencies.push(...times);
  perQuote.push({ answered: answered - sent, first: Math.min(...times), last: Math.max(...times), count: times.length });
}
const delivered = latencies.length;
const elapsed = (performance.now() - measuring) / 1000;
const serviceCpuUsed = cpuSeconds() - serviceCpu;
const clientCpuUsed = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(clientCpu));
latencies.sort((a, b) => a - b);
const endRss = rss();

console.log(`deliveries: ${delivered} of ${N * K} expected (${N} subscribers x ${K} quotes)` +
  `${arrivals.size > K + 1 ? `, ${arrivals.size - K - 1} unexpected texts` : ''}`);
if (duplicates) console.log(`DUPLICATES: ${duplicates} events arrived again at a subscriber that had them`);
console.log(`latency from sending the mutation to arrival, over all deliveries: p50 ${ms(percentile(latencies, 50))}, ` +
  `p90 ${ms(percentile(latencies, 90))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies[latencies.length - 1])}`);
const median = (values) => percentile([...values].sort((a, b) => a - b), 50);
console.log(`per quote (medians over the ${K}): mutation answered after ${ms(median(perQuote.map((q) => q.answered)))}, ` +
  `first subscriber reached after ${ms(median(perQuote.map((q) => q.first)))}, last after ${ms(median(perQuote.map((q) => q.last)))}`);
console.log(`last subscriber reached, per quote: ${perQuote.map((q) => q.last.toFixed(0)).join(' ')} ms`);
console.log(`CPU over the ${K} quotes (${elapsed.toFixed(1)} s): service ${serviceCpuUsed.toFixed(1)} s ` +
  `(${((serviceCpuUsed * 1000) / Math.max(delivered, 1)).toFixed(2)} ms per delivery), clients ${clientCpuUsed.toFixed(1)} s`);
console.log(`service RSS at the end: ${endRss}`);
if (foreign) console.log(`events of other meetings (recorded by someone else meanwhile): ${foreign}`);
if (closes.size) console.log(`connections closed by the server: ${JSON.stringify(Object.fromEntries(closes))}`);
if (subscriptionErrors.length) console.log(`subscription errors (${subscriptionErrors.length}), first: ${JSON.stringify(subscriptionErrors[0])}`);

disposing = true;
await Promise.all(clients.map((client) => client.dispose()));
const complete = failedConnections === 0 && warmCount === N && delivered === N * K && closes.size === 0
  && subscriptionErrors.length === 0 && duplicates === 0;
console.log(complete ? 'all delivered' : 'INCOMPLETE: not every subscriber got every quote');
process.exit(complete ? 0 : 1);
