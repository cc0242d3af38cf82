/**
 * axe-core's violations on a page as it is now, one readable line each. The page must be opened
 * with `bypassCSP: true` (axe is injected as a script tag; the built page's CSP rightly forbids it).
 * Same rules as tests/browser/a11y.test.ts.
 */
import type { Page } from 'playwright-core';

const AXE = 'node_modules/axe-core/axe.min.js';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')).join(' | ')}`,
  );
}
