/**
 * A lighter path under openapi-fetch for the helpers, used only when the caller injected no `fetch`.
 *
 * openapi-fetch builds a WHATWG `Request` for every call and hands it to `fetch`; in Node, building that object
 * (URL parsing, header guards, a body stream) costs about as much as the rest of the call. openapi-fetch accepts a
 * custom `Request` class, so the helpers give it this plain record of what to send, and a `fetch` that passes the
 * URL and init straight to the global `fetch`, which is what a bare call does. An injected `fetch` always gets a
 * real `Request`, as documented; so does `client.raw`.
 */
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly init: RequestInit;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = (init.method ?? 'GET').toUpperCase();
    this.init = init;
  }
}

/** Sends a {@link LightRequest} with the global `fetch`. */
export function lightFetch(request: LightRequest): Promise<Response> {
  return fetch(request.url, request.init);
}
