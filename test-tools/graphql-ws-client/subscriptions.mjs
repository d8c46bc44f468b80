// Checks the service's GraphQL subscriptions (graphql-transport-ws over WebSocket at /graphql) the way a real client
// does, with the graphql-ws library: filtered and unfiltered quoteRecorded, meetingRecorded by country, nothing sent
// for a failed mutation, meetingChanged until the meeting is deleted, coded errors for a bad subscription and for a
// query sent over the socket, commit order under concurrent writes, the limits (query cost, subscriptions per
// connection), the connection initialisation timeout, and a reconnect. It records its own countries, envoys and
// meetings (new codes and names every run) through HTTP mutations as an editor.
// Prints one line per check and exits 0 only when all pass.
//
//   node subscriptions.mjs http://localhost:18080 editor editor
//
// SETTLE_MS (default 1000): how long to wait after connection_ack before the first mutation, as the protocol has no
// acknowledgement of a subscribe; QUIET_MS (default 1000): how long to wait to be sure that nothing arrives.
// SLOW_CONSUMER=1 adds a check that a client that stops reading is closed with 1013 SLOW_CONSUMER: it records
// SLOW_QUOTES (default 3000) quotes of 4,000 characters, enough to fill the kernel's socket buffers on Linux, which
// takes about a minute on 2 cores.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [httpBase, user, password] = process.argv.slice(2);
if (!httpBase || !user || password === undefined) {
  console.error('usage: node subscriptions.mjs http://localhost:18080 <editor user> <password>');
  process.exit(2);
}
const httpUrl = new URL('/graphql', httpBase).href;
const wsUrl = httpUrl.replace(/^http/, 'ws');
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 1000);
const QUIET_MS = Number(process.env.QUIET_MS ?? 1000);
const EVENT_TIMEOUT_MS = 10000;
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? ` — ${detail}` : ''}`);
  return ok;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const show = (value) => { const s = JSON.stringify(value); return s && s.length > 600 ? `${s.slice(0, 600)}…` : s; };

// --- HTTP: mutations as an editor -------------------------------------------------------------------------------
const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
async function graphql(query, variables = {}) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: authorization },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try { body = JSON.parse(text); } catch { throw new Error(`HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`); }
  return body;
}
const codes = (errors) => (errors ?? []).map((e) => e?.extensions?.code);
async function mutate(query, variables) { // the data, or throws with the errors
  const body = await graphql(query, variables);
  if (body.errors?.length || !body.data) {
    const error = new Error(`${show(body.errors)}`);
    error.codes = codes(body.errors);
    throw error;
  }
  return body.data;
}

async function createCountry(name) { // a random unused two-letter code, retried on CONFLICT
  for (let attempt = 0; attempt < 60; attempt++) {
    const code = String.fromCharCode(65 + Math.floor(Math.random() * 26), 65 + Math.floor(Math.random() * 26));
    try {
      return (await mutate('mutation($input: CountryInput!) { createCountry(input: $input) { id code name } }',
        { input: { code, name } })).createCountry;
    } catch (error) {
      if (!error.codes?.includes('CONFLICT')) throw error;
    }
  }
  throw new Error('no free country code after 60 attempts');
}
const createEnvoy = async (name, countryCode) => (await mutate(
  'mutation($input: EnvoyInput!) { createEnvoy(input: $input) { id name country { code } } }',
  { input: { name, countryCode, title: 'Special Representative' } })).createEnvoy;
const meetingInput = (title, hostCountryCode, participantIds) =>
  ({ title, date: '2024-05-17', city: `City ${RUN}`, hostCountryCode, participantIds });
const createMeeting = async (input) => (await mutate(
  'mutation($input: MeetingInput!) { createMeeting(input: $input) { id title version } }', { input })).createMeeting;
const RECORD_QUOTE = 'mutation($input: QuoteInput!) { recordQuote(input: $input) { id text } }';
const recordQuote = async (meetingId, speakerId, text) =>
  (await mutate(RECORD_QUOTE, { input: { meetingId, speakerId, text } })).recordQuote;

// --- WebSocket: subscriptions through graphql-ws ------------------------------------------------------------------
function client(extra = {}) { // a graphql-ws client that does not retry, so that every close shows
  const closes = [];
  let acks = 0;
  const c = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    on: { connected: () => { acks++; }, closed: (event) => closes.push({ code: event?.code, reason: event?.reason }) },
    ...extra,
  });
  c.closes = closes;
  c.acked = async () => { const until = Date.now() + EVENT_TIMEOUT_MS; while (!acks && Date.now() < until) await sleep(20); return acks > 0; };
  return c;
}

class Subscription { // every next, error and complete of one subscribe; onEvent(event) at each arrival
  constructor(c, query, variables = {}, onEvent = () => {}) {
    this.events = [];
    this.payloads = [];
    this.error = undefined;
    this.completed = false;
    this.waiters = [];
    this.dispose = c.subscribe({ query, variables }, {
      next: (payload) => { this.payloads.push(payload); if (payload.data) { this.events.push(Object.values(payload.data)[0]); onEvent(this.events.at(-1)); } this.wake(); },
      error: (error) => { this.error = error; this.wake(); },
      complete: () => { this.completed = true; this.wake(); },
    });
  }
  wake() { for (const w of this.waiters.splice(0)) w(); }
  async until(condition, timeoutMs = EVENT_TIMEOUT_MS) { // true once condition(this) holds, false at the timeout
    const deadline = Date.now() + timeoutMs;
    while (!condition(this)) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise((resolve) => { const t = setTimeout(resolve, left); this.waiters.push(() => { clearTimeout(t); resolve(); }); });
    }
    return true;
  }
  get ended() { return this.error !== undefined || this.completed; }
  get payloadErrors() { return this.payloads.filter((p) => p.errors?.length).map((p) => p.errors); }
}
const describeError = (error) => (Array.isArray(error) ? show(error)
  : error && 'code' in error ? `closed ${error.code} ${error.reason}` : String(error?.stack ?? error));

const QUOTES = `subscription Quotes($filter: QuoteRecordedFilter) {
  quoteRecorded(filter: $filter) { id text position speaker { id name country { code } } meeting { id title } } }`;
const MEETINGS = `subscription Meetings($filter: MeetingRecordedFilter) {
  meetingRecorded(filter: $filter) { id title hostCountry { code } participants { id name country { code } } } }`;
const MEETING_CHANGED = `subscription Changed($id: ID!) { meetingChanged(id: $id) { id title version } }`;

const texts = (s) => s.events.map((q) => q?.text);
const ids = (s) => s.events.map((e) => e?.id);
const distinct = (list) => new Set(list).size === list.length;

async function main() {
  // Setup: two countries, three envoys (A of X; B and C of Y)
  const X = await createCountry(`Xland ${RUN}`);
  const Y = await createCountry(`Yland ${RUN}`);
  const A = await createEnvoy(`Envoy A ${RUN}`, X.code);
  const B = await createEnvoy(`Envoy B ${RUN}`, Y.code);
  const C = await createEnvoy(`Envoy C ${RUN}`, Y.code);
  console.log(`run ${RUN}: countries ${X.code} and ${Y.code}, envoys A=${A.id} (${X.code}) B=${B.id} C=${C.id} (${Y.code}), ${wsUrl}`);

  // 1. quoteRecorded filtered by speaker and unfiltered, meetingRecorded by country, all on one connection
  const first = client();
  const byA = new Subscription(first, QUOTES, { filter: { speakerId: A.id } });
  const lookups = []; // at each arrival, whether the quote is already readable over HTTP (committed)
  const all = new Subscription(first, QUOTES, {}, (quote) => lookups.push(
    graphql('query($id: ID!) { quote(id: $id) { id } }', { id: quote?.id }).then((r) => r.data?.quote?.id === quote?.id, () => false)));
  const inX = new Subscription(first, MEETINGS, { filter: { countryCode: X.code } });
  check('connection_ack for the first client', await first.acked(), `closes ${show(first.closes)}`);
  await sleep(SETTLE_MS);
  check('three subscriptions open on one connection', ![byA, all, inX].some((s) => s.ended),
    [byA, all, inX].filter((s) => s.ended).map((s) => describeError(s.error) || 'completed').join('; '));

  const hostedByX = await createMeeting(meetingInput(`Talks hosted by X ${RUN}`, X.code, [A.id, B.id]));
  const hostedByY = await createMeeting(meetingInput(`Talks in Y without X ${RUN}`, Y.code, [B.id, C.id]));
  const withAInY = await createMeeting(meetingInput(`Talks in Y with A ${RUN}`, Y.code, [B.id, A.id]));
  const said = [[A, 'a1'], [B, 'b1'], [A, 'a2'], [B, 'b2'], [A, 'a3']].map(([who, n]) => [who, `${n} ${RUN}: said by ${who.name}`]);
  for (const [who, text] of said) await recordQuote(hostedByX.id, who.id, text);
  const saidByA = said.filter(([who]) => who === A).map(([, text]) => text);
  const saidAll = said.map(([, text]) => text);

  await byA.until((s) => s.events.length >= 3);
  await all.until((s) => s.events.length >= 5);
  await inX.until((s) => s.events.length >= 2);
  await sleep(QUIET_MS); // anything extra arrives too
  check('quoteRecorded(filter: {speakerId: A}) gets exactly A\'s 3 quotes, in order',
    show(texts(byA)) === show(saidByA), `got ${show(texts(byA))}, expected ${show(saidByA)}`);
  check('unfiltered quoteRecorded gets exactly the 5 quotes, in order',
    show(texts(all)) === show(saidAll), `got ${show(texts(all))}, expected ${show(saidAll)}`);
  check('no quote arrives twice', distinct(ids(byA)) && distinct(ids(all)), `ids ${show(ids(byA))} / ${show(ids(all))}`);
  const nestedOk = (q) => {
    const who = q?.speaker?.id === A.id ? A : q?.speaker?.id === B.id ? B : undefined;
    return who && q.speaker.name === who.name && q.speaker.country?.code === who.country.code
      && q.meeting?.id === hostedByX.id && q.meeting?.title === hostedByX.title && typeof q.id === 'string';
  };
  check('nested fields resolve (speaker { name country { code } } meeting { id title })',
    all.events.length > 0 && [...all.events, ...byA.events].every(nestedOk), `events ${show(all.events)}`);
  const readable = await Promise.all(lookups);
  check('each quote is readable over HTTP as soon as its event arrives (sent after commit)',
    readable.length === all.events.length && readable.every(Boolean), `readable at arrival: ${show(readable)}`);
  check('no event carries errors', [byA, all, inX].every((s) => s.payloadErrors.length === 0),
    show([byA, all, inX].flatMap((s) => s.payloadErrors)));
  check(`meetingRecorded(filter: {countryCode: ${X.code}}) gets the meeting X hosts and the one A took part in, not the other`,
    show(ids(inX)) === show([hostedByX.id, withAInY.id]),
    `got ${show(inX.events.map((m) => [m?.id, m?.title]))}, expected ids ${show([hostedByX.id, withAInY.id])} (not ${hostedByY.id})`);
  const m0 = inX.events[0];
  check('meetingRecorded\'s nested fields resolve (hostCountry, participants with their countries)',
    m0?.hostCountry?.code === X.code && show((m0?.participants ?? []).map((p) => [p.id, p.country?.code]).sort())
      === show([[A.id, X.code], [B.id, Y.code]].sort()), `got ${show(m0)}`);

  // 2. a mutation that fails sends nothing
  const before = [byA.events.length, all.events.length];
  const refused = await graphql(RECORD_QUOTE, { input: { meetingId: hostedByX.id, speakerId: C.id, text: `refused ${RUN}` } });
  check('recordQuote with a speaker who is not a participant is refused', refused.errors?.length > 0 && !refused.data?.recordQuote,
    `answer ${show(refused)}`);
  console.log(`     (its error codes: ${show(codes(refused.errors))})`);
  await sleep(QUIET_MS);
  check('the refused mutation sends nothing to the subscribers',
    all.events.length === before[1] && byA.events.length === before[0], `unfiltered got ${show(all.events.slice(before[1]))}`);
  check('the subscriptions are still open', ![byA, all, inX].some((s) => s.ended),
    [byA, all, inX].map((s) => s.ended ? describeError(s.error) || 'completed' : 'open').join(', '));

  // commit order: quotes recorded at once into one meeting arrive in the order of their positions
  const beforeBurst = all.events.length;
  const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => graphql(RECORD_QUOTE,
    { input: { meetingId: hostedByX.id, speakerId: (i % 2 ? B : A).id, text: `burst ${i} ${RUN}` } })));
  const burstIds = burst.filter((r) => r.data?.recordQuote).map((r) => r.data.recordQuote.id);
  const burstErrors = burst.filter((r) => r.errors).map((r) => codes(r.errors));
  await all.until((s) => s.events.length >= beforeBurst + burstIds.length);
  await sleep(QUIET_MS);
  const burstEvents = all.events.slice(beforeBurst);
  const positions = burstEvents.map((q) => q?.position);
  check('8 quotes recorded at once into one meeting: each arrives once, in commit order (positions increase)',
    burstIds.length > 0 && show([...burstIds].sort()) === show(burstEvents.map((q) => q?.id).sort())
      && positions.every((p, i) => i === 0 || p > positions[i - 1]),
    `recorded ${show(burstIds)}, arrived ${show(burstEvents.map((q) => [q?.id, q?.position]))}`);
  if (burstErrors.length) console.log(`     (${burstErrors.length} of the 8 were refused: ${show(burstErrors)})`);

  // 3. closing the client ends its subscriptions; a new client subscribes again and receives
  await first.dispose();
  await Promise.all([byA, all, inX].map((s) => s.until((x) => x.ended, 5000)));
  check('closing the client ends its subscriptions', [byA, all, inX].every((s) => s.ended),
    [byA, all, inX].map((s) => s.ended ? 'ended' : 'still open').join(', '));
  const second = client();
  const again = new Subscription(second, QUOTES, { filter: { speakerId: A.id } });
  check('a new client after closing gets connection_ack', await second.acked(), `closes ${show(second.closes)}`);
  await sleep(SETTLE_MS);
  const afterReconnect = `a4 ${RUN}: after a reconnect`;
  const countBefore = all.events.length;
  await recordQuote(hostedByX.id, A.id, afterReconnect);
  await again.until((s) => s.events.length >= 1);
  await sleep(QUIET_MS);
  check('the new client\'s subscription receives the next quote, once', show(texts(again)) === show([afterReconnect]),
    `got ${show(texts(again))}${again.ended ? `, ended: ${describeError(again.error) || 'completed'}` : ''}`);
  check('the closed client received nothing more', all.events.length === countBefore, `got ${show(all.events.slice(countBefore))}`);

  // 4. meetingChanged(id): one event per update with the new title, complete when the meeting is deleted
  const changed = new Subscription(second, MEETING_CHANGED, { id: hostedByY.id });
  await sleep(SETTLE_MS);
  let version = hostedByY.version;
  const titles = [`Renamed once ${RUN}`, `Renamed twice ${RUN}`];
  for (const title of titles) {
    const updated = (await mutate(`mutation($id: ID!, $v: Int!, $input: MeetingInput!) {
      updateMeeting(id: $id, expectedVersion: $v, input: $input) { id title version } }`,
    { id: hostedByY.id, v: version, input: meetingInput(title, Y.code, [B.id, C.id]) })).updateMeeting;
    version = updated.version;
    await changed.until((s) => s.events.length >= titles.indexOf(title) + 1);
  }
  await sleep(QUIET_MS);
  check('meetingChanged gets one event per updateMeeting, with the new title, in order',
    show(changed.events.map((m) => m?.title)) === show(titles) && changed.events.every((m) => m?.id === hostedByY.id),
    `got ${show(changed.events)}`);
  check('meetingChanged\'s versions grow with each update',
    changed.events.length === 2 && changed.events[1]?.version > changed.events[0]?.version && changed.events[1]?.version === version,
    `got ${show(changed.events.map((m) => m?.version))}, last version ${version}`);
  const afterUpdates = changed.events.length;
  await recordQuote(hostedByY.id, B.id, `said in Y ${RUN}`);
  await changed.until((s) => s.events.length >= afterUpdates + 1);
  await mutate('mutation($e: ID!, $m: ID!) { addParticipant(envoyId: $e, meetingId: $m) { id } }', { e: A.id, m: hostedByY.id });
  await changed.until((s) => s.events.length >= afterUpdates + 2);
  await mutate('mutation($e: ID!, $m: ID!) { removeParticipant(envoyId: $e, meetingId: $m) { id } }', { e: A.id, m: hostedByY.id });
  await changed.until((s) => s.events.length >= afterUpdates + 3);
  await sleep(QUIET_MS);
  check('meetingChanged gets one event each for a quote recorded in it, addParticipant and removeParticipant',
    changed.events.length === afterUpdates + 3 && changed.events.every((m) => m?.id === hostedByY.id),
    `got ${show(changed.events.slice(afterUpdates))}`);
  const eventsBeforeDelete = changed.events.length;
  await mutate('mutation($id: ID!) { deleteMeeting(id: $id) }', { id: hostedByY.id });
  await changed.until((s) => s.ended);
  check('meetingChanged completes when the meeting is deleted', changed.completed && changed.error === undefined,
    changed.error !== undefined ? `error ${describeError(changed.error)}` : 'no complete within 10 s');
  check('deleting sends no meetingChanged event, only the complete', changed.events.length === eventsBeforeDelete,
    `got ${show(changed.events.slice(eventsBeforeDelete))}`);

  // 5. errors: an invalid document and a query over the socket are refused with a coded error message
  const expectCoded = async (name, query, expected) => {
    const s = new Subscription(second, query);
    await s.until((x) => x.ended);
    const errors = s.error;
    const ok = Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e?.extensions?.code === 'string')
      && codes(errors).includes(expected) && s.events.length === 0;
    check(name, ok, s.ended ? `got ${describeError(errors)}${s.completed ? ' (completed, no error)' : ''}` : 'nothing within 10 s');
  };
  await expectCoded('an invalid subscription document gets an error message with GRAPHQL_VALIDATION_FAILED',
    'subscription { quoteRecorded { id loudness } }', 'GRAPHQL_VALIDATION_FAILED');
  await expectCoded('a costly subscription gets an error message with QUERY_TOO_COSTLY', `subscription { meetingRecorded {
    participants { meetings(first: 100) { nodes { participants { meetings(first: 100) { nodes { id } } } } } } } }`, 'QUERY_TOO_COSTLY');
  await expectCoded('a query over the socket gets an error message with BAD_REQUEST',
    '{ countries { code } }', 'BAD_REQUEST');
  await expectCoded('a mutation over the socket gets an error message with BAD_REQUEST',
    `mutation { deleteMeeting(id: "${hostedByX.id}") }`, 'BAD_REQUEST');
  const meetingStillThere = await graphql('query($id: ID!) { meeting(id: $id) { id } }', { id: hostedByX.id });
  check('the mutation sent over the socket changed nothing', meetingStillThere.data?.meeting?.id === hostedByX.id,
    `answer ${show(meetingStillThere)}`);
  const live = new Subscription(second, QUOTES, { filter: { meetingId: hostedByX.id } });
  await sleep(SETTLE_MS);
  const afterErrors = `a5 ${RUN}: after the refusals`;
  await recordQuote(hostedByX.id, A.id, afterErrors);
  await live.until((s) => s.events.length >= 1);
  check('the connection still serves after the refusals (quoteRecorded(filter: {meetingId}))',
    show(texts(live)) === show([afterErrors]) && !second.closes.length,
    `got ${show(texts(live))}, closes ${show(second.closes)}${live.ended ? `, ended: ${describeError(live.error)}` : ''}`);
  await second.dispose();

  // subscriptions per connection: one too many is refused with TOO_MANY_SUBSCRIPTIONS, the others stay open, and a
  // slot freed by complete can be used again
  const third = client();
  const many = [];
  for (let i = 0; i < 100 && !many.some((s) => s.error !== undefined); i++) {
    many.push(new Subscription(third, 'subscription { articleConfirmed { id } }'));
    if (i === 0) await third.acked();
    await sleep(20);
  }
  await sleep(QUIET_MS);
  const refusedAt = many.findIndex((s) => s.error !== undefined);
  const open = many.filter((s) => !s.ended).length;
  check('one subscription too many on a connection gets an error message with TOO_MANY_SUBSCRIPTIONS',
    refusedAt > 0 && codes(many[refusedAt].error).includes('TOO_MANY_SUBSCRIPTIONS') && open === refusedAt,
    refusedAt < 0 ? `none of ${many.length} refused` : `refused at ${refusedAt + 1}: ${describeError(many[refusedAt].error)}, ${open} open`);
  if (refusedAt > 0) {
    console.log(`     (the limit is ${refusedAt} per connection)`);
    many[0].dispose();
    await sleep(QUIET_MS);
    const again = new Subscription(third, 'subscription { articleConfirmed { id } }');
    await sleep(QUIET_MS);
    check('after a complete from the client, its slot serves a new subscription', !again.ended && !third.closes.length,
      again.ended ? describeError(again.error) : `closes ${show(third.closes)}`);
  }
  await third.dispose();

  // 6. a connection that never sends connection_init is closed with 4408
  const closed = await new Promise((resolve) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    const started = Date.now();
    const timer = setTimeout(() => { socket.terminate(); resolve({ timeout: true }); }, 20000);
    socket.on('close', (code, reason) => { clearTimeout(timer); resolve({ code, reason: reason.toString(), ms: Date.now() - started }); });
    socket.on('error', (error) => { clearTimeout(timer); resolve({ error: String(error) }); });
  });
  check('a connection without connection_init is closed with 4408', closed.code === 4408,
    closed.timeout ? 'still open after 20 s' : show(closed));
  if (closed.code === 4408) console.log(`     (after ${closed.ms} ms, reason "${closed.reason}")`);

  if (process.env.SLOW_CONSUMER === '1') await slowConsumer(X, A);
}

async function slowConsumer(country, speaker) { // a raw socket that stops reading while SLOW_QUOTES are recorded
  const meeting = await createMeeting(meetingInput(`Slow consumer ${RUN}`, country.code, [speaker.id]));
  const total = Number(process.env.SLOW_QUOTES ?? 3000);
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  let received = 0;
  let closed;
  const ready = new Promise((resolve, reject) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      const message = JSON.parse(data);
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: 'slow', type: 'subscribe', payload: { query: QUOTES, variables: { filter: { meetingId: meeting.id } } } }));
        setTimeout(resolve, SETTLE_MS);
      } else if (message.type === 'next') received++;
    });
    socket.on('close', (code, reason) => { closed = { code, reason: reason.toString() }; reject(new Error(`closed ${code} ${reason}`)); });
    socket.on('error', reject);
  });
  await ready;
  socket._socket.pause(); // stops reading: what the server sends waits in the kernel's buffers, then in the server
  const text = 'x'.repeat(4000);
  let next = 0;
  const writer = async () => { while (next < total) { const i = next++; await recordQuote(meeting.id, speaker.id, `${i} ${text}`); } };
  await Promise.all(Array.from({ length: 6 }, writer));
  socket._socket.resume();
  const until = Date.now() + 30000;
  while (!closed && Date.now() < until) await sleep(50);
  check(`a client that stops reading while ${total} quotes are recorded is closed with 1013 SLOW_CONSUMER`,
    closed?.code === 1013 && closed.reason.startsWith('SLOW_CONSUMER'),
    closed ? `closed ${closed.code} "${closed.reason}" after ${received} events` : `still open after ${received} events`);
  if (closed) console.log(`     (${received} of ${total} events arrived first; reason "${closed.reason}")`);
  else socket.terminate();
}

try {
  await main();
} catch (error) {
  check('the run completes', false, String(error?.stack ?? error));
}
console.log(`graphql-ws checks: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
