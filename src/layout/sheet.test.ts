import { describe, expect, it } from 'vitest';
import { dragHeight, sizeAfterGesture } from './sheet';

describe('bottom sheet gestures', () => {
  it('a tap toggles between half and full height', () => {
    expect(sizeAfterGesture('half', 0)).toBe('full');
    expect(sizeAfterGesture('full', 3)).toBe('half');
  });
  it('a drag up opens it fully, a drag down brings it back to half', () => {
    expect(sizeAfterGesture('half', -120)).toBe('full');
    expect(sizeAfterGesture('full', 90)).toBe('half');
    expect(sizeAfterGesture('full', -90)).toBe('full');
  });
  it('a short drag leaves it where it was', () => {
    expect(sizeAfterGesture('half', -20)).toBe('half');
    expect(sizeAfterGesture('full', 25)).toBe('full');
  });
  it('follows the finger between the limits', () => {
    expect(dragHeight(400, -100, 200, 760)).toBe(500);
    expect(dragHeight(400, 300, 200, 760)).toBe(200);
    expect(dragHeight(400, -900, 200, 760)).toBe(760);
  });
});
