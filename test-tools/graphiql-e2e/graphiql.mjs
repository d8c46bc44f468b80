// Drives the GraphiQL explorer of a running Envoys service in Debian's headless Chromium (never a downloaded browser):
// runs a nested query, finds the Meeting type in the documentation explorer, enters an envoy, a meeting with its
// participants and a quote with an editor's Authorization header, ingests a wire story of our own, reviews its draft
// and confirms it, reads the quote back with its excerpt, and checks that the page loaded everything from the service
// without errors.
// Usage: node graphiql.mjs <service url> <editor user> <editor password> <screenshot folder>
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base, user, password, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: node graphiql.mjs http://127.0.0.1:8080 editor secret target/graphiql');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

const NESTED_QUERY = `{
  meetings(first: 5, filter: { city: "Seoul" }) {
    nodes {
      title
      date
      hostCountry { name }
      participants { name country { code } }
      quotes { nodes { position text speaker { name } } }
    }
  }
}`;
const NEW_ENVOY = `mutation {
  createEnvoy(input: { name: "GraphiQL Envoy", title: "Entered in the explorer", countryCode: "KR" }) {
    id name title country { code }
  }
}`;
const newMeeting = (envoyId) => `mutation {
  createMeeting(input: { title: "Meeting entered in GraphiQL", date: "2026-11-29", city: "Seoul",
                         hostCountryCode: "KR", participantIds: ["1", "${envoyId}"] }) {
    id title participants { name }
  }
}`;
const newQuote = (meetingId, envoyId) => `mutation {
  recordQuote(input: { meetingId: "${meetingId}", speakerId: "${envoyId}", text: "Said in the explorer" }) {
    position text speaker { name } meeting { title }
  }
}`;

