/** The Hono environment of the API app: what middleware puts on the context. */
export interface ApiEnv {
  Variables: {
    /** The request's id (from a valid `X-Request-Id` header, or new). */
    requestId: string;
    /** The authenticated API key's id; null when the server runs without authentication. */
    keyId: string | null;
    /** Seconds for a `Retry-After` header, set by whoever refused the request. */
    retryAfter: number;
    /** The error code of a failed request, for the request log. */
    errorCode: string;
  };
}
