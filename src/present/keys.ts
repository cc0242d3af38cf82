/**
 * Presentation-mode keys, as pure functions: which action a key press means, and whether the
 * focused control should have the key instead (a text field, the slider's own arrows, Space on a
 * button, anything in an open dialog). Clickers send PageUp/PageDown, so those step too.
 *
 * With the tour open the keys drive the tour, like a slide show: ← → and Space move between steps
 * (Space never starts the timeline under a caption that names one date), T or Esc close the tour
 * and stay in presentation mode; Esc again leaves presentation mode.
 */

export type PresentAction =
  | 'previous-step'
  | 'next-step'
  | 'back-year'
  | 'forward-year'
  | 'back-month'
  | 'forward-month'
  | 'toggle-play'
  | 'toggle-tour'
  | 'close-tour'
  | 'exit';

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export function presentAction(press: KeyPress, tourOpen: boolean): PresentAction | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  switch (press.key) {
    case 'ArrowLeft':
    case 'PageUp':
      return tourOpen ? 'previous-step' : press.shiftKey ? 'back-month' : 'back-year';
    case 'ArrowRight':
    case 'PageDown':
      return tourOpen ? 'next-step' : press.shiftKey ? 'forward-month' : 'forward-year';
    case ' ':
    case 'Spacebar':
      return tourOpen ? 'next-step' : 'toggle-play';
    case 't':
    case 'T':
      return 'toggle-tour';
    case 'Escape':
      return tourOpen ? 'close-tour' : 'exit';
    default:
      return undefined;
  }
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password']);

/** True when the key press is for the focused element, not for presentation mode. */
export function keyBelongsToTarget(target: Element | null, key: string): boolean {
  if (target === null) return false;
  if (target.closest('dialog[open]') !== null) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || (target instanceof HTMLElement && target.isContentEditable)) return key !== 'Escape';
  if (tag === 'SELECT') return key !== 'Escape' && key !== 't' && key !== 'T';
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    if (TEXT_INPUTS.has(type)) return key !== 'Escape';
    if (type === 'range') return key.startsWith('Arrow') || key === 'PageUp' || key === 'PageDown' || key === 'Home' || key === 'End';
    return key === ' ' || key === 'Enter';
  }
  if ((tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') && (key === ' ' || key === 'Enter')) return true;
  // The map canvas pans with the arrow keys.
  if (target.classList.contains('maplibregl-canvas') && key.startsWith('Arrow')) return true;
  return false;
}
