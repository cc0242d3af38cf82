/**
 * The grab handle at the top of the phone's bottom sheet (shown by CSS on phones only): a tap,
 * Enter or Space toggles half and full height; a drag follows the finger and rests at the nearer
 * height. The sheet element (the panel's <aside>) carries `data-sheet="half|full"` for the CSS.
 */
import { type PointerEvent, type RefObject, useRef } from 'react';
import { dragHeight, type SheetSize, sizeAfterGesture, TAP_SLOP } from './sheet';

export interface SheetHandleProps {
  sheet: RefObject<HTMLElement | null>;
  size: SheetSize;
  expandLabel: string;
  collapseLabel: string;
  onSize(size: SheetSize): void;
}

export function SheetHandle({ sheet, size, expandLabel, collapseLabel, onSize }: SheetHandleProps) {
  const drag = useRef<{ id: number; y: number; height: number; dragged: boolean } | null>(null);
  const suppressClick = useRef(false);

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    const el = sheet.current;
    if (el === null || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { id: e.pointerId, y: e.clientY, height: el.getBoundingClientRect().height, dragged: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const el = sheet.current;
    if (d === null || el === null || d.id !== e.pointerId) return;
    const dy = e.clientY - d.y;
    if (!d.dragged && Math.abs(dy) < TAP_SLOP) return;
    d.dragged = true;
    el.style.height = `${dragHeight(d.height, dy, 120, window.innerHeight - 40)}px`;
  };
  const end = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    if (d === null || d.id !== e.pointerId) return;
    sheet.current?.style.removeProperty('height');
    if (!d.dragged) return;
    // A drag ends here; the click that may follow is not a tap.
    suppressClick.current = true;
    onSize(sizeAfterGesture(size, e.clientY - d.y));
  };
  const onClick = () => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    onSize(sizeAfterGesture(size, 0));
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      aria-expanded={size === 'full'}
      aria-label={size === 'full' ? collapseLabel : expandLabel}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onClick={onClick}
    >
      <span className="sheet-handle__bar" aria-hidden="true" />
    </button>
  );
}
