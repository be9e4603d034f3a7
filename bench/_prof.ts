import { validateConfigDirectory } from "../src/pipeline/load-and-validate.js";
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  const r = await validateConfigDirectory("repo", { cwd: "/tmp/yamltest", parseWorkers: 0 });
  console.log(i, (performance.now() - t).toFixed(0), r.state.segments.length, r.diagnostics.length);
}
