import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PermanentLink, permanentPagePath } from './PermanentLink';

describe('PermanentLink', () => {
  it('links to the static page of the jurisdiction, in the page language', () => {
    render(<PermanentLink id="48201" locale="en-US" />);
    expect(screen.getByRole('link', { name: 'Permanent page' }).getAttribute('href')).toBe('place/48201/');
    expect(permanentPagePath('NY-new-york', 'es-US')).toBe('place/NY-new-york/es/');
  });
});
