// Drives a live subscription through the GraphiQL explorer of a running Envoys service in Debian's headless Chromium
// (never a downloaded browser): sets up a country, an envoy and a meeting of our own over HTTP with the editor's
// account, has a first tab subscribe to the quotes recorded at that meeting (GraphiQL's fetcher opens a WebSocket on
// /graphql with the graphql-transport-ws subprotocol), has a second tab of the same browser record a quote there with
// the editor's Authorization header in GraphiQL's Headers editor, and checks that the first tab's result pane shows
// the quote as the subscription's latest event; no failed request, no page error, nothing loaded from elsewhere, no
// protocol error on the WebSocket.
// Usage: node subscription.mjs <service url> <editor user> <editor password> <screenshot folder>
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base, user, password, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: node subscription.mjs http://127.0.0.1:8080 editor secret target/graphiql');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

// The protocol does not acknowledge a subscribe, so the recording tab waits this long after the subscribing tab's
// subscribe message has left the browser (the server handles a connection's messages in order).
const SETTLE_MS = 1000;
const ENVOY = 'Ilse Marrowdene';
const SAID = 'We will keep the ferry line between our ports open through the winter.';

const credentials = Buffer.from(`${user}:${password}`).toString('base64');
async function api(query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${credentials}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (!response.ok || answer.errors) {
    throw new Error(`setting up: HTTP ${response.status} ${JSON.stringify(answer.errors ?? answer)}`);
  }
  return answer.data;
}

const subscription = (meetingId) => `subscription {
  quoteRecorded(filter: {meetingId: "${meetingId}"}) {
    text
    speaker { name }
    meeting { title }
  }
}`;
const recordQuote = (meetingId, envoyId) => `mutation {
  recordQuote(input: { meetingId: "${meetingId}", speakerId: "${envoyId}", text: "${SAID}" }) {
    id text speaker { name } meeting { title }
  }
}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const problems = [];
function protocolMessage(payload, direction) {
  try {
    return JSON.parse(payload.toString());
  } catch (notJson) {
    problems.push(`tab 1: the WebSocket ${direction} a frame that is not JSON: ${payload}`);
    return null;
  }
}
function watch(page, tab) {
  page.on('pageerror', (error) => problems.push(`${tab}: page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`${tab}: failed request: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${tab}: HTTP ${response.status()}: ${response.url()}`);
    if (!response.url().startsWith(base)) problems.push(`${tab}: loaded from elsewhere: ${response.url()}`);
  });
}

