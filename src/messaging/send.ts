import { browser } from 'wxt/browser';
import { safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import type { Request } from './protocol';

/**
 * Sends a request to the background and validates the answer: the other side
 * may be an older or newer build during an update, so its reply is checked
 * like any other input.
 */
export async function send<S extends $ZodType>(request: Request, responseSchema: S): Promise<output<S>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  // The standalone parser accepts both full and mini zod schemas.
  const parsed = safeParse(responseSchema, reply);
  if (!parsed.success) {
    const error = (reply as { error?: unknown } | undefined)?.error;
    throw new Error(`background refused ${request.type}: ${typeof error === 'string' ? error : parsed.error.message}`);
  }
  return parsed.data;
}
