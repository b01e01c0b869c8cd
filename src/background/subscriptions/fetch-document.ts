import { MAX_LIST_BYTES, fileTooLarge } from '../../lists/size-limits';
import type { SubscriptionErrorCode } from '../../settings/subscriptions';

export const FETCH_TIMEOUT_MS = 60_000;

export type FetchResult = { ok: true; text: string } | { ok: false; code: SubscriptionErrorCode; detail?: string };

export interface FetchOptions {
  fetch: typeof fetch;
  timeoutMs?: number;
}

/**
 * Fetches a signed list document: the one request the extension makes of its
 * own. No cookies or other credentials, no cache, no referrer, no redirects
 * (the host permission covers this origin only), a time limit, and a size
 * limit enforced while reading, so a hostile host cannot fill memory.
 */
export async function fetchSignedDocument(url: string, options: FetchOptions): Promise<FetchResult> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    const response = await options.fetch(url, {
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      signal,
    });
    if (!response.ok) return { ok: false, code: 'http-status', detail: `HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const tooBig = Number.isFinite(declared) ? fileTooLarge(declared) : null;
    if (tooBig !== null) {
      await response.body?.cancel();
      return { ok: false, code: 'too-large', detail: tooBig };
    }
    return await readLimited(response);
  } catch (error) {
    if (signal.aborted) return { ok: false, code: 'timeout', detail: `no answer within ${Math.round((options.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000)} s` };
    return { ok: false, code: 'network', detail: error instanceof Error ? error.message : String(error) };
  }
}

async function readLimited(response: Response): Promise<FetchResult> {
  if (!response.body) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_LIST_BYTES) {
      await reader.cancel();
      return { ok: false, code: 'too-large', detail: fileTooLarge(bytes) ?? undefined };
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(whole) };
  } catch {
    return { ok: false, code: 'not-a-signed-document', detail: 'the document is not UTF-8 text' };
  }
}
