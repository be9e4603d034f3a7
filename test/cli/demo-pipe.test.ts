// Issue 15 item 7: `npm run demo | head` left the demo's emulator running after the demo exited (EPIPE crashed the
// demo past its cleanup). The demo is run with its stdout closed after the first line, like `head -1`; afterwards
// its emulator must no longer answer.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./run-cli.js";

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/api/v2/projects`, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

describe("npm run demo | head", () => {
  it("stops the demo's emulator when the reader goes away", async () => {
    const demo = spawn(process.execPath, ["scripts/demo.mjs"], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "ignore"],
    });
    const firstLine = await new Promise<string>((resolve) =>
      createInterface({ input: demo.stdout }).once("line", resolve),
    );
    const url = /emulator at (http:\/\/\S+),/.exec(firstLine)?.[1];
    expect(url).toBeDefined();
    // What `head -1` does after its line: close the pipe.
    demo.stdout.destroy();
    await new Promise((resolve) => demo.on("exit", resolve));
    let stillRunning = true;
    for (let i = 0; i < 50 && stillRunning; i++) {
      stillRunning = await answers(url as string);
      if (stillRunning) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(stillRunning).toBe(false);
  }, 30_000);
});
