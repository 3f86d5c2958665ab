/**
 * Starts the label server on a local port.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { KieError } from '../../core/errors.js';
import { createLabelApp, type LabelAppDeps } from './app.js';
import { openLabelFolder } from './folder.js';

export interface LabelServerOptions extends Omit<LabelAppDeps, 'folder' | 'host'> {
  /** Folder of images to label. */
  readonly dir: string;
  /** Port; 0 picks a free one. Default 8765. */
  readonly port?: number;
  /** Interface to bind; default 127.0.0.1 (this machine only). */
  readonly host?: string;
}

export interface LabelServer {
  readonly url: string;
  readonly root: string;
  close(): Promise<void>;
}

/**
 * Opens `dir` and serves the annotation app over it.
 *
 * @example
 * const server = await startLabelServer({ dir: 'scans', port: 0 });
 * console.log(server.url);
 * await server.close();
 */
export async function startLabelServer(options: LabelServerOptions): Promise<LabelServer> {
  const folder = await openLabelFolder(options.dir);
  const host = options.host ?? '127.0.0.1';
  const app = createLabelApp({ ...options, folder, host });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8765, hostname: host }, () => resolve(s));
    s.once('error', (cause: NodeJS.ErrnoException) =>
      reject(new KieError('INVALID_ARGUMENT', `cannot listen on ${host}:${options.port ?? 8765}: ${cause.code ?? cause.message}`, { cause })),
    );
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${port}/`,
    root: folder.root,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
