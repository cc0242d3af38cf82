import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent } from './lazy';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyComponent', () => {
  it('loads on first render, through Suspense', async () => {
    const load = vi.fn(async () => Hello);
    const Deferred = lazyComponent(load);
    render(<Deferred name="map" />);
    expect(screen.queryByText('Hello map')).toBeNull();
    expect(await screen.findByText('Hello map')).toBeDefined();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once once preloaded, and loads only once', async () => {
    const load = vi.fn(async () => Hello);
    const Deferred = lazyComponent(load);
    await Deferred.preload();
    await Deferred.preload();
    render(<Deferred name="chart" />);
    expect(screen.getByText('Hello chart')).toBeDefined();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed preload', async () => {
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(Hello);
    const Deferred = lazyComponent(load);
    await expect(Deferred.preload()).rejects.toThrow('offline');
    await Deferred.preload();
    render(<Deferred name="again" />);
    expect(screen.getByText('Hello again')).toBeDefined();
  });
});
