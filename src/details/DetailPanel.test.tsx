import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RecordIndex } from '../domain/dataset';
import { panelStringsFor } from '../i18n/panelStrings';
import type { LoadState } from '../data/mapData';
import { fixtureMapData, fixtureRecordIndex } from '../testing/fixtures';
import { DetailPanel, type DetailPanelProps } from './DetailPanel';
import { safeHttpUrl } from './SourceList';

const strings = panelStringsFor('en');
const data = fixtureMapData();

function renderPanel(id: string, overrides: Partial<DetailPanelProps> = {}) {
  const entry = data.jurisdictions.byId.get(id);
  if (entry === undefined) throw new Error(id);
  const props: DetailPanelProps = {
    entry,
    date: '2020-01-31',
    today: '2025-06-15',
    index: data.index,
    jurisdictions: data.jurisdictions,
    records: { status: 'ready', data: fixtureRecordIndex() },
    onClose: vi.fn(),
    onSelect: vi.fn(),
    onRetryRecords: vi.fn(),
    ...overrides,
  };
  const { unmount } = render(<DetailPanel {...props} />);
  return { props, unmount, panel: screen.getByRole('region', { name: entry.name }) };
}

describe('DetailPanel', () => {
  it('is a region named by its heading, with name, level and status on the date', () => {
    const { panel } = renderPanel('06037');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Los Angeles County' })).toBeDefined();
    expect(within(panel).getByText('County in California')).toBeDefined();
    expect(within(panel).getByText('Status on January 31, 2020')).toBeDefined();
    expect(within(panel).getAllByText('Limits cooperation').length).toBeGreaterThan(0);
  });

  it('says which layer decided the status, naming the record', () => {
    const { panel } = renderPanel('06037');
    expect(within(panel).getByText(/Decided by state law/).textContent).toContain('SB 54 (2017), California Values Act');
  });

  it('names an agreement as the reason while it was in force', () => {
    const { panel } = renderPanel('48201', { date: '2010-01-01' });
    expect(within(panel).getByText(/287\(g\) agreement with ICE/)).toBeDefined();
    const agreements = within(panel).getByRole('region', { name: strings.sectionAgreements });
    expect(within(agreements).getByText(strings.decidesStatus)).toBeDefined();
    expect(within(agreements).getByText(/Harris County Sheriff's Office/).textContent).toContain('Jail enforcement');
    expect(within(agreements).getByText('Signed').nextSibling?.textContent).toBe('June 20, 2008');
    expect(within(agreements).getByText('Ended').nextSibling?.textContent).toBe('February 16, 2017');
    expect(within(agreements).getByText(/The sheriff ended the agreement/)).toBeDefined();
  });

  it('shows the whole history as segments and as a list', () => {
    const { panel } = renderPanel('48201');
    const history = within(panel).getByRole('list', { name: 'Status of Harris County over time' });
    expect(within(history).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'From January 1, 1979 No known policy',
      'From July 1, 2008 Takes part in enforcement',
      'From February 16, 2017 No known policy',
      'From September 1, 2017 Required to cooperate',
    ]);
    expect(panel.querySelectorAll('.history__segment')).toHaveLength(4);
  });

  it('lists every layer: state law, county policy, agreements, city policy', () => {
    const { panel } = renderPanel('CA-los-angeles');
    const state = within(panel).getByRole('region', { name: 'State law: California' });
    expect(within(state).getByRole('heading', { name: 'SB 54 (2017), California Values Act' })).toBeDefined();
    expect(within(state).getByText('Voted').nextSibling?.textContent).toBe('September 16, 2017');
    expect(within(state).getByText('Effective').nextSibling?.textContent).toBe('January 1, 2018');
    expect(within(state).getByText('Confidence').nextSibling?.textContent).toBe('High');
    expect(within(panel).getByRole('region', { name: strings.sectionCounty })).toBeDefined();
    expect(within(panel).getByRole('region', { name: strings.sectionAgreements })).toBeDefined();
    const city = within(panel).getByRole('region', { name: strings.sectionCity });
    expect(within(city).getByRole('heading', { name: 'LAPD Special Order 40' })).toBeDefined();
    expect(within(panel).getByText('City or town in California')).toBeDefined();
  });

  it('renders sources as safe links that open in a new tab, and unsafe URLs as text', () => {
    const { panel } = renderPanel('06037');
    const link = within(panel).getByRole('link', { name: /Official text of the law/ });
    expect(link.getAttribute('href')).toBe('https://example.org/law');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(panel).queryByRole('link', { name: /unsafe link/ })).toBeNull();
    expect(within(panel).getByText('A source with an unsafe link')).toBeDefined();
    // Source links only: the permanent page link is relative to the site (place/<id>/).
    for (const a of panel.querySelectorAll('a')) if (a.closest('.detail-panel__permanent') === null) expect(a.getAttribute('href')).toMatch(/^https?:/);
    expect(within(panel).getByRole('link', { name: 'Permanent page' }).getAttribute('href')).toBe('place/06037/');
  });

  it('lists the places inside a county and selects one', () => {
    const { panel, props } = renderPanel('06037');
    fireEvent.click(within(panel).getByRole('button', { name: 'Show Los Angeles' }));
    expect(props.onSelect).toHaveBeenCalledWith('CA-los-angeles');
  });

  it('lists federal lists naming the jurisdiction, with the name as printed', () => {
    const { panel } = renderPanel('06075');
    const federal = within(panel).getByRole('region', { name: strings.sectionFederal });
    expect(within(federal).getByText('Named as “City and County of San Francisco”')).toBeDefined();
    expect(within(federal).getByRole('link', { name: /DOJ letters/ }).getAttribute('href')).toBe('http://example.gov/doj');
    expect(within(panel).getByText(/Amended several times/)).toBeDefined();
  });

  it('closes with its button and with Escape', () => {
    const { props, panel } = renderPanel('06037');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close details for Los Angeles County' }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('moves focus to its heading, unless told not to', () => {
    const first = renderPanel('06037');
    expect(document.activeElement).toBe(within(first.panel).getByRole('heading', { level: 2 }));
    first.unmount();
    renderPanel('06075', { focusOnOpen: false });
    expect(document.activeElement).toBe(document.body);
  });

  it('shows the status while records load, and a retry when they fail', () => {
    const loading: LoadState<RecordIndex> = { status: 'loading' };
    const first = renderPanel('06037', { records: loading });
    expect(within(first.panel).getByRole('status').textContent).toBe(strings.recordsLoading);
    expect(within(first.panel).getAllByText('Limits cooperation').length).toBeGreaterThan(0);
    first.unmount();
    const failed = renderPanel('06075', { records: { status: 'error', error: new Error('x') } });
    fireEvent.click(within(failed.panel).getByRole('button', { name: strings.retry }));
    expect(failed.props.onRetryRecords).toHaveBeenCalled();
  });

  it('reports record ids missing from records.json', () => {
    const records = fixtureRecordIndex();
    delete records.records['sf-city-of-refuge-1989'];
    const { panel } = renderPanel('06075', { records: { status: 'ready', data: records } });
    expect(within(panel).getByText(strings.recordMissing('sf-city-of-refuge-1989'))).toBeDefined();
  });
});

describe('safeHttpUrl', () => {
  it('keeps http(s) and drops everything else', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,hi')).toBeUndefined();
    expect(safeHttpUrl('/relative')).toBeUndefined();
    expect(safeHttpUrl('')).toBeUndefined();
  });
});
