// Request counters, for the benchmarks and for users who want to see what a run cost against the rate limits.

export interface RouteStats {
  /** HTTP attempts sent, retries included. */
  requests: number;
  /** Attempts that were repeats of an earlier one (after a 429, 5xx or dropped connection). */
  retries: number;
  /** 429 answers received. */
  rateLimited: number;
  /** Calls that finally failed. */
  failures: number;
}

export interface ClientStats extends RouteStats {
  /** Total time requests spent held back by pacing (summed over requests, so it can exceed wall time). */
  pacedWaitMs: number;
  /** Keyed by `METHOD /api/v2/path/{template}`. */
  byRoute: Record<string, RouteStats>;
}

function emptyRouteStats(): RouteStats {
  return { requests: 0, retries: 0, rateLimited: 0, failures: 0 };
}

export class StatsRecorder {
  private totals = emptyRouteStats();
  private pacedWaitMs = 0;
  private byRoute = new Map<string, RouteStats>();

  private route(key: string): RouteStats {
    let stats = this.byRoute.get(key);
    if (!stats) {
      stats = emptyRouteStats();
      this.byRoute.set(key, stats);
    }
    return stats;
  }

  count(key: string, field: keyof RouteStats): void {
    this.totals[field] += 1;
    this.route(key)[field] += 1;
  }

  addPacedWait(ms: number): void {
    this.pacedWaitMs += ms;
  }

  snapshot(): ClientStats {
    const byRoute: Record<string, RouteStats> = {};
    for (const [key, stats] of this.byRoute) byRoute[key] = { ...stats };
    return { ...this.totals, pacedWaitMs: Math.round(this.pacedWaitMs), byRoute };
  }

  reset(): void {
    this.totals = emptyRouteStats();
    this.pacedWaitMs = 0;
    this.byRoute = new Map();
  }
}
