import type { FastifyInstance } from 'fastify';

export interface ApiResult {
  status: number;
  body: any;
  text: string;
  headers: Record<string, unknown>;
}

/** A thin `inject` wrapper: JSON in, JSON (or text) out, with an optional bearer token. */
export function apiClient(app: FastifyInstance) {
  return async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResult> => {
    const response = await app.inject({
      method,
      url,
      headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
    const isJson = String(response.headers['content-type'] ?? '').includes('application/json');
    return { status: response.statusCode, body: isJson ? response.json() : undefined, text: response.body, headers: response.headers };
  };
}
