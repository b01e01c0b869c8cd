import { base64ToBytes, bytesToBase64 } from '../lists/base64';

/** Marks a packed text: JSON never starts with it. */
const PACKED = 'gzip-base64:';

/**
 * A long text gzipped, as base64 storage can hold. The imported lists are
 * stored packed: a million accounts come to ~46 MB of JSON and ~4.4 MB
 * packed, and the browser copies a stored value to every open tab that
 * follows storage changes, besides writing it.
 */
export async function packText(text: string): Promise<string> {
  return PACKED + bytesToBase64(await through(new TextEncoder().encode(text), new CompressionStream('gzip')));
}

export function isPacked(stored: string): boolean {
  return stored.startsWith(PACKED);
}

/** The text packText packed; rejects when the data is damaged. */
export async function unpackText(packed: string): Promise<string> {
  const bytes = await through(base64ToBytes(packed.slice(PACKED.length)), new DecompressionStream('gzip'));
  return new TextDecoder().decode(bytes);
}

async function through(bytes: Uint8Array<ArrayBuffer>, transform: TransformStream<BufferSource, Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source.pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    length += read.value.length;
  }
  const out = new Uint8Array(new ArrayBuffer(length));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
