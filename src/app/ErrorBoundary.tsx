/**
 * Last line of defence: a render error anywhere below shows a message and a reload button
 * instead of a blank page.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Strings } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';

interface Props {
  strings: Strings;
  children: ReactNode;
}

interface State {
  error: unknown;
}

/** The boundary in the page's language (a class cannot call the hook itself). */
export function ErrorBoundary({ children }: { children: ReactNode }) {
  return <Boundary strings={useStrings()}>{children}</Boundary>;
}

class Boundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { strings } = this.props;
    if (this.state.error === undefined) return this.props.children;
    return (
      <div className="message message--error" role="alert">
        <h2>{strings.crashTitle}</h2>
        <p>{strings.crashBody}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {strings.reload}
        </button>
      </div>
    );
  }
}
