// Route table: METHOD + path template (`/api/v2/segments/{projectKey}/{environmentKey}`) → handler.
import type { Caller } from "./audit-log.js";
import type { EmulatorStore } from "./store.js";
import type { EmulatorToken } from "./tokens.js";

export interface RequestContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when there is none, and for multipart routes). */
  body: unknown;
  /** The body as sent, for routes that take `multipart/form-data`. */
  rawBody?: Buffer;
  contentType: string;
  caller: Caller;
  store: EmulatorStore;
  /** The configured tokens (never their values); just the caller's own when any non-empty token is accepted. */
  tokens: readonly EmulatorToken[];
}

/** A segment semantic patch is told apart by this media-type parameter (the policy check and the handler agree). */
export function isSemanticPatch(contentType: string): boolean {
  return contentType.includes("domain-model=launchdarkly.semanticpatch");
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  template: string;
  /** Writes need a token allowed to write (base role or policy) and may be dropped after being applied. */
  write: boolean;
  /** Takes `multipart/form-data` (the handler reads `rawBody`) instead of JSON. */
  multipart?: boolean;
  handler: (context: RequestContext) => HandlerResult;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  paramNames: string[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(
    method: string,
    template: string,
    handler: Route["handler"],
    options: { multipart?: boolean } = {},
  ): this {
    const paramNames: string[] = [];
    const pattern = template
      .split("/")
      .map((part) => {
        const param = /^\{(.+)\}$/.exec(part);
        if (param) {
          paramNames.push(param[1] as string);
          return "([^/]+)";
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    this.routes.push({
      method,
      template,
      write: method !== "GET",
      ...(options.multipart ? { multipart: true } : {}),
      handler,
      regex: new RegExp(`^${pattern}/?$`),
      paramNames,
    });
    return this;
  }

  /** The route for a request; `pathKnown` is true when the path exists, under this or another method. */
  match(method: string, path: string): { match?: RouteMatch; pathKnown: boolean } {
    let pathKnown = false;
    for (const route of this.routes) {
      const found = route.regex.exec(path);
      if (!found) continue;
      pathKnown = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.paramNames.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] as string);
      });
      return { match: { route, params }, pathKnown };
    }
    return { pathKnown };
  }
}
