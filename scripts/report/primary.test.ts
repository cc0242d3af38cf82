// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPrimarySource } from './primary';

describe('isPrimarySource', () => {
  it('counts government, court, legislature and official code hosts', () => {
    expect(isPrimarySource('https://www.flsenate.gov/Session/Bill/2022/1808/')).toBe(true);
    expect(isPrimarySource('http://www.legis.state.wv.us/Bill_Status/x')).toBe(true);
    expect(isPrimarySource('https://legistar.council.nyc.gov/LegislationDetail.aspx?ID=1')).toBe(true);
    expect(isPrimarySource('https://codelibrary.amlegal.com/codes/boston/latest/x')).toBe(true);
    expect(isPrimarySource('http://www.co.washington.or.us/Sheriff/x.cfm')).toBe(true);
    expect(isPrimarySource('https://multco.us/communications/news/x')).toBe(true);
    expect(isPrimarySource('http://www.denvergov.org/content/denvergov/en/x.html')).toBe(true);
    expect(isPrimarySource('https://www.lapdonline.org/newsroom/x/')).toBe(true);
    expect(isPrimarySource('https://www.smcgov.org/ceo/news/x')).toBe(true);
    expect(isPrimarySource('https://publicdocs.santa-ana.org/WebLink/1/doc/92451/Page1.aspx')).toBe(true);
    expect(isPrimarySource('https://www.sonomasheriff.org/immigration-status')).toBe(true);
    expect(isPrimarySource('https://house-press.com/governor-kemp-signs-house-bill-1105-x')).toBe(true);
    expect(isPrimarySource('https://content.govdelivery.com/accounts/MDBALT/bulletins/317c13')).toBe(true);
    expect(isPrimarySource('https://medium.com/wagovernor/inslee-signs-executive-order-x')).toBe(true);
    expect(isPrimarySource('https://medium.com/someone-else/wagovernor-x')).toBe(false);
    expect(isPrimarySource('https://medium.com/wagovernorfan/x')).toBe(false);
    expect(isPrimarySource('https://notoak-park.us/x')).toBe(false);
    expect(isPrimarySource('https://notdenvergov.org/x')).toBe(false);
  });

  it('does not count news, advocacy, trackers or look-alike .us hosts', () => {
    expect(isPrimarySource('https://www.reviewjournal.com/x')).toBe(false);
    expect(isPrimarySource('https://legiscan.com/OR/bill/HB3265/2021')).toBe(false);
    expect(isPrimarySource('https://www.alipac.us/f12/x')).toBe(false);
    expect(isPrimarySource('https://pdfslide.us/documents/x')).toBe(false);
    expect(isPrimarySource('https://blog.washington.or.us/x')).toBe(false);
    expect(isPrimarySource('not a url')).toBe(false);
  });
});
