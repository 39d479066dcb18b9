// Opens canvas pages in headless Chromium and checks what a reader sees: every text of the SVG
// lies inside its block (the browser's own text boxes, getBBox, against the block's rectangle),
// and the page scales with the window (at 700 pixels the canvas is narrower than at 1400, and
// no wider than the window). Takes a screenshot of each page at 1400 pixels.
//
//   node .ci/check-canvas.mjs TOOLS_DIR OUT_DIR PAGE.html...
//
// Prints one line per page and the counts; exits 1 if any page fails.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [tools, outDir, ...pages] = process.argv.slice(2);
const require = createRequire(tools + "/package.json");
const puppeteer = (await import(pathToFileURL(require.resolve("puppeteer-core")).href)).default;
mkdirSync(outDir, { recursive: true });
const browser = await puppeteer.launch(
  JSON.parse(readFileSync(new URL("./puppeteer-config.json", import.meta.url), "utf8")),
);

let passed = 0;
let texts = 0;
const failed = [];
try {
  for (const file of pages) {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1400, height: 900 });
      await page.goto(pathToFileURL(resolve(file)).href);
      await page.evaluate(() => document.fonts.ready);
      const wide = await measure(page);
      await page.screenshot({
        path: `${outDir}/${basename(file, ".html")}.png`,
        fullPage: true,
      });
      await page.setViewport({ width: 700, height: 900 });
      const narrow = await measure(page);
      const problems = [...wide.outside];
      if (!(narrow.svgWidth < wide.svgWidth - 100)) {
        problems.push(`the canvas does not scale: ${wide.svgWidth}px wide at 1400, ${narrow.svgWidth}px at 700`);
      }
      if (narrow.scrollWidth > 700) {
        problems.push(`the page is ${narrow.scrollWidth}px wide in a 700px window`);
      }
      if (wide.blocks !== 9) {
        problems.push(`${wide.blocks} blocks instead of 9`);
      }
      texts += wide.texts;
      if (problems.length > 0) {
        throw new Error(problems.slice(0, 5).join("; ") + (problems.length > 5 ? ` (${problems.length} in all)` : ""));
      }
      passed++;
      console.log(`ok     ${file}: ${wide.texts} texts inside their blocks; ${wide.svgWidth}px at 1400, ${narrow.svgWidth}px at 700`);
    } catch (e) {
      failed.push(file);
      console.log(`FAILED ${file}: ${e.message || e}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`canvas: ${passed} passed, ${failed.length} failed (${texts} texts checked)`);
process.exit(failed.length === 0 ? 0 : 1);

async function measure(page) {
  return page.evaluate(() => {
    const svg = document.querySelector("svg");
    const outside = [];
    let texts = 0;
    const groups = [...svg.querySelectorAll("g[id]")];
    for (const g of groups) {
      const rect = g.querySelector("rect").getBBox();
      for (const text of g.querySelectorAll("text")) {
        const parts = text.querySelectorAll("tspan").length > 0 ? text.querySelectorAll("tspan") : [text];
        for (const part of parts) {
          texts++;
          const box = part.getBBox();
          const inside =
            box.x >= rect.x && box.y >= rect.y &&
            box.x + box.width <= rect.x + rect.width &&
            box.y + box.height <= rect.y + rect.height;
          if (!inside) {
            outside.push(`${g.id}: '${part.textContent}' at x ${box.x.toFixed(1)}..${(box.x + box.width).toFixed(1)}, y ${box.y.toFixed(1)}..${(box.y + box.height).toFixed(1)} outside ${rect.x}..${rect.x + rect.width}, ${rect.y}..${rect.y + rect.height}`);
          }
        }
      }
    }
    return {
      outside,
      texts,
      blocks: groups.length,
      svgWidth: Math.round(svg.getBoundingClientRect().width),
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}
