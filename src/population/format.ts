const compact = new Map<string, Intl.NumberFormat>();

/** "96.1 million" / "96.1 millones" (es-US): residents in legends and the chart's readout. */
export function formatPeople(n: number, locale: string): string {
  let f = compact.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
    compact.set(locale, f);
  }
  return f.format(n);
}
