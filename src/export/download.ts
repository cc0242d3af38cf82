/** Saving generated files: a Blob handed to the browser's download through a temporary link. */

export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(text: string, filename: string, type: string, doc: Document = document): void {
  downloadBlob(new Blob([text], { type }), filename, doc);
}

/** File names with the date in them: ice-cooperation-status-2017-09-01.csv. */
export function exportFilename(kind: 'map' | 'status', date: string, extension: string): string {
  return `ice-cooperation-${kind}-${date}.${extension}`;
}

export const RECORDS_CSV_FILENAME = 'ice-cooperation-records.csv';
