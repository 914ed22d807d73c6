// Browser test of the generated API docs page (generated/docs/index.html).
//
// Drives Debian's chromium through playwright-core, headless, and checks:
//   disk: the page opened from a file: URL renders one block per operation of
//         spec/openapi.json, the tag filter "issues" leaves just the Issues operations,
//         a deep link survives a reload, and the Authorize dialog offers every scheme;
//   mock: when MOCK_URL is set, the page the mock serves at /docs renders the same
//         operations, and "Try it out" on GET /projects with MOCK_TOKEN in the
//         PRIVATE-TOKEN header gets a 200 from the mock.
// Screenshots go to target/docs-disk.png and target/docs-mock.png.
//
// Usage: node tests/browser/docs.test.mjs [path/to/index.html]
// Environment: DOCS_FILE (the page; default generated/docs/index.html), SPEC_FILE (default
// spec/openapi.json), CHROMIUM (default /usr/bin/chromium), MOCK_URL, MOCK_TOKEN.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const docsFile = resolve(process.argv[2] || process.env.DOCS_FILE || join(repo, "generated/docs/index.html"));
const specFile = resolve(process.env.SPEC_FILE || join(repo, "spec/openapi.json"));
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const mockUrl = (process.env.MOCK_URL || "").replace(/\/+$/, "");
const mockToken = process.env.MOCK_TOKEN || "";
const targetDir = join(repo, "target");
const timeout = 60_000;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

let passed = 0;
let failed = 0;

function pass(name, detail) {
  passed += 1;
  console.log(`ok   ${name}: ${detail}`);
}

function fail(name, detail) {
  failed += 1;
  console.log(`FAIL ${name}: ${detail}`);
}

function check(name, condition, detail) {
  if (condition) pass(name, detail);
  else fail(name, detail);
}

// What the spec says the page should show.
function expectations() {
  const spec = JSON.parse(readFileSync(specFile, "utf8"));
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths || {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) operations.push({ path, method, tags: operation.tags || [] });
    }
  }
  const tagNames = (spec.tags || []).map((tag) => tag.name);
  const issueTags = tagNames.filter((name) => name.toLowerCase().includes("issues"));
  const issueOperations = operations.filter((op) => op.tags.some((tag) => issueTags.includes(tag)));
  const schemes = Object.keys(spec.components?.securitySchemes || {});
  return { operations: operations.length, tagNames, issueTags, issueOperations: issueOperations.length, schemes };
}

// Waits until Swagger UI has rendered the operations and their number stops changing.
async function renderedOperations(page) {
  await page.waitForSelector("#swagger-ui .opblock", { timeout });
  let last = -1;
  for (let round = 0; round < 50; round += 1) {
    const count = await page.locator("#swagger-ui .opblock").count();
    if (count === last) return count;
    last = count;
    await page.waitForTimeout(200);
  }
  return last;
}

async function visibleTags(page) {
  return page.locator("#swagger-ui h3.opblock-tag").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-tag")));
}

async function checkOperationCount(page, label, expected) {
  const count = await renderedOperations(page);
  check(`${label} operations`, count === expected.operations, `${count} rendered, ${expected.operations} in the spec`);
}

async function checkFilter(page, label, expected) {
  await page.fill("#swagger-ui input.operation-filter-input", "issues");
  let tags = [];
  for (let round = 0; round < 50; round += 1) {
    tags = await visibleTags(page);
    if (tags.length === expected.issueTags.length) break;
    await page.waitForTimeout(100);
  }
  const count = await page.locator("#swagger-ui .opblock").count();
  const sameTags = JSON.stringify(tags) === JSON.stringify(expected.issueTags);
  check(
    `${label} filter "issues"`,
    sameTags && count === expected.issueOperations,
    `tags ${JSON.stringify(tags)} (want ${JSON.stringify(expected.issueTags)}), ` +
      `${count} operations (want ${expected.issueOperations})`,
  );
  await page.fill("#swagger-ui input.operation-filter-input", "");
}

async function checkTagOrder(page, label, expected) {
  const tags = await visibleTags(page);
  check(
    `${label} tag order`,
    JSON.stringify(tags) === JSON.stringify(expected.tagNames),
    tags.length === expected.tagNames.length ? `${tags.length} tags in the spec's order` : `${tags.length} tags rendered, ${expected.tagNames.length} in the spec`,
  );
}

async function openAuthorize(page) {
  await page.click("#swagger-ui .auth-wrapper .btn.authorize");
  await page.waitForSelector(".dialog-ux .modal-ux", { timeout });
}

async function checkAuthorizeDialog(page, label, expected) {
  await openAuthorize(page);
  const offered = await page
    .locator(".dialog-ux .modal-ux h4 > code")
    .evaluateAll((nodes) => nodes.map((node) => node.textContent.trim()));
  const missing = expected.schemes.filter((scheme) => !offered.includes(scheme));
  check(`${label} authorize dialog`, missing.length === 0, missing.length ? `missing ${missing.join(", ")}` : `offers ${offered.join(", ")}`);
  await page.click(".dialog-ux .modal-ux .btn-done");
}

