import type { MessageOrigin } from '../../../src/background/router';

const EXTENSION_PAGE: MessageOrigin = { fromExtensionPage: true };

/** The router as the extension's own pages reach it: every request is allowed. */
export function asExtensionPage(route: (message: unknown, origin: MessageOrigin) => Promise<unknown>) {
  return (message: unknown) => route(message, EXTENSION_PAGE);
}
