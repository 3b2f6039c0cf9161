import { captureValues, stepRequest, type PlaceholderValues, type ProviderSequence, type ProviderStep } from "../../../src/providers/index.js";

/** One step's exchange. */
export interface Exchange {
  step: ProviderStep;
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** Send a request to a running server over HTTP (127.0.0.1), JSON in and out. */
export async function send(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/scim+json" }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text), headers: response.headers };
}

/**
 * Replay a provider's sequence step by step; `onStep` may send the step
 * itself (to try it in another dialect first) and may check the directory
 * after it.
 */
export async function replay(
  baseUrl: string,
  token: string,
  sequence: ProviderSequence,
  options: {
    userName: string;
    headers?: Record<string, string>;
    before?: (step: ProviderStep, values: PlaceholderValues) => Promise<void>;
    after?: (exchange: Exchange, values: PlaceholderValues) => Promise<void>;
  },
): Promise<Exchange[]> {
  let values: PlaceholderValues = { userName: options.userName };
  const exchanges: Exchange[] = [];
  for (const step of sequence.steps) {
    await options.before?.(step, values);
    let request;
    try {
      request = stepRequest(step, values);
    } catch {
      exchanges.push({ step, status: 0, body: "skipped: an earlier step did not capture a value" });
      continue;
    }
    const answer = await send(baseUrl, token, request.method, request.path, request.body, options.headers);
    const exchange = { step, status: answer.status, body: answer.body };
    exchanges.push(exchange);
    values = captureValues(step, answer.body, values);
    await options.after?.(exchange, values);
  }
  return exchanges;
}
