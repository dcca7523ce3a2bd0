import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, type ConformanceReport } from '../index.ts';
import { probeReport } from '../test-support/probe-reports.ts';

// The HTML report opened in headless Chromium, as the person who certifies sees it: the summary,
// a failure's details, filters that work, no console error and no network request. The browser
// is Debian's `chromium` (.ci/run installs it) driven by playwright-core, which never downloads
// one. UPDATE_SCREENSHOT=1 refreshes docs/report-screenshot.png.

function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate !== undefined && candidate !== '' && existsSync(candidate));
  if (found !== undefined) return found;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const executablePath = findChromium();
const ABSENT = "no Chromium found: install Debian's `chromium` (apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run installs it";
if (executablePath === undefined) console.warn(`reports/render/html.test.ts: SKIPPED: ${ABSENT}.`);

const dir = mkdtempSync(join(tmpdir(), 'html-report-'));
let browser: Browser | undefined;
let page: Page;
let report: ConformanceReport;
const consoleErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (executablePath === undefined) return;
  report = await probeReport({ defects: ['missingErrorCode', 'deleteWithEndUserToken'], runs: 2 });
  const file = join(dir, 'report.html');
  writeFileSync(file, renderHtml(report));
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const visibleVerdicts = (): Promise<string[]> =>
  page.$$eval('table.requirements tbody tr', (rows) => rows.filter((row) => !row.hasAttribute('hidden')).map((row) => row.getAttribute('data-verdict') ?? ''));

// .ci/run sets REQUIRE_CHROMIUM=1: there a missing browser fails instead of skipping.
it.runIf(executablePath === undefined && process.env['REQUIRE_CHROMIUM'] === '1')('has a browser to open the report in', () => {
  expect.fail(ABSENT);
});

describe.skipIf(executablePath === undefined)('the HTML report in headless Chromium', () => {
  it('shows the verdict and the summary counts', async () => {
    expect(await page.textContent('#verdict')).toBe('FAIL');
    const cells = await page.$$eval('table.summary tbody tr:first-child td', (tds) => tds.map((td) => td.textContent));
    expect(cells.map(Number)).toEqual([report.summary.requirements.pass, report.summary.requirements.fail, report.summary.requirements.error, report.summary.requirements['not-applicable'], report.summary.requirements['not-run'], report.summary.requirements.informational]);
    expect(await page.textContent('#summary')).toContain(`${report.summary.cases} cases played.`);
  });

  it("shows a failure's details: message, replay command and redacted evidence", async () => {
    const failed = report.sections[0]?.checks.find((check) => check.verdict === 'fail');
    const failure = failed?.failures[0];
    expect(await page.isVisible('#failure-1')).toBe(true);
    const text = (await page.textContent('#failure-1')) ?? '';
    expect(text).toContain(failed?.title ?? '?');
    expect(text).toContain(failure?.findings[0]?.message.split('\n')[0] ?? '?');
    expect(await page.textContent('#failure-1 code.replay')).toBe(failure?.replay);
    await page.click('#failure-1 details.evidence > summary');
    expect(await page.isVisible('#failure-1 details.evidence pre')).toBe(true);
    expect(await page.textContent('#failure-1 details.evidence pre')).toContain('[REDACTED');
  });

  it('filters the requirement table by verdict and by text', async () => {
    await page.click('[data-filter="fail"]');
    expect(await visibleVerdicts()).toEqual(Array.from({ length: report.summary.requirements.fail }, () => 'fail'));
    expect(await page.getAttribute('[data-filter="fail"]', 'aria-pressed')).toBe('true');
    await page.click('[data-filter="pass"]');
    expect(await visibleVerdicts()).toHaveLength(report.summary.requirements.pass);
    await page.click('[data-filter="all"]');
    await page.fill('#search', 'SCA-AUTH-004');
    expect(await page.$$eval('table.requirements tbody tr:not([hidden]) td.id', (cells) => cells.map((cell) => cell.textContent))).toEqual(['SCA-AUTH-004']);
    expect(await page.textContent('#shown')).toBe(`1 of ${report.requirements.length} shown`);
    await page.fill('#search', '');
    expect(await visibleVerdicts()).toHaveLength(report.requirements.length);
  });

  it('shows each requirement with its seed sentence, and the documented-vs-observed table', async () => {
    const quote = report.requirements[0]?.quote ?? '?';
    expect(await page.textContent(`#req-${report.requirements[0]?.id ?? ''} blockquote`)).toBe(quote);
    expect(await page.$$eval('table.observed tbody tr', (rows) => rows.length)).toBe(report.sections[0]?.observed.length);
  });

  it('logs no console error and makes no request beyond its own file', async () => {
    if (process.env['UPDATE_SCREENSHOT'] === '1') {
      await page.click('[data-filter="fail"]');
      await page.screenshot({ path: new URL('../../docs/report-screenshot.png', import.meta.url).pathname });
      await page.click('[data-filter="all"]');
    }
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });
});
