import WebSocket from 'ws';

/**
 * A minimal WebDriver BiDi client: commands with timeouts, and event handlers.
 * Only what the harness uses; see https://w3c.github.io/webdriver-bidi/.
 */

export interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

export type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string; lineNumber?: number } };

interface CommandResponse {
  id: number;
  type: 'success' | 'error';
  result?: unknown;
  error?: string;
  message?: string;
}

interface EventMessage {
  type: 'event';
  method: string;
  params: unknown;
}

const COMMAND_TIMEOUT_MS = 15_000;

export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { method: string; resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }
  >();
  private readonly handlers = new Map<string, ((params: never) => void)[]>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => this.receive(String(data)));
    ws.on('close', () => this.failAll(new Error('BiDi connection closed')));
    ws.on('error', (error) => this.failAll(new Error(`BiDi connection error: ${error.message}`)));
  }

  static connect(url: string, timeoutMs = 10_000): Promise<BidiClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const timer = setTimeout(() => {
        ws.terminate();
        reject(new Error(`BiDi: no connection to ${url} within ${timeoutMs} ms`));
      }, timeoutMs);
      ws.once('open', () => {
        clearTimeout(timer);
        resolve(new BidiClient(ws));
      });
      ws.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`BiDi: cannot connect to ${url}: ${error.message}`));
      });
    });
  }

  send<T>(method: string, params: object = {}, timeoutMs = COMMAND_TIMEOUT_MS): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.ws.readyState !== WebSocket.OPEN) {
        reject(new Error(`BiDi ${method}: connection is not open`));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  on<P>(event: string, handler: (params: P) => void): void {
    const list = this.handlers.get(event) ?? [];
    list.push(handler as (params: never) => void);
    this.handlers.set(event, list);
  }

  close(): void {
    this.ws.terminate();
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as CommandResponse | EventMessage;
    if (message.type === 'event') {
      for (const handler of this.handlers.get(message.method) ?? []) handler(message.params as never);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.type === 'success') waiting.resolve(message.result);
    else waiting.reject(new Error(`BiDi ${waiting.method}: ${message.error}: ${message.message}`));
  }

  private failAll(error: Error): void {
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(new Error(`${error.message} during ${waiting.method}`));
      this.pending.delete(id);
    }
  }
}