async function checkDeepLinkReload(page, url, label) {
  const id = "#operations-Issues-listProjectIssues";
  await page.goto(`${url}#/Issues/listProjectIssues`);
  await renderedOperations(page);
  await page.reload();
  await renderedOperations(page);
  const open = await page
    .locator(`${id}.is-open`)
    .waitFor({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  check(`${label} deep link`, open, open ? "#/Issues/listProjectIssues is open after a reload" : `${id} is not open after a reload`);
}

async function screenshot(page, name) {
  mkdirSync(targetDir, { recursive: true });
  const path = join(targetDir, name);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path });
  console.log(`     screenshot: ${path}`);
}

async function diskChecks(context, expected) {
  if (!existsSync(docsFile)) {
    fail("disk page", `${docsFile} does not exist (run cargo xtask generate, or set DOCS_FILE)`);
    return;
  }
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const requests = [];
  page.on("request", (request) => {
    if (/^https?:/.test(request.url())) requests.push(request.url());
  });
  const url = pathToFileURL(docsFile).href;
  await page.goto(url);
  await checkOperationCount(page, "disk", expected);
  await screenshot(page, "docs-disk.png");
  await checkTagOrder(page, "disk", expected);
  await checkFilter(page, "disk", expected);
  await checkAuthorizeDialog(page, "disk", expected);
  await checkDeepLinkReload(page, url, "disk");
  check("disk offline", requests.length === 0, requests.length ? `fetched ${requests.slice(0, 3).join(", ")}` : "no http(s) requests");
  check("disk script errors", errors.length === 0, errors.length ? errors.slice(0, 3).join(" | ") : "none");
  await page.close();
}

async function mockChecks(context, expected) {
  if (!mockUrl) {
    console.log("skip mock checks: MOCK_URL is not set");
    return;
  }
  if (!mockToken) {
    fail("mock", "MOCK_URL is set but MOCK_TOKEN is not");
    return;
  }
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(`${mockUrl}/docs#/Projects/listProjects`);
  if (!response || !response.ok()) {
    fail("mock page", `GET ${mockUrl}/docs answered ${response ? response.status() : "nothing"}`);
    await page.close();
    return;
  }
  await checkOperationCount(page, "mock", expected);

  await openAuthorize(page);
  // Swagger UI's OpenAPI 3.1 dialog gives each scheme its own form and Authorize button.
  const form = page.locator(
    "xpath=//div[contains(@class,'modal-ux')]//h4[code[normalize-space()='PrivateTokenHeader']]/ancestor::form[1]",
  );
  await form.locator("input").fill(mockToken);
  await form.locator("button.authorize").click();
  await form.locator("h6", { hasText: "Authorized" }).waitFor({ timeout: 10_000 });
  await page.locator(".dialog-ux .modal-ux .btn-done").first().click();

  const operation = page.locator("#operations-Projects-listProjects");
  await operation.waitFor({ timeout });
  if (!(await operation.evaluate((node) => node.classList.contains("is-open")))) {
    await operation.locator(".opblock-summary-control").click();
  }
  await operation.locator("button.try-out__btn").click();
  // Try it out pre-fills parameters from the spec's examples (sudo, custom_attributes, ...);
  // send only the defaults (page, per_page) so the mock sees a plain listing.
  for (const field of await operation.locator(".parameters tr[data-param-name] :is(input[type=text], input:not([type]), textarea)").all()) {
    const row = field.locator("xpath=ancestor::tr[@data-param-name][1]");
    const name = await row.getAttribute("data-param-name");
    if (name !== "page" && name !== "per_page") await field.fill("");
  }
  await operation.locator("button.execute").click();
  const status = operation.locator(".live-responses-table tr.response .response-col_status");
  let code = "";
  try {
    await status.first().waitFor({ timeout });
    code = (await status.first().textContent()).trim();
  } catch (error) {
    code = `no response (${error.message.split("\n")[0]})`;
  }
  const requestUrl = ((await operation.locator(".request-url pre").first().textContent().catch(() => "")) || "").trim();
  await operation.scrollIntoViewIfNeeded();
  mkdirSync(targetDir, { recursive: true });
  await page.screenshot({ path: join(targetDir, "docs-mock.png") });
  console.log(`     screenshot: ${join(targetDir, "docs-mock.png")}`);
  check("mock try it out", code === "200", `GET /projects answered ${code} (${requestUrl || "no request URL shown"})`);
  check("mock request target", requestUrl.startsWith(`${mockUrl}/api/v4/projects`), `request went to ${requestUrl || "nowhere"}`);
  check("mock script errors", errors.length === 0, errors.length ? errors.slice(0, 3).join(" | ") : "none");
  await page.close();
}

async function main() {
  if (!existsSync(executablePath)) {
    console.log(`FAIL chromium: ${executablePath} not found (apt-get install chromium, or set CHROMIUM)`);
    process.exit(1);
  }
  const expected = expectations();
  const userDataDir = mkdtempSync(join(tmpdir(), "docs-test-chromium-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 1400 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    context.setDefaultTimeout(timeout);
    await diskChecks(context, expected);
    await mockChecks(context, expected);
  } catch (error) {
    fail("browser", error.stack || String(error));
  } finally {
    if (context) await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`docs: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

await main();
