// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { errorDetails, routeKey, toError } from '../../src/ui/errorReport';

let broken = true;
function Page() {
  if (broken) throw new TypeError("Cannot read properties of undefined (reading 'meta')");
  return <p>The page works</p>;
}

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  broken = true;
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  // React reports caught errors on the console; the test expects them.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows what happened and a way back instead of a blank page, and no stack trace', () => {
    render(
      <ErrorBoundary route="#/play/x?answers=YES">
        <Page />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(
      screen.getByRole('heading', { name: 'Something went wrong on this page' }),
    ).toBeVisible();
    expect(alert).toHaveTextContent(
      "What happened: Cannot read properties of undefined (reading 'meta')",
    );
    expect(screen.getByRole('link', { name: 'Back to all pathways' })).toHaveAttribute(
      'href',
      '#/',
    );
    expect(alert.textContent).not.toMatch(/\bat \S+ \(|ErrorBoundary\.test/);
  });

  it('"Try again" renders the page again', () => {
    render(
      <ErrorBoundary route="#/">
        <Page />
      </ErrorBoundary>,
    );
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The page works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a new address (another answer, Back) tries the page again', () => {
    const { rerender } = render(
      <ErrorBoundary route="#/play/x?answers=YES">
        <Page />
      </ErrorBoundary>,
    );
    broken = false;
    rerender(
      <ErrorBoundary route="#/play/x">
        <Page />
      </ErrorBoundary>,
    );
    expect(screen.getByText('The page works')).toBeInTheDocument();
  });

  it('"Copy error details" copies message, stack, route and user agent', async () => {
    render(
      <ErrorBoundary route="#/play/x?answers=YES">
        <Page />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy error details' }));
    expect(await screen.findByText(/Error details copied/)).toBeInTheDocument();
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toContain(
      "Error: TypeError: Cannot read properties of undefined (reading 'meta')",
    );
    expect(copied).toContain('Route: #/play/x?answers=YES');
    expect(copied).toContain(`User agent: ${navigator.userAgent}`);
    expect(copied).toMatch(/Stack:\n.*TypeError/);
    expect(copied).toMatch(/Component stack:\n\s*at Page/);
  });

  it('when the browser refuses to copy, shows the details to select', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    const legacy = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: legacy, configurable: true });
    render(
      <ErrorBoundary route="#/">
        <Page />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy error details' }));
    const details = await screen.findByRole('textbox', { name: 'Error details' });
    expect((details as HTMLTextAreaElement).value).toContain('Route: #/');
    expect(screen.getByRole('status')).toHaveTextContent(/refused to copy/);
    Reflect.deleteProperty(document, 'execCommand');
  });
});

describe('error reports', () => {
  it('keys a boundary by page and tree, not by answers', () => {
    expect(routeKey({ page: 'play', treeId: 'a', answers: ['YES'] })).toBe('play/a');
    expect(routeKey({ page: 'play', treeId: 'a', answers: [] })).toBe('play/a');
    expect(routeKey({ page: 'home' })).toBe('home');
  });

  it('turns anything thrown into an Error, and formats the details', () => {
    expect(toError('plain').message).toBe('plain');
    expect(toError({ code: 1 }).message).toBe('thrown: {"code":1}');
    expect(toError(undefined).message).toBe('thrown: undefined');
    const error = new Error('boom');
    error.stack = 'Error: boom\n    at here';
    expect(
      errorDetails(error, { route: '#/', userAgent: 'UA', time: new Date(0), componentStack: '' }),
    ).toBe(
      [
        'Stepwise error report',
        'Time: 1970-01-01T00:00:00.000Z',
        'Route: #/',
        'User agent: UA',
        'Error: Error: boom',
        '',
        'Stack:',
        'Error: boom\n    at here',
        '',
        'Component stack:',
        '(none)',
        '',
      ].join('\n'),
    );
  });
});
