import { Component, type ErrorInfo, type ReactNode } from 'react';
import { copyText } from './clipboard';
import { errorDetails, isLoadError, toError } from './errorReport';

interface Props {
  children: ReactNode;
  /**
   * The page's address (hash), for the error details. When it changes (another answer, Back in
   * the browser) the page is tried again.
   */
  route: string;
}

interface State {
  error: Error | null;
  componentStack: string;
  copy: 'idle' | 'copied' | 'failed';
}

const CLEAR: State = { error: null, componentStack: '', copy: 'idle' };

/**
 * Catches what a page throws while rendering: instead of a blank screen, says what happened and
 * offers a way back, another try, and the details for a bug report. Never shows a stack trace:
 * that goes only to the clipboard.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = CLEAR;

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: toError(error), copy: 'idle' };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.route !== this.props.route) this.setState(CLEAR);
  }

  private details(error: Error): string {
    return errorDetails(error, {
      route: this.props.route,
      userAgent: navigator.userAgent,
      componentStack: this.state.componentStack,
    });
  }

  private retry = (): void => {
    if (this.state.error && isLoadError(this.state.error)) window.location.reload();
    else this.setState(CLEAR);
  };

  private copy = (): void => {
    const { error } = this.state;
    if (!error) return;
    void copyText(this.details(error)).then((ok) => {
      this.setState({ copy: ok ? 'copied' : 'failed' });
    });
  };

  override render(): ReactNode {
    const { error, copy } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="error-boundary" role="alert" aria-labelledby="error-boundary-title">
        <h1 id="error-boundary-title">Something went wrong on this page</h1>
        <p>
          Stepwise hit an error it did not expect and stopped showing this page. Nothing was sent
          anywhere.
        </p>
        <p className="error-boundary-message">
          <strong>What happened:</strong> {error.message || error.name}
        </p>
        <p>
          Your place in a pathway is kept in the address bar. Edits you had not saved are kept as a
          draft in this browser and offered back when you open the tree again.
        </p>
        <div className="error-boundary-actions">
          <button type="button" className="button primary" onClick={this.retry}>
            Try again
          </button>
          <a className="button" href="#/">
            Back to all pathways
          </a>
          <button type="button" className="button" onClick={this.copy}>
            Copy error details
          </button>
        </div>
        <p role="status" className="error-boundary-status">
          {copy === 'copied' && 'Error details copied: paste them into a bug report.'}
          {copy === 'failed' && 'This browser refused to copy; select the details below instead.'}
        </p>
        {copy === 'failed' && (
          <textarea readOnly aria-label="Error details" value={this.details(error)} rows={10} />
        )}
      </section>
    );
  }
}
