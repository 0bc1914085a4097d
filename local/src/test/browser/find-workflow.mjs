// An operator's walk through the Temporal UI, in Debian's chromium: search workflows with a
// visibility query, open the one expected, and check what its page shows. Run by TemporalUiIT;
// prints one line per check that passed and exits 1 at the first one that did not.
//
// node find-workflow.mjs --ui http://127.0.0.1:8233 --query 'CustomerEmail="a@example.com"' \
//   --workflow-id checkout-123 --status Completed --summary '2 × General admission · …' \
//   --attribute CheckoutStatus=CONFIRMED --screenshot target/screenshots/name.png
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: args } = parseArgs({
  options: {
    ui: { type: 'string' },
    namespace: { type: 'string', default: 'default' },
    query: { type: 'string' },
    'workflow-id': { type: 'string' },
    status: { type: 'string' },
    summary: { type: 'string' },
    attribute: { type: 'string', multiple: true, default: [] },
    screenshot: { type: 'string' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    'timeout-ms': { type: 'string', default: '20000' },
  },
});
for (const required of ['ui', 'query', 'workflow-id', 'status', 'summary', 'screenshot']) {
  if (!args[required]) {
    console.error(`missing --${required}`);
    process.exit(2);
  }
}
const timeout = Number(args['timeout-ms']);
const workflowId = args['workflow-id'];

// A fresh profile, and none of Chromium's background calls home: this machine's network is closed
// and Chromium stalls waiting for them.
const profile = mkdtempSync(join(tmpdir(), 'boxoffice-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: args.chromium,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(timeout);
mkdirSync(dirname(args.screenshot), { recursive: true });

let step = 'starting';
try {
  step = `searching ${args.query}`;
  const search = new URL(`/namespaces/${args.namespace}/workflows`, args.ui);
  search.searchParams.set('query', args.query);
  // Not 'networkidle': a running workflow's page long-polls its history and never goes idle.
  await page.goto(search.href, { waitUntil: 'load' });
  const row = page.getByRole('link', { name: workflowId, exact: true });
  await row.first().waitFor();
  console.log(`found ${workflowId} by ${args.query}`);
  await page.screenshot({ path: args.screenshot.replace(/\.png$/, '-search.png') });

  step = `opening ${workflowId}`;
  await row.first().click();
  await page.waitForURL((url) => url.pathname.includes(`/workflows/${workflowId}/`));

  step = `looking for the status ${args.status}`;
  await page.locator('main header').getByText(args.status, { exact: true }).first().waitFor();
  console.log(`status shown: ${args.status}`);

  for (const attribute of args.attribute) {
    const [name, value] = attribute.split('=', 2);
    step = `looking for the search attribute ${name} = ${value}`;
    await page.getByRole('tab', { name: 'Search Attributes' }).click();
    await page.getByText(`"${name}": ${JSON.stringify(value)}`).first().waitFor();
    console.log(`search attribute shown: ${name}=${value}`);
  }

  // The UI renders the summary as markdown inside a frame of its own.
  step = `looking for the summary ${args.summary}`;
  await page.getByRole('tab', { name: 'User Metadata' }).click();
  await page
    .frameLocator('iframe[title="output"]')
    .first()
    .getByText(args.summary, { exact: true })
    .waitFor();
  console.log(`summary shown: ${args.summary}`);

  await page.screenshot({ path: args.screenshot });
  console.log(`screenshot: ${args.screenshot}`);
} catch (error) {
  console.error(`FAILED ${step} at ${page.url()}: ${error.message.split('\n')[0]}`);
  await page.screenshot({ path: args.screenshot.replace(/\.png$/, '-failure.png') }).catch(() => {});
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
