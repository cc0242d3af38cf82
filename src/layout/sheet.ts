/**
 * The phone's bottom sheet: two resting heights (half and full) and what a drag of its handle
 * means. Pure, so it is tested without a DOM; BottomSheet.tsx applies it.
 */
export type SheetSize = 'half' | 'full';

/** A drag shorter than this (px) is a tap: it toggles between the two heights. */
export const TAP_SLOP = 8;
/** How far (px) a drag must go to change the height. */
export const DRAG_THRESHOLD = 40;

/** The size a handle gesture ends in: `dy` is how far the pointer moved down (negative: up). */
export function sizeAfterGesture(size: SheetSize, dy: number): SheetSize {
  if (Math.abs(dy) < TAP_SLOP) return size === 'half' ? 'full' : 'half';
  if (dy <= -DRAG_THRESHOLD) return 'full';
  if (dy >= DRAG_THRESHOLD) return 'half';
  return size;
}

/** The sheet's height while dragging: its resting height minus the drag, kept between the limits. */
export function dragHeight(startHeight: number, dy: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, startHeight - dy)));
}
