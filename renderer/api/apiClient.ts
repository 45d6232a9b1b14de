import { ApiError, isApiErrorShape, type ApiResponse } from '../../shared/api/apiError';
import type { PraxisBridge } from '../../shared/api/bridge';
import { methodNames, type ApiMethods, type MethodName } from '../../shared/api/contract';
import type { ApiEvent } from '../../shared/api/events';
import { ELECTRON_VAULT_ORIGIN } from '../../shared/security/contentSecurityPolicy';

declare global {
  interface Window {
    /** Present in the Electron app (see main/electron/preload.ts). */
    praxis?: PraxisBridge;
  }
}

/** The renderer's one way to talk to main, whichever transport carries it. */
export interface ApiClient {
  /** One async function per API method; failures throw ApiError with a code. */
  api: ApiMethods;
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** URL at which the renderer can show a vault file (an image in a note). */
  fileUrl(vaultPath: string): string;
  /** `desktop` in Electron, `web` in a browser through the harness. */
  edition: 'desktop' | 'web';
  packFiles: PackFileSource;
}

/**
 * How a knowledge pack the user chose reaches the core, which reads packs by path: the desktop
 * app has the OS's dialog and the paths of dropped files; a browser has neither, so the page
 * picks the file with a file input and uploads it to the harness, which answers where it put it.
 */
export interface PackFileSource {
  /** The OS's open dialog (desktop): a path, or null when cancelled. Null in a browser. */
  choose: (() => Promise<string | null>) | null;
  /** The path the core can read a picked or dropped file at (ApiError when it cannot). */
  pathOf(file: File): Promise<string>;
  /** Packs the OS asked to open (double-clicked; desktop only). Returns an unsubscribe. */
  onOpened(listener: (file: string) => void): () => void;
}

interface Transport {
  call(method: MethodName, args: unknown): Promise<ApiResponse<unknown>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
  fileUrl(vaultPath: string): string;
  edition: ApiClient['edition'];
  packFiles: PackFileSource;
}

function unwrap(response: ApiResponse<unknown>): unknown {
  if (response.ok) return response.value;
  const { code, message, data } = response.error;
  throw new ApiError(code, message, data);
}

function buildClient(transport: Transport): ApiClient {
  const api = Object.fromEntries(
    methodNames.map((method) => [
      method,
      async (args: unknown) => unwrap(await transport.call(method, args ?? {})),
    ]),
  ) as ApiMethods;
  return {
    api,
    onEvent: transport.onEvent,
    fileUrl: transport.fileUrl,
    edition: transport.edition,
    packFiles: transport.packFiles,
  };
}

const encodePath = (vaultPath: string) => vaultPath.split('/').map(encodeURIComponent).join('/');

function electronTransport(bridge: PraxisBridge): Transport {
  return {
    call: (method, args) => bridge.api[method](args),
    onEvent: (listener) => bridge.onEvent(listener),
    fileUrl: (vaultPath) => `${ELECTRON_VAULT_ORIGIN}/${encodePath(vaultPath)}`,
    edition: 'desktop',
    packFiles: {
      choose: () => bridge.choosePackFile(),
      pathOf: async (file) => {
        const path = bridge.pathForFile(file);
        if (!path) throw new ApiError('INVALID', 'This file has no place on disk Praxis can read.');
        return path;
      },
      onOpened: (listener) => bridge.onOpenPack(listener),
    },
  };
}

/**
 * The web harness transport. The page never holds the harness's token: the address it printed
 * traded it for an HttpOnly session cookie before this page loaded, and the browser sends that
 * cookie with every same-origin call, event stream and file.
 */
function httpTransport(): Transport {
  const listeners = new Set<(event: ApiEvent) => void>();
  let source: EventSource | null = null;

  return {
    call: (method, args) =>
      post(`/api/${method}`, {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      }),
    onEvent(listener) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource('/api/events');
        source.onmessage = (message) => {
          const event = JSON.parse(message.data as string) as ApiEvent;
          for (const l of listeners) l(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
    fileUrl: (vaultPath) => `/files/${encodePath(vaultPath)}`,
    edition: 'web',
    packFiles: {
      choose: null,
      // main/http/packUploads.ts: the bytes go to the vault's pack staging; its path comes back.
      pathOf: async (file) => {
        const answer = await post('/api/upload/pack', {
          headers: {
            'Content-Type': 'application/octet-stream',
            'X-Praxis-File-Name': encodeURIComponent(file.name),
          },
          body: file,
        });
        const { file: path } = unwrap(answer) as { file: string };
        return path;
      },
      // A browser is never asked by the OS to open a file.
      onOpened: () => () => undefined,
    },
  };
}

/** A POST to the harness, answered as the API's envelope whatever happens on the way. */
async function post(url: string, init: RequestInit): Promise<ApiResponse<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, method: 'POST' });
  } catch {
    return {
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: 'Praxis is not running any more. Start it again with `npm run web`.',
      },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) return body as ApiResponse<unknown>;
  const error = body && typeof body === 'object' && 'error' in body ? body.error : null;
  return {
    ok: false,
    error: isApiErrorShape(error)
      ? error
      : { code: 'INTERNAL', message: `Unexpected answer (${response.status}).` },
  };
}

export function createApiClient(): ApiClient {
  return buildClient(window.praxis ? electronTransport(window.praxis) : httpTransport());
}
