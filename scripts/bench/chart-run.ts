/**
 * Only issue 11's measurements (scripts/bench/chart.ts), against an already built site:
 *   npm run build && npx tsx scripts/bench/chart-run.ts [dist] [runs]
 * dist defaults to ./dist, runs (Map → Chart → Map round trips in one page) to 5.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../../tests/browser/chromium';
import { benchChart, benchRoundTrips, chartSummary, roundTripSummary } from './chart';
import { serveBench } from './server';

const [distArg = 'dist', runsArg = '5'] = process.argv.slice(2);
const runs = Number(runsArg);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, not ${runsArg}`);

const server = await serveBench(resolve(distArg));
const browser = await launchChromium();
try {
  for (const line of roundTripSummary(await benchRoundTrips(browser, server, runs))) console.log(line);
  if (process.env.ROUND_TRIPS_ONLY !== '1') for (const line of chartSummary(await benchChart(browser, server))) console.log(line);
} finally {
  await browser.close();
  await server.close();
}
