import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { Request } from './protocol';

/**
 * Sends a request to the background and validates the answer: the other side
 * may be an older or newer build during an update, so its reply is checked
 * like any other input.
 */
export async function send<S extends z.ZodType>(request: Request, responseSchema: S): Promise<z.infer<S>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  const parsed = responseSchema.safeParse(reply);
  if (!parsed.success) {
    const error = (reply as { error?: unknown } | undefined)?.error;
    throw new Error(`background refused ${request.type}: ${typeof error === 'string' ? error : parsed.error.message}`);
  }
  return parsed.data;
}
