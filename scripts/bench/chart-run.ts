/**
 * Only issue 11's measurements (scripts/bench/chart.ts), against the already built dist/:
 *   npm run build && npx tsx scripts/bench/chart-run.ts
 */
import { resolve } from 'node:path';
import { launchChromium } from '../../tests/browser/chromium';
import { benchChart, chartSummary } from './chart';
import { serveBench } from './server';

const server = await serveBench(resolve('dist'));
const browser = await launchChromium();
try {
  for (const line of chartSummary(await benchChart(browser, server))) console.log(line);
} finally {
  await browser.close();
  await server.close();
}
