/** What the error boundary shows and copies: plain functions, tested without a browser. */
import type { Route } from '../routes/route';

/** One boundary per page: a new page or tree starts clean (answers within a page do not). */
export function routeKey(route: Route): string {
  return 'treeId' in route ? `${route.page}/${route.treeId}` : route.page;
}

export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (typeof value === 'string') return new Error(value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value); // undefined for undefined and functions, despite its type
  } catch {
    text = undefined; // cycles, BigInt
  }
  return new Error(`thrown: ${text ?? String(value)}`);
}

/** A lazily loaded page that failed to download: only a reload can fetch it again. */
export function isLoadError(error: Error): boolean {
  return /dynamically imported module|module script failed|loading chunk/i.test(error.message);
}

export interface ErrorContext {
  route: string;
  userAgent: string;
  componentStack?: string;
  time?: Date;
}

/** The text "Copy error details" puts on the clipboard, for a bug report. */
export function errorDetails(error: Error, context: ErrorContext): string {
  return [
    'Stepwise error report',
    `Time: ${(context.time ?? new Date()).toISOString()}`,
    `Route: ${context.route}`,
    `User agent: ${context.userAgent}`,
    `Error: ${error.name}: ${error.message}`,
    '',
    'Stack:',
    error.stack ?? '(none)',
    '',
    'Component stack:',
    context.componentStack?.trim() || '(none)',
    '',
  ].join('\n');
}
