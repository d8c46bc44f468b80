// Drives the editors' desk (/desk) of a running Envoys service in Debian's headless Chromium: signs in as an editor
// (HTTP Basic), pastes an article of our own, checks that its quotes are marked with the expected attributions and
// speakers and that its markup shows as text, changes one speaker from the keyboard (Tab to the quote, S), confirms,
// reads the stored quotes back through the GraphQL API, opens the meeting in GraphiQL from the desk's link, then has
// two tabs confirm the same draft: the second must show the conflict message and store nothing. A proxy's error page
// in the middle shows as a message, never in place of the form. Screenshots of each
// step, at 1280x800 and in a narrow window, go to the screenshot folder.
// Usage: node desk.mjs <service url> <editor user> <editor password> <article file> <screenshot folder>
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base, user, password, articleFile, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: node desk.mjs http://127.0.0.1:8080 editor secret article.txt target/desk');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const article = readFileSync(articleFile, 'utf8');
const problems = [];
const expect = (what, actual, expected) => {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) problems.push(`${what}: expected ${e}, got ${a}`);
  console.log(`${a === e ? 'ok  ' : 'FAIL'} ${what}: ${a}`);
};

async function api(query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()).data;
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext({ httpCredentials: { username: user, password },
  viewport: { width: 1280, height: 800 } });
function watch(page, expectedStatuses = []) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    if (dialog.type() !== 'confirm') problems.push(`unexpected ${dialog.type()}: ${dialog.message()}`);
    dialog.accept();
  });
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('response', (response) => {
    if (!response.url().startsWith(base)) problems.push(`loaded from elsewhere: ${response.url()}`);
    if (response.status() >= 400 && !(response.status() === 401 && response.url().endsWith('/desk'))
        && !expectedStatuses.includes(response.status())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
}

try {
  const page = await context.newPage();
  watch(page, [502]);
  await page.goto(`${base}/desk`);
  await page.fill('#text', article);
  await page.fill('input[name=publishedOn]', '2017-03-04');
  await page.fill('input[name=source]', 'Desk Wire');
  await page.fill('input[name=headline]', 'Seoul and Tokyo envoys review the North\'s launch');
  await page.screenshot({ path: `${shots}/01-desk.png` });
  await page.click('form.ingest button');
  await page.waitForURL(/\/desk\/articles\/\d+$/);
  const articleId = page.url().split('/').pop();
  await page.waitForSelector('mark.quote');
  expect('marked quotes', await page.locator('mark.quote').evaluateAll((marks) => marks.map((m) => m.className)),
    ['quote attributed', 'quote attributed', 'quote not_participant', 'quote ambiguous']);
  expect('speakers beside them', await page.locator('sup.who').allTextContents(),
    ['1 · Kim Hong-kyun', '2 · Kenji Kanasugi', '3 · not a participant', '4 · ambiguous']);
  expect('markup shown as text', (await page.locator('.body').textContent()).trim().endsWith('<script>alert(1)</script>'),
    true);
  await page.screenshot({ path: `${shots}/02-review.png` });

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  let focused = '';
  for (let i = 0; i < 60 && focused !== 'quote-0'; i += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement.id);
  }
  expect('Tab reaches the first quote', focused, 'quote-0');
  await page.keyboard.press('s');
  expect('S gives it the next speaker', await page.locator('#who-0').textContent(), '1 · Kenji Kanasugi');
  await page.screenshot({ path: `${shots}/03-speaker-changed.png` });
  await page.selectOption('select[name=quote-3]', '-drop');

  await page.setViewportSize({ width: 480, height: 900 });
  await page.screenshot({ path: `${shots}/04-narrow.png` });
  await page.setViewportSize({ width: 1280, height: 800 });

  // A failure the desk did not word (a proxy's 502 page) shows in the message area, as text, and leaves it there
  // for the next message.
  await page.route('**/confirm', (route) => route.fulfill({ status: 502, contentType: 'text/html',
    body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }), { times: 1 });
  await page.click('button.confirm');
  await page.waitForSelector('#messages .failure');
  expect('a proxy failure is shown as a message', await page.locator('#messages .failure code').textContent(),
    'HTTP 502');
  expect('the form stays', await page.locator('#confirm-form').count(), 1);
  await page.click('button.confirm');
  await page.waitForSelector('#review.outcome');
  expect('confirmation', await page.locator('#review h2').textContent(), 'Confirmed');
  await page.screenshot({ path: `${shots}/05-confirmed.png` });
  const stored = await api(`query($id: ID!) { article(id: $id) { status meeting { city quotes { nodes { text
    speaker { name } } } } } }`, { id: articleId });
  expect('stored through the API', [stored.article.status, stored.article.meeting.city,
    stored.article.meeting.quotes.nodes.map((q) => q.speaker.name)],
  ['CONFIRMED', 'Tokyo', ['Kenji Kanasugi', 'Kenji Kanasugi']]);

  await page.click('#open-graphiql');
  await page.waitForSelector('.graphiql-execute-button');
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.body.innerText.includes('Our two countries will keep working'),
    null, { timeout: 20000 });
  await page.screenshot({ path: `${shots}/06-graphiql.png` });

  // Two tabs review the same draft; the first confirms, the second is told someone else did.
  const draftPage = await api(`mutation($input: ArticleInput!) { ingestArticle(input: $input) { id } }`,
    { input: { text: `${article}\nA later wire repeated the report.`, publishedOn: '2017-03-05' } });
  const draftUrl = `${base}/desk/articles/${draftPage.ingestArticle.id}`;
  const first = await context.newPage();
  const second = await context.newPage();
  watch(first);
  watch(second, [409]);
  await first.goto(draftUrl);
  await second.goto(draftUrl);
  await first.click('button.confirm');
  await first.waitForSelector('#review.outcome');
  const quotesOf = async () => (await api(`query($id: ID!) { article(id: $id) { status meeting { quotes {
    totalCount } } } }`, { id: draftPage.ingestArticle.id })).article;
  const confirmedOnce = await quotesOf();
  await second.click('button.confirm');
  await second.waitForSelector('#messages .failure');
  expect('the second tab is told', await second.locator('#messages .failure p').first().textContent(),
    'Someone else changed this article CONFLICT');
  await second.screenshot({ path: `${shots}/07-conflict.png` });
  expect('the second confirmation stored nothing', await quotesOf(), confirmedOnce);
} catch (error) {
  problems.push(`step failed: ${error.message}`);
} finally {
  await browser.close();
}
problems.forEach((problem) => console.log(`problem: ${problem}`));
console.log(`desk e2e: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
