import { describe, expect, it } from 'vitest';
import { initialData } from '../store/appStore';
import { parseUrlState } from '../url/codec';
import { copyText } from './copy';
import { pageBase, viewUrl, withoutHostParams } from './link';

const TODAY = '2025-06-15';

describe('viewUrl', () => {
  const state = {
    ...initialData({}, TODAY),
    date: '2017-09-30',
    selectedId: '48201',
    mapView: { zoom: 5.25, lat: 30.1, lon: -95.4 },
    layer: 'states' as const,
    lang: 'es' as const,
  };

  it('links to every piece of the view, on this page, and reads back to the same view', () => {
    const url = viewUrl('https://news.example/graphics/ice/index.html?utm=1#x', state);
    expect(url).toBe('https://news.example/graphics/ice/index.html?utm=1&date=2017-09&j=48201&lang=es&layer=states&at=5.25/30.1/-95.4');
    const back = parseUrlState(new URL(url).search, { today: TODAY });
    expect(back).toMatchObject({ date: '2017-09-30', jurisdiction: '48201', lang: 'es', layer: 'states', at: { zoom: 5.25, lat: 30.1, lon: -95.4 } });
  });

  it('applies overrides and drops host parameters (pym, bench)', () => {
    const href = 'http://127.0.0.1:8080/?embed=1&initialWidth=640&childId=map-1&parentTitle=x&parentUrl=y&bench=1&date=2001-01';
    expect(viewUrl(href, { ...state, embed: true }, { embed: false })).toBe(
      'http://127.0.0.1:8080/?date=2017-09&j=48201&lang=es&layer=states&at=5.25/30.1/-95.4',
    );
    expect(viewUrl(href, state, { embed: true, present: false })).toContain('embed=1');
    expect(viewUrl('https://a.example/', { ...state, present: true })).toContain('mode=present');
    // The federal-list marks travel with a shared or embedded view.
    expect(viewUrl('https://a.example/', { ...state, showLists: true }, { embed: true })).toContain('lists=1');
  });

  it('helpers', () => {
    expect(pageBase('file:///C:/maps/index.html?date=2001')).toBe('file:///C:/maps/index.html');
    expect(withoutHostParams('?childId=a&date=2001')).toBe('?date=2001');
    expect(withoutHostParams('?childId=a')).toBe('');
  });
});

describe('copyText', () => {
  it('uses the Clipboard API in a secure context', async () => {
    const written: string[] = [];
    const ok = await copyText('hello', { document, secure: true, clipboard: { writeText: async (t: string) => void written.push(t) } });
    expect(ok).toBe(true);
    expect(written).toEqual(['hello']);
  });

  it('falls back to a selected textarea and execCommand, and reports failure', async () => {
    const denied = { writeText: () => Promise.reject(new Error('denied')) };
    const calls: string[] = [];
    const doc = document as Document & { execCommand(command: string): boolean };
    const original = doc.execCommand;
    doc.execCommand = (command: string) => {
      calls.push(`${command}:${(document.activeElement as HTMLTextAreaElement | null)?.value}`);
      return true;
    };
    try {
      expect(await copyText('link', { document, secure: true, clipboard: denied })).toBe(true);
      expect(calls).toEqual(['copy:link']);
      expect(document.querySelector('textarea')).toBeNull();
      doc.execCommand = () => false;
      expect(await copyText('link', { document, secure: false, clipboard: undefined })).toBe(false);
    } finally {
      doc.execCommand = original;
    }
  });
});