const INGEST = `mutation {
  ingestArticle(input: {publishedOn: "2026-12-01", source: "Test Wire", text: """
SEOUL, Dec. 1 (Test Wire) -- South Korea's envoy Han Seo-yeon met Japan's envoy Kenji Kanasugi in Seoul on Monday.

"We compared notes on every launch this year," Han said after the talks.
"""}) {
    id status version
    proposedMeeting { date city hostCountry { code } }
    proposedParticipants { nameAsWritten envoy { id name } country { code } }
    proposedQuotes { text speakerAsWritten attribution cue }
  }
}`;
const confirm = (articleId) => `mutation {
  confirmArticle(id: "${articleId}", expectedVersion: 0) {
    status
    meeting {
      date city participants { name }
      quotes { nodes { text speaker { name } excerpt article { source } } }
    }
  }
}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    if (!response.url().startsWith(base)) problems.push(`loaded from elsewhere: ${response.url()}`);
  });

  await page.goto(`${base}/q/graphql-ui/`);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');
  await page.screenshot({ path: `${shots}/01-opened.png` });

  await typeInto(page, '.graphiql-query-editor .CodeMirror', NESTED_QUERY);
  await page.click('.graphiql-execute-button');
  const answer = await responseContaining(page, 'Trilateral meeting');
  for (const fact of ['Kim Hong-kyun', 'Joseph Yun', 'Kenji Kanasugi', 'in a very timely manner', 'South Korea']) {
    if (!answer.includes(fact)) problems.push(`the query result lacks ${fact}`);
  }
  await page.screenshot({ path: `${shots}/02-nested-query.png` });

  await page.click('button[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer');
  await page.fill('.graphiql-doc-explorer-search input', 'Meeting');
  await page.locator('.graphiql-doc-explorer-search [role="option"]', { hasText: /^Meeting$/ }).first().click();
  await page.waitForFunction(() =>
    document.querySelector('.graphiql-doc-explorer-title')?.textContent.trim() === 'Meeting');
  const docs = await page.textContent('.graphiql-doc-explorer-content');
  for (const field of ['participants', 'quotes', 'hostCountry']) {
    if (!docs.includes(field)) problems.push(`the Meeting documentation lacks ${field}`);
  }
  await page.screenshot({ path: `${shots}/03-documentation.png` });

  await page.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).click();
  const credentials = Buffer.from(`${user}:${password}`).toString('base64');
  await typeInto(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror',
    JSON.stringify({ Authorization: `Basic ${credentials}` }));
  const envoy = await run(page, NEW_ENVOY, 'GraphiQL Envoy');
  const meeting = await run(page, newMeeting(envoy.data.createEnvoy.id), 'Meeting entered in GraphiQL');
  const participants = meeting.data.createMeeting.participants.map((participant) => participant.name);
  if (participants.join() !== 'GraphiQL Envoy,Kim Hong-kyun') problems.push(`participants: ${participants}`);
  const quote = await run(page, newQuote(meeting.data.createMeeting.id, envoy.data.createEnvoy.id), 'Said in');
  const recorded = quote.data.recordQuote;
  if (recorded.position !== 1 || recorded.speaker.name !== 'GraphiQL Envoy'
      || recorded.meeting.title !== 'Meeting entered in GraphiQL') problems.push(`quote: ${JSON.stringify(recorded)}`);
  await page.screenshot({ path: `${shots}/04-mutation.png` });

  const draft = (await run(page, INGEST, 'proposedQuotes')).data.ingestArticle;
  const proposed = draft.proposedQuotes[0];
  if (draft.status !== 'DRAFT' || draft.proposedMeeting.date !== '2026-11-30' || draft.proposedMeeting.city !== 'Seoul'
      || proposed?.speakerAsWritten !== 'Han' || proposed?.attribution !== 'ATTRIBUTED'
      || draft.proposedParticipants[1]?.envoy?.name !== 'Kenji Kanasugi') {
    problems.push(`draft: ${JSON.stringify(draft)}`);
  }
  await page.screenshot({ path: `${shots}/05-draft.png` });
  const confirmed = (await run(page, confirm(draft.id), 'CONFIRMED')).data.confirmArticle;
  const recordedQuote = confirmed.meeting.quotes.nodes[0];
  if (confirmed.meeting.participants.map((participant) => participant.name).join() !== 'Han Seo-yeon,Kenji Kanasugi'
      || recordedQuote?.speaker.name !== 'Han Seo-yeon' || recordedQuote?.article.source !== 'Test Wire'
      || recordedQuote?.excerpt !== '"We compared notes on every launch this year," Han said after the talks.') {
    problems.push(`confirmed: ${JSON.stringify(confirmed)}`);
  }
  await page.screenshot({ path: `${shots}/06-confirmed.png` });
} catch (error) {
  problems.push(`step failed: ${error.message}`);
} finally {
  await browser.close();
}

for (const problem of problems) console.log(problem);
console.log(`graphiql e2e: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);

// Replaces an editor's text the way a paste does (no auto-closed brackets).
async function typeInto(page, editor, text) {
  await page.click(editor);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

// Runs a mutation with the headers already entered; returns its answer, which must carry no errors.
async function run(page, mutation, expected) {
  await typeInto(page, '.graphiql-query-editor .CodeMirror', mutation);
  await page.click('.graphiql-execute-button');
  const answer = JSON.parse(await responseContaining(page, expected));
  if (answer.errors) throw new Error(`the mutation answered with errors: ${JSON.stringify(answer.errors)}`);
  return answer;
}

async function responseContaining(page, text) {
  const response = () => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? '';
  try {
    await page.waitForFunction((expected) => {
      const shown = document.querySelector('.graphiql-response .CodeMirror');
      return shown && shown.CodeMirror.getValue().includes(expected);
    }, text, { timeout: 15000 });
  } catch (timeout) {
    throw new Error(`no answer containing "${text}" within 15 s; the response pane shows: ${await page.evaluate(response)}`);
  }
  return page.evaluate(response);
}
