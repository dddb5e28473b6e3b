import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { WEB_DIR } from '../src/api/web.js';
import { ingest } from '../src/ingest/ingest.js';
import type { CableStore } from '../src/store/store.js';
import { sqliteBackend } from './backends.js';
import { ROOT, SAMPLES } from './paths.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-output', 'web');

/** A cable whose text tries to run script in the reader: it must show as text and run nothing. */
function hostileCable(): string {
  return readFileSync(join(SAMPLES, '07ALGIERS1809.txt'), 'utf8')
    .replaceAll('ALGIERS 001809', 'ALGIERS 007777')
    .replaceAll('#1809/01', '#7777/01')
    .replace(
      /SUBJECT: [^\n]+/,
      'SUBJECT: <script>window.__pwned = 1</script> HOSTILE <img src=x onerror="window.__pwned = 2">',
    )
    .replace(
      /\n(¶?)1\. \(([A-Z/]+)\) /,
      '\n$11. ($2) &lt;img src=y onerror="window.__pwned = 3"&gt; &lt;b onmouseover="window.__pwned=4"&gt;bold&lt;/b&gt; ',
    );
}

const available = existsSync(CHROMIUM) && existsSync(join(WEB_DIR, 'index.html'));
if (!available) {
  if (process.env.CI) throw new Error('CI requires /usr/bin/chromium and the built web UI (npm run build)');
  console.warn('Web UI tests SKIPPED: install chromium (apt-get install chromium) and run npm run build');
}

describe.runIf(available)('web UI in Chromium', () => {
  let store: CableStore;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = await sqliteBackend.fresh();
    const hostile = join(dir, '..', 'hostile.txt');
    writeFileSync(hostile, hostileCable());
    store = sqliteBackend.open(dir);
    await ingest([SAMPLES, hostile], store);
    app = await buildServer({ store });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('searches, shows highlighted results and facets, and keeps the query in the address', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('.totals');
    expect(await page.textContent('.totals')).toContain('16');
    await page.screenshot({ path: join(SHOTS, 'overview.png') });
    await page.keyboard.press('/');
    await page.keyboard.type('Kosovo Troika');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.result');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kosovo Troika');
    expect(await page.locator('.result mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.facets').textContent()).toContain('Persons');
    await page.screenshot({ path: join(SHOTS, 'search.png') });
    // A malformed query is explained, not a blank page.
    await page.goto(`${base}/search?q=${encodeURIComponent('kosovo AND')}`);
    await page.waitForSelector('.error');
    expect(await page.textContent('.error')).toContain('AND needs something on its right');
    // The browser logs the 400 it was answered with: expected here, so not counted as a page error.
    errors.length = 0;
  });

  it('opens a cable with markings, highlighted persons and the who-said-what panel, then a person', async () => {
    await page.goto(`${base}/search?q=${encodeURIComponent('Kosovo Troika')}`);
    await page.click('.result-subject >> nth=0');
    await page.waitForSelector('.cable-text');
    expect(await page.locator('.para .marking').count()).toBeGreaterThan(0);
    expect(await page.locator('.cable-text a.ent.person').count()).toBeGreaterThan(0);
    expect(await page.locator('.said-list li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'cable.png'), fullPage: true });
    const name = (await page.locator('.said-list li strong a').first().textContent()) ?? '';
    await page.locator('.said-list li strong a').first().click();
    await page.waitForSelector('.person-page h1');
    expect(await page.textContent('.person-page h1')).toContain(name.split(' ').pop() ?? '');
    expect(await page.locator('.person-page .said-list li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'person.png'), fullPage: true });
  });

  it('draws the network and the timeline', async () => {
    await page.goto(`${base}/network`);
    await page.waitForSelector('.graph-canvas canvas', { timeout: 20_000 });
    expect(Number(await page.getAttribute('.graph-canvas', 'data-nodes'))).toBeGreaterThan(1);
    await page.screenshot({ path: join(SHOTS, 'network.png') });
    await page.goto(`${base}/timeline?from=2007&to=2010`);
    await page.waitForSelector('.vis-item', { timeout: 20_000 });
    expect(await page.locator('.vis-item').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'timeline.png') });
  });

  it('renders hostile cable text as text and runs none of it', async () => {
    await page.goto(`${base}/cables/07ALGIERS7777`);
    await page.waitForSelector('.cable-text');
    const heading = (await page.textContent('.cable-card h1')) ?? '';
    expect(heading).toContain('<script>');
    expect(heading).toContain('onerror=');
    // Entities in the cable decode to characters, shown as characters.
    expect(await page.textContent('.cable-text')).toContain('<img src=y onerror=');
    expect(await page.textContent('.cable-text')).toContain('<b onmouseover=');
    await page.hover('.cable-text');
    await page.goto(`${base}/search?q=HOSTILE`);
    await page.waitForSelector('.result');
    expect(await page.textContent('.result-subject')).toContain('<img src=x');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('.cable-card script, .result script, img[src="x"], img[src="y"]').count()).toBe(
      0,
    );
    await page.screenshot({ path: join(SHOTS, 'hostile.png') });
  });

  it('is readable on a phone: one column, nothing wider than the screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    for (const path of ['/', `/search?q=${encodeURIComponent('Kosovo Troika')}`, '/cables/07ALGIERS1809']) {
      await phone.goto(`${base}${path}`);
      await phone.waitForSelector('main .page');
      await phone.waitForTimeout(300);
      const overflow = await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(Number(overflow), path).toBeLessThanOrEqual(1);
    }
    await phone.screenshot({ path: join(SHOTS, 'phone-cable.png') });
    await phone.close();
  });

  it('sends a Content-Security-Policy with the page, and had no script errors', async () => {
    const response = await page.goto(`${base}/persons/1`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
