// axe-core (the npm package, a devDependency) run inside a page: its source is evaluated through
// the DevTools protocol, which the page's Content-Security-Policy does not govern, so nothing is
// added to the page and nothing comes from a CDN.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./server.mjs";

let source = null;

/**
 * The serious and critical violations axe finds in `page` (inside `context`, an axe context such
 * as { include: [["tomtat-summary"]] }; the whole document by default), each as
 * { id, impact, help, nodes: [selectors…] }. Shadow roots are checked too.
 */
export async function seriousViolations(page, context) {
  source ??= readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const violations = await page.evaluate(async (ctx) => {
    const result = await window.axe.run(ctx ?? document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  }, context ?? null);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
