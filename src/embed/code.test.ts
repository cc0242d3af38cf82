import { describe, expect, it } from 'vitest';
import { clampHeight, embedCode, escapeAttribute, RESIZE_SCRIPT, suggestedEmbedHeight } from './code';

describe('embedCode', () => {
  const url = 'https://example.org/map/?date=2017-09&j=48201&embed=1&at=5/30/-95';

  it('makes a titled, full-width iframe of the URL with escaped attributes', () => {
    const code = embedCode({ url, title: 'Map "on" <date>', height: 700, responsive: false });
    expect(code).toBe(
      '<iframe title="Map &quot;on&quot; &lt;date&gt;" src="https://example.org/map/?date=2017-09&amp;j=48201&amp;embed=1&amp;at=5/30/-95" ' +
        'width="100%" height="700" style="width:100%;min-width:300px;border:0;" loading="lazy" allow="clipboard-write; fullscreen"></iframe>',
    );
    const parsed = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(parsed?.getAttribute('src')).toBe(url);
    expect(parsed?.getAttribute('title')).toBe('Map "on" <date>');
  });

  it('adds the resize listener and turns scrolling off when responsive', () => {
    const code = embedCode({ url, title: 't', height: 700, responsive: true });
    expect(code).toContain('scrolling="no"');
    expect(code.endsWith(RESIZE_SCRIPT)).toBe(true);
    expect(RESIZE_SCRIPT).toContain('datawrapper-height');
    expect(RESIZE_SCRIPT).toContain('contentWindow===e.source');
  });

  it('keeps heights sensible', () => {
    expect(clampHeight(10)).toBe(320);
    expect(clampHeight(99999)).toBe(2000);
    expect(clampHeight(Number.NaN)).toBe(suggestedEmbedHeight());
    expect(suggestedEmbedHeight(680)).toBeGreaterThan(600);
    // Never below the content heights measured in Chromium (see code.ts).
    for (const [width, content] of [[360, 894], [600, 924], [900, 987], [1200, 963]] as const) {
      expect(suggestedEmbedHeight(width)).toBeGreaterThanOrEqual(content);
    }
    expect(escapeAttribute('a&b')).toBe('a&amp;b');
  });

  it('the resize listener resizes only the frame that sent the message', () => {
    document.body.innerHTML = '<iframe id="a"></iframe><iframe id="b"></iframe>';
    const [a, b] = [...document.querySelectorAll('iframe')];
    const script = RESIZE_SCRIPT.replace(/^<script>|<\/script>$/g, '');
    // Run the snippet the way a host page would (it only adds a message listener).
    new Function(script)();
    window.dispatchEvent(new MessageEvent('message', { data: { 'datawrapper-height': { x: 812 } }, source: b!.contentWindow }));
    window.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxaxPYMxheightxPYMx999', source: a!.contentWindow }));
    window.dispatchEvent(new MessageEvent('message', { data: { 'datawrapper-height': { x: 'nope' } }, source: a!.contentWindow }));
    expect(b!.style.height).toBe('812px');
    expect(a!.style.height).toBe('');
  });
});