try {
  const countries = new Set((await api('{ countries { code } }')).countries.map((country) => country.code));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let code;
  do {
    code = letters[Math.floor(Math.random() * 26)] + letters[Math.floor(Math.random() * 26)];
  } while (countries.has(code));
  await api('mutation($input: CountryInput!) { createCountry(input: $input) { code } }',
    { input: { code, name: `Marrowland ${code}`, officialName: `Free Coast of Marrowland ${code}` } });
  const envoyId = (await api('mutation($input: EnvoyInput!) { createEnvoy(input: $input) { id } }',
    { input: { name: ENVOY, title: 'Special envoy for the coastal ferries', countryCode: code } })).createEnvoy.id;
  const title = `Ferry talks watched live (${code})`;
  const meetingId = (await api('mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }',
    { input: { title, date: '2026-12-02', city: 'Port Marrow', hostCountryCode: code, participantIds: [envoyId] } }))
    .createMeeting.id;

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });

  // Tab 1 subscribes; GraphiQL shows each event of a subscription in the result pane as it arrives.
  const watching = await context.newPage();
  watch(watching, 'tab 1');
  let subscribed = null;
  const sockets = [];
  watching.on('websocket', (socket) => {
    sockets.push(socket.url());
    if (!socket.url().startsWith(base.replace(/^http/, 'ws'))) problems.push(`tab 1: WebSocket elsewhere: ${socket.url()}`);
    socket.on('socketerror', (error) => problems.push(`tab 1: WebSocket error: ${error}`));
    socket.on('framesent', ({ payload }) => {
      const message = protocolMessage(payload, 'sent');
      if (message?.type === 'subscribe' && message.payload?.query?.includes('quoteRecorded')) subscribed = Date.now();
    });
    socket.on('framereceived', ({ payload }) => {
      if (protocolMessage(payload, 'received')?.type === 'error') {
        problems.push(`tab 1: the subscription was refused: ${payload}`);
      }
    });
  });
  await watching.goto(`${base}/q/graphql-ui/`);
  await watching.waitForSelector('.graphiql-query-editor .CodeMirror');
  await typeOperation(watching, subscription(meetingId));
  await watching.click('.graphiql-execute-button');
  try {
    await waitUntil(() => subscribed !== null, 15000);
  } catch (timeout) {
    throw new Error(`GraphiQL sent no subscribe message within 15 s (WebSockets opened: ${JSON.stringify(sockets)});`
      + ` the response pane shows: ${await watching.evaluate(shownResponse)}`);
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

  // Tab 2 records a quote at the meeting, as an editor.
  const recording = await context.newPage();
  watch(recording, 'tab 2');
  await recording.goto(`${base}/q/graphql-ui/`);
  await recording.waitForSelector('.graphiql-query-editor .CodeMirror');
  await recording.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).click();
  await typeInto(recording, '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror',
    JSON.stringify({ Authorization: `Basic ${credentials}` }));
  await typeOperation(recording, recordQuote(meetingId, envoyId));
  await recording.click('.graphiql-execute-button');
  const recorded = JSON.parse(await responseContaining(recording, '"recordQuote"'));
  if (recorded.errors || recorded.data?.recordQuote?.text !== SAID) {
    throw new Error(`recordQuote answered ${JSON.stringify(recorded)}`);
  }

  // Back in tab 1: the event.
  await watching.bringToFront();
  const event = JSON.parse(await responseContaining(watching, ENVOY, SAID));
  const expected = { data: { quoteRecorded: { text: SAID, speaker: { name: ENVOY }, meeting: { title } } } };
  if (JSON.stringify(event) !== JSON.stringify(expected)) {
    problems.push(`the event: expected ${JSON.stringify(expected)}, got ${JSON.stringify(event)}`);
  }
  await watching.screenshot({ path: `${shots}/07-subscription.png` });
} catch (error) {
  problems.push(`step failed: ${error.message}`);
} finally {
  await browser.close();
}

for (const problem of problems) console.log(problem);
console.log(`graphiql subscription e2e: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);

// Replaces an editor's text the way a paste does (no auto-closed brackets).
async function typeInto(page, editor, text) {
  await page.click(editor);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

// Types an operation into the query editor and waits until GraphiQL has parsed it: GraphiQL reads the editor's text
// when it runs it, but decides between HTTP and the WebSocket by its parse of the text, which it updates a moment
// after each change (a click at once would send a mutation that replaced a subscription over the WebSocket).
async function typeOperation(page, text) {
  await typeInto(page, '.graphiql-query-editor .CodeMirror', text);
  await page.waitForFunction(() => {
    const editor = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
    return editor.documentAST?.loc?.source.body === editor.getValue();
  }, null, { timeout: 5000 });
}

async function waitUntil(condition, timeout) {
  const until = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`not within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function shownResponse() {
  return document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? '';
}

// Waits until the result pane shows every one of the texts; returns what it shows.
async function responseContaining(page, ...texts) {
  try {
    await page.waitForFunction((expected) => {
      const shown = document.querySelector('.graphiql-response .CodeMirror');
      return shown && expected.every((text) => shown.CodeMirror.getValue().includes(text));
    }, texts, { timeout: 15000 });
  } catch (timeout) {
    throw new Error(`no answer containing ${JSON.stringify(texts)} within 15 s; the response pane shows:`
      + ` ${await page.evaluate(shownResponse)}`);
  }
  return page.evaluate(shownResponse);
}
