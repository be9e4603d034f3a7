// `GET /api/v2/tokens` and `GET /api/v2/tokens/{id}`: the configured access tokens as `Token` representations
// (base role, custom role ids, inline role, last four characters), so a client can see what its token may do.
import { forbidden, notFound } from "../http-error.js";
import { pageLinks, pageOfValues, parsePage } from "../pagination.js";
import { hrefs } from "../representations.js";
import type { RequestContext, Router } from "../router.js";
import { canReadTokens, type EmulatorToken, tokenRepresentation } from "../tokens.js";

/** LaunchDarkly's documented default page size for tokens ("Defaults to 25"); it documents no maximum. */
const TOKEN_PAGE_SIZE = 25;
const TOKEN_MAX_PAGE_SIZE = 1000;

function requireTokenRead(context: RequestContext): void {
  if (!canReadTokens(context.caller, context.store)) {
    throw forbidden();
  }
}

function knownTokens(context: RequestContext): Map<string, EmulatorToken> {
  return new Map(context.tokens.map((token) => [token.caller.tokenId, token]));
}

export function registerTokenRoutes(router: Router): void {
  router.add("GET", "/api/v2/tokens", (context) => {
    requireTokenRead(context);
    const tokens = knownTokens(context);
    const page = parsePage(context.query, TOKEN_PAGE_SIZE, TOKEN_MAX_PAGE_SIZE);
    return {
      status: 200,
      body: {
        items: pageOfValues(tokens, page).map((token) => tokenRepresentation(token, context.store)),
        _links: pageLinks(hrefs.tokens(), context.query, page, tokens.size),
        totalCount: tokens.size,
      },
    };
  });

  router.add("GET", "/api/v2/tokens/{id}", (context) => {
    requireTokenRead(context);
    const token = knownTokens(context).get(context.params.id as string);
    if (!token) throw notFound(`Unknown access token "${context.params.id}"`);
    return { status: 200, body: tokenRepresentation(token, context.store) };
  });
}
