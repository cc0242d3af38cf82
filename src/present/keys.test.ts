import { describe, expect, it } from 'vitest';
import { keyBelongsToTarget, presentAction } from './keys';

describe('presentAction', () => {
  it('steps years (Shift: months) without a tour, tour steps with one', () => {
    expect(presentAction({ key: 'ArrowRight' }, false)).toBe('forward-year');
    expect(presentAction({ key: 'ArrowLeft' }, false)).toBe('back-year');
    expect(presentAction({ key: 'ArrowRight', shiftKey: true }, false)).toBe('forward-month');
    expect(presentAction({ key: 'ArrowLeft', shiftKey: true }, false)).toBe('back-month');
    expect(presentAction({ key: 'ArrowRight' }, true)).toBe('next-step');
    expect(presentAction({ key: 'ArrowLeft' }, true)).toBe('previous-step');
    // Presentation clickers send Page Up / Page Down.
    expect(presentAction({ key: 'PageDown' }, true)).toBe('next-step');
    expect(presentAction({ key: 'PageUp' }, false)).toBe('back-year');
  });

  it('maps Space, T and Escape, and leaves modified keys alone', () => {
    expect(presentAction({ key: ' ' }, false)).toBe('toggle-play');
    expect(presentAction({ key: 't' }, false)).toBe('toggle-tour');
    expect(presentAction({ key: 'T' }, true)).toBe('toggle-tour');
    expect(presentAction({ key: 'Escape' }, false)).toBe('exit');
    // With the tour open, Esc closes the tour (a second Esc leaves) and Space goes to the next step.
    expect(presentAction({ key: 'Escape' }, true)).toBe('close-tour');
    expect(presentAction({ key: ' ' }, true)).toBe('next-step');
    expect(presentAction({ key: 't', ctrlKey: true }, false)).toBeUndefined();
    expect(presentAction({ key: 'ArrowRight', metaKey: true }, false)).toBeUndefined();
    expect(presentAction({ key: 'x' }, false)).toBeUndefined();
  });
});

describe('keyBelongsToTarget', () => {
  const element = (html: string) => {
    document.body.innerHTML = html;
    return document.body.querySelector('[data-target]');
  };

  it('gives text fields every key but Escape', () => {
    const input = element('<input data-target type="search">');
    expect(keyBelongsToTarget(input, 't')).toBe(true);
    expect(keyBelongsToTarget(input, ' ')).toBe(true);
    expect(keyBelongsToTarget(input, 'Escape')).toBe(false);
  });

  it('gives the slider its arrows, and buttons their Space', () => {
    const slider = element('<input data-target type="range">');
    expect(keyBelongsToTarget(slider, 'ArrowRight')).toBe(true);
    expect(keyBelongsToTarget(slider, ' ')).toBe(false);
    const button = element('<button data-target>Next</button>');
    expect(keyBelongsToTarget(button, ' ')).toBe(true);
    expect(keyBelongsToTarget(button, 'ArrowRight')).toBe(false);
    const canvas = element('<canvas data-target class="maplibregl-canvas"></canvas>');
    expect(keyBelongsToTarget(canvas, 'ArrowLeft')).toBe(true);
    expect(keyBelongsToTarget(canvas, 't')).toBe(false);
  });

  it('gives an open dialog all keys', () => {
    const inDialog = element('<dialog open><p data-target>text</p></dialog>');
    expect(keyBelongsToTarget(inDialog, 'Escape')).toBe(true);
    expect(keyBelongsToTarget(null, ' ')).toBe(false);
    expect(keyBelongsToTarget(document.body, ' ')).toBe(false);
  });
});
