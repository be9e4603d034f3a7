// Shared by the benchmarks: the emulator state they start from and the median they report.
import type { EmulatorSnapshot } from "../src/emulator/index.js";

export const BENCH_PROJECT = "bench";
export const BENCH_ENVIRONMENT = "production";

type SnapshotSegment = NonNullable<
  EmulatorSnapshot["projects"][number]["environments"][number]["segments"]
>[number];

/** Project `bench` with one environment, `production`, holding `segments`. */
export function benchSnapshot(segments: SnapshotSegment[]): EmulatorSnapshot {
  return {
    formatVersion: 1,
    projects: [
      {
        key: BENCH_PROJECT,
        name: "Bench",
        environments: [{ key: BENCH_ENVIRONMENT, name: "Production", segments }],
      },
    ],
  };
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}
