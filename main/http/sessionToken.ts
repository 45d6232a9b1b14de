import type http from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The secret of one start of the web harness, and how a request proves it knows it: the
 * session cookie the first visit trades the printed `?token=` for (HttpOnly, so the page's script
 * never sees it; SameSite=Strict, so another site's page cannot send it), or an
 * `Authorization: Bearer` header (scripts and tests that call the API directly).
 *
 * Cookies do not tell ports apart, so the cookie is named after the port: two harnesses on one
 * computer each keep their own.
 */
export class SessionToken {
  readonly #digest: Buffer;
  readonly cookieName: string;

  constructor(
    readonly value: string,
    port: number,
  ) {
    this.#digest = digest(value);
    this.cookieName = `praxis-session-${port}`;
  }

  /** Constant time whatever is given (both sides are hashed to one length first). */
  matches(given: string | null | undefined): boolean {
    return typeof given === 'string' && timingSafeEqual(digest(given), this.#digest);
  }

  /** True when the request carries the token in the session cookie or a Bearer header. */
  authorises(request: http.IncomingMessage): boolean {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ') && this.matches(header.slice('Bearer '.length))) return true;
    // Several cookies of the name can arrive (another local page may set one for 127.0.0.1):
    // any one that matches will do, so a planted cookie cannot lock the user out.
    return cookieValues(request.headers.cookie, this.cookieName).some((v) => this.matches(v));
  }

  /** The `Set-Cookie` value that hands the token to the browser for this session. */
  cookie(): string {
    return `${this.cookieName}=${this.value}; HttpOnly; SameSite=Strict; Path=/`;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
}
