// Renders Mermaid (.mmd) and checks each with mermaid-cli's own renderer in one headless Chromium.
//
//   node .ci/render-diagrams.mjs TOOLS_DIR OUT_DIR FILE.mmd...
//
// TOOLS_DIR holds node_modules with @mermaid-js/mermaid-cli and puppeteer-core; the browser is
// Debian's /usr/bin/chromium, launched with .ci/puppeteer-config.json. Writes OUT_DIR/<n>-<name>.svg per diagram. For state diagrams it
// also checks in the browser that no two transition labels overlap. Prints one line per file and
// the counts; exits 1 if any diagram fails.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";

const [tools, outDir, ...files] = process.argv.slice(2);
const require = createRequire(tools + "/package.json");
const cli = await import(
  pathToFileURL(tools + "/node_modules/@mermaid-js/mermaid-cli/src/index.js").href
);
const puppeteer = (await import(pathToFileURL(require.resolve("puppeteer-core")).href)).default;

mkdirSync(outDir, { recursive: true });
// the same launch options mmdc takes with -p .ci/puppeteer-config.json
const browser = await puppeteer.launch(
  JSON.parse(readFileSync(new URL("./puppeteer-config.json", import.meta.url), "utf8")),
);
let passed = 0;
const failed = [];
try {
  for (const [i, file] of files.entries()) {
    const text = readFileSync(file, "utf8");
    try {
      const { data } = await cli.renderMermaid(browser, text, "svg", {});
      const svg = Buffer.from(data).toString("utf8");
      if (/Syntax error|Parse error/i.test(svg)) {
        throw new Error("the SVG shows a syntax error");
      }
      const out = `${outDir}/${String(i + 1).padStart(3, "0")}-${basename(file).replace(/\.\w+$/, "")}.svg`;
      writeFileSync(out, svg);
      if (process.env.DIAGRAM_PNG) {
        const png = await cli.renderMermaid(browser, text, "png", {});
        writeFileSync(out.replace(/\.svg$/, ".png"), png.data);
      }
      if (/^\s*stateDiagram/m.test(text)) {
        const overlaps = await labelOverlaps(svg);
        if (overlaps.length > 0) {
          throw new Error("transition labels overlap: " + overlaps.join("; "));
        }
      }
      passed++;
      console.log(`ok     ${file}`);
    } catch (e) {
      failed.push(file);
      console.log(`FAILED ${file}: ${String(e.message || e).split("\n").slice(0, 3).join(" | ")}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`mermaid: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);

// Returns the pairs of non-empty edge labels whose boxes intersect in the rendered diagram.
async function labelOverlaps(svg) {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!DOCTYPE html><html><body>${svg}</body></html>`);
    return await page.evaluate(() => {
      const boxes = [...document.querySelectorAll(".edgeLabel")]
        .filter((label) => !label.parentElement.closest(".edgeLabel"))
        .filter((label) => label.textContent.trim() !== "")
        .map((label) => ({ text: label.textContent.trim(), r: label.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0);
      const hits = [];
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const p = boxes[a].r;
          const q = boxes[b].r;
          if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) {
            hits.push(`'${boxes[a].text}' and '${boxes[b].text}'`);
          }
        }
      }
      return hits;
    });
  } finally {
    await page.close();
  }
}
