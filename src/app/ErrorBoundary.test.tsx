import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stringsFor } from '../i18n/strings';
import { ErrorBoundary } from './ErrorBoundary';

const strings = stringsFor('en');

function Broken(): never {
  throw new Error('boom');
}

describe('ErrorBoundary', () => {
  it('shows a message and a reload button instead of a blank page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain(strings.crashTitle);
    expect(screen.getByRole('button', { name: strings.reload })).toBeDefined();
    error.mockRestore();
  });
});
