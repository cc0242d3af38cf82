/** tour.json's check, fetched with the file the first time the tour opens (./tourStore.ts). */
import { TOUR_FILE, type TourFile } from './types';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isText(value: unknown): boolean {
  return isObject(value) && typeof value.en === 'string' && typeof value.es === 'string';
}

/** Just enough checking to fail clearly instead of drawing a broken step (the build validated it). */
export function asTourFile(value: unknown): TourFile {
  if (!isObject(value) || !Array.isArray(value.steps) || value.steps.length === 0) throw new Error(`${TOUR_FILE}: no steps`);
  for (const step of value.steps as unknown[]) {
    if (
      !isObject(step) ||
      typeof step.id !== 'string' ||
      typeof step.date !== 'string' ||
      step.focus === undefined ||
      !isText(step.title) ||
      !isText(step.caption) ||
      !Array.isArray(step.sources)
    ) {
      throw new Error(`${TOUR_FILE}: a step does not have the expected structure`);
    }
  }
  // Checked field by field above; the rest is the build's contract (scripts/build/tour.ts).
  return value as unknown as TourFile;
}
