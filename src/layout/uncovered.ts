/**
 * What part of the map a panel leaves uncovered, and the camera padding that keeps the selected
 * place there. Pure (rectangles in, numbers out) so it is tested without a browser;
 * useSelectionInView.ts measures the page and moves the map.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The camera padding (px, in the map's own coordinates) for a panel drawn over the map: a sheet
 * over the bottom covers from its top down, a side panel over the right covers from its left.
 * A panel beside the map (not over it) needs none.
 */
export function paddingFor(map: Rect, panel: Rect | undefined): Padding {
  if (panel === undefined) return NO_PADDING;
  const overlapX = Math.min(map.right, panel.right) - Math.max(map.left, panel.left);
  const overlapY = Math.min(map.bottom, panel.bottom) - Math.max(map.top, panel.top);
  if (overlapX <= 0 || overlapY <= 0) return NO_PADDING;
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  // Covers (nearly) the full width: a bottom sheet. Otherwise a panel at one side.
  if (overlapX >= width * 0.9) return { ...NO_PADDING, bottom: Math.round(Math.min(height, map.bottom - Math.max(map.top, panel.top))) };
  if (panel.left > map.left) return { ...NO_PADDING, right: Math.round(Math.min(width, map.right - panel.left)) };
  return { ...NO_PADDING, left: Math.round(Math.min(width, panel.right - map.left)) };
}

/** Whether a point (px in the map) lies in the uncovered part, `margin` px inside its edges. */
export function inUncovered(point: readonly [number, number], width: number, height: number, padding: Padding, margin = 16): boolean {
  const [x, y] = point;
  return (
    x >= padding.left + margin && x <= width - padding.right - margin && y >= padding.top + margin && y <= height - padding.bottom - margin
  );
}
