import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FederalListEntry } from '../domain/dataset';
import { useAppStore } from '../store/appStore';
import { ListsToggle } from './ListsToggle';

const lists: FederalListEntry[] = [
  {
    id: 'dhs',
    title: 'DHS list',
    publisher: 'U.S. Department of Homeland Security',
    published: '2025-05-29',
    withdrawn: '2025-06-01',
    summary: '',
    sourceIds: ['s'],
    entryCount: 3,
    entries: { '06': 'California', '06037': 'Los Angeles County', '17031': 'Cook County' },
  },
  {
    id: 'doj',
    title: 'DOJ list',
    publisher: 'U.S. Department of Justice',
    published: '2025-08-05',
    summary: '',
    sourceIds: ['s'],
    entryCount: 2,
    entries: { '06': 'California', 'IL-chicago': 'Chicago' },
  },
];

describe('ListsToggle', () => {
  it('is a labelled checkbox that reports its change', () => {
    const onChange = vi.fn();
    render(<ListsToggle lists={lists} date="2025-09-30" checked={false} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Mark places named on a federal “sanctuary jurisdiction” list' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText(/named on:/)).toBeNull();
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  // The counts are a chunk loaded when the switch is first on: found once it has arrived.
  it('says how many jurisdictions the standing lists name, and which lists', async () => {
    render(<ListsToggle lists={lists} date="2025-05-31" checked onChange={vi.fn()} />);
    const status = await screen.findByText('3 jurisdictions named on: U.S. Department of Homeland Security, May 29, 2025.');
    const describedBy = screen.getByRole('checkbox').getAttribute('aria-describedby');
    expect(describedBy).not.toBeNull();
    expect(document.getElementById(describedBy!)?.contains(status)).toBe(true);
  });

  it('says when no list stood on the date', async () => {
    render(<ListsToggle lists={lists} date="2025-07-31" checked onChange={vi.fn()} />);
    expect((await screen.findByText('No federal list was in force on July 31, 2025.')).tagName).toBe('P');
  });

  it('speaks Spanish', async () => {
    useAppStore.setState({ lang: 'es' });
    render(<ListsToggle lists={lists} date="2025-08-31" checked onChange={vi.fn()} />);
    expect((screen.getByRole('checkbox', { name: /lista federal de “jurisdicciones santuario”/ }) as HTMLInputElement).checked).toBe(true);
    expect((await screen.findByText(/^2 jurisdicciones nombradas en: U\.S\. Department of Justice, 5 de agosto de 2025\.$/)).tagName).toBe('P');
  });
});
