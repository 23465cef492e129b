/**
 * A partner page for the hardening matrix: the e2e harness's strict-CSP page (CSP violations, console
 * errors and requests to other origins recorded), plus what an attack would leave behind: dialogs,
 * navigations, popups and the `window.__pwned` sentinel. `probe.js` is installed in every frame.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assertClean, openPartnerPage, type PartnerPage, type PartnerPageOptions } from '../../e2e/harness.js';

export interface HostilePage extends PartnerPage {
  dialogs: string[];
  /** Main-frame navigations after the page loaded. */
  navigations: string[];
  popups: string[];
}

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));

export async function openHostilePage(o: PartnerPageOptions): Promise<HostilePage> {
  const p = (await openPartnerPage(o)) as HostilePage;
  p.dialogs = [];
  p.navigations = [];
  p.popups = [];
  p.page.on('dialog', (d) => {
    p.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  p.page.on('framenavigated', (f) => {
    if (f === p.page.mainFrame()) p.navigations.push(f.url());
  });
  p.page.on('popup', (w) => p.popups.push(w.url()));
  // The harness navigated already: install the probe in this document, and in every later one.
  await p.page.addInitScript({ path: PROBE });
  await p.page.evaluate(readFileSync(PROBE, 'utf8'));
  return p;
}

/** How many times hostile input ran script, in any way the page can tell. */
export async function executions(p: HostilePage): Promise<{ count: number; details: string[] }> {
  const sentinel = await p.page
    .evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return ['__pwned', '__pw' + 'ned'].some((k) => w[k] !== undefined) || (top as unknown as Record<string, unknown>).__pwned !== undefined;
    })
    .catch(() => true);
  const details = [
    ...(sentinel ? ['window.__pwned was set'] : []),
    ...p.dialogs.map((d) => `dialog ${d}`),
    ...p.navigations.map((n) => `navigation to ${n}`),
    ...p.popups.map((u) => `popup ${u}`),
    ...p.foreignRequests.map((u) => `request to ${u}`),
  ];
  return { count: details.length, details };
}

export async function assertNoExecution(p: HostilePage, what: string): Promise<void> {
  const e = await executions(p);
  assert.deepEqual(e.details, [], `${what}: hostile input ran or reached out`);
}

/** `assertClean`, with where each CSP violation came from (element path and script position) in the message. */
export async function assertCleanExplained(p: HostilePage): Promise<void> {
  try {
    assertClean(p);
  } catch (err) {
    const detail = await p.page.evaluate(() => (window as unknown as { __hp: { violations: unknown[] } }).__hp.violations).catch(() => []);
    throw new Error(`${(err as Error).message.slice(0, 1500)}\nwhere: ${JSON.stringify(detail, null, 1).slice(0, 3000)}`);
  }
}
