import { DataLoadError } from '../data/load';
import { DATASET_VERSION } from '../domain/dataset';
import type { Strings } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';

/** A data error in the reader's words, with the file and the problem for a bug report. */
function describeLoadError(error: unknown, strings: Strings): string {
  if (error instanceof DataLoadError) {
    switch (error.kind) {
      case 'http':
        return strings.httpError(error.detail.status ?? 0, error.file);
      case 'json':
        return strings.notJson(error.file);
      case 'version':
        return strings.dataVersionMismatch(error.detail.found ?? -1, DATASET_VERSION);
      case 'shape':
        return strings.badShape(error.file);
      case 'network':
        return strings.networkError(error.file);
      case 'timeout':
        return strings.timeoutError(error.file);
    }
  }
  return error instanceof Error ? error.message : String(error);
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const strings = useStrings();
  return (
    <div className="message message--error" role="alert">
      <h2>{strings.loadErrorTitle}</h2>
      <p>{strings.loadErrorBody}</p>
      <p className="message__detail">{strings.loadErrorDetail(describeLoadError(error, strings))}</p>
      <button type="button" className="button" onClick={onRetry}>
        {strings.retry}
      </button>
    </div>
  );
}
