/** The HTTP API server (`kie serve`). */
export { createApiApp, KIE_VERSION } from './app.js';
export { startApiServer, isLoopbackHost, type ApiServer, type ApiServerOptions } from './serve.js';
export { DEFAULT_LIMITS, sniffImage, type ApiLimits } from './limits.js';
export { openApiDocument, type OpenApiDocument } from './openapi.js';
export type { ApiDeps } from './deps.js';
