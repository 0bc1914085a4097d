// Saves the latency plots of a Gatling HTML report as PNG images, for BENCHMARKS.md: the report's
// response-time percentiles over time (every request) and, per request named with --request, its
// own page's percentiles over time. Rendered by Debian's chromium, as the report's reader sees it.
//
// node plot-gatling.mjs --report loadtest/target/gatling/launchsimulation-…/ \
//   --request 'POST /v1/checkouts' --out docs/benchmarks/launch
// writes launch-all.png and launch-post-v1-checkouts.png; exits 1 if a plot is missing.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: args } = parseArgs({
  options: {
    report: { type: 'string' },
    request: { type: 'string', multiple: true, default: [] },
    out: { type: 'string' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
if (!args.report || !args.out) {
  console.error('usage: --report <gatling report directory> --out <path prefix> [--request <name>]…');
  process.exit(2);
}
const report = resolve(args.report);
mkdirSync(dirname(resolve(args.out)), { recursive: true });

// Gatling names each request's page after the request; its <title> carries the request's name.
function requestPage(name) {
  const page = readdirSync(report)
    .filter((file) => file.startsWith('req_') && file.endsWith('.html'))
    .find((file) => readFileSync(join(report, file), 'utf8').includes(`<title>Gatling Stats - ${name}<`));
  if (!page) {
    throw new Error(`no page for request '${name}' in ${report}`);
  }
  return page;
}

const plots = [{ page: 'index.html', chart: '#ResponseTimeContainerId', name: 'all' }];
for (const name of args.request) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  plots.push({ page: requestPage(name), chart: '#responseTimeOverTimeContainerId', name: slug });
}

const profile = mkdtempSync(join(tmpdir(), 'boxoffice-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: args.chromium,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const browserPage = context.pages()[0] ?? (await context.newPage());
  for (const plot of plots) {
    await browserPage.goto(pathToFileURL(join(report, plot.page)).href);
    const chart = browserPage.locator(plot.chart);
    // Highcharts draws into an SVG once the page's scripts have run, then animates the series in
    // for about a second: a screenshot taken at once shows a chart cut short.
    await chart.locator('svg').first().waitFor({ timeout: 30000 });
    await browserPage.waitForTimeout(3000);
    const file = `${resolve(args.out)}-${plot.name}.png`;
    await chart.screenshot({ path: file, animations: 'disabled' });
    console.log(`plot ${file}`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
