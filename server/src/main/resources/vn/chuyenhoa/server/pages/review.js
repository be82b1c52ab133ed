/*
 * The year review from files: facts files, a folder (its facts files, as `chuyenhoa review DIR` takes them), CSV
 * files or Excel workbooks, sent to POST /v1/review. The report shown is the engine's HTML report, the one
 * `chuyenhoa review` writes, placed in the page in a shadow root so that its own style stays its own; the downloads
 * are the same review asked for as HTML, CSV, JSON or Excel.
 */
"use strict";

const FACTS_FILE = /\.(json|ya?ml)$/i;
const ANY_INPUT = /\.(json|ya?ml|csv|xlsx)$/i;
/** The files chosen, each with the name it goes by in the review (a folder's files by their path in it). */
let chosen = [];
let lastQuery = null;

document.addEventListener("DOMContentLoaded", async () => {
  const plans = await api(apiPath("/v1/plans"));
  const select = document.getElementById("review-plan");
  select.append(el("option", { value: "", text: t("anyPlan") }));
  if (plans.status === 200) {
    for (const plan of plans.body.plans) {
      const reference = plan.id + "@" + plan.version;
      select.append(el("option", { value: reference, text: reference + " — " + plan.title }));
    }
  }
  document.getElementById("review-files").addEventListener("change", (event) => {
    choose([...event.target.files].filter((file) => ANY_INPUT.test(file.name)).map((file) => ({ name: file.name, file })));
  });
  document.getElementById("review-folder").addEventListener("change", (event) => choose(folder([...event.target.files])));
  const zone = document.getElementById("drop-files");
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("dragging"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    choose([...event.dataTransfer.files].filter((file) => ANY_INPUT.test(file.name)).map((file) => ({ name: file.name, file })));
  });
  document.getElementById("review").addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  for (const button of document.querySelectorAll("#result [data-accept]")) {
    button.addEventListener("click", async () => {
      const answer = await send(button.dataset.accept);
      if (answer.status === 200) download(answer.body, "so-ket." + button.dataset.ext);
    });
  }
});

/** A folder's facts files below it, hidden ones left out, in path order: what the command line reads of a folder. */
function folder(files) {
  return files
    .map((file) => ({ name: file.webkitRelativePath || file.name, file }))
    .filter((entry) => FACTS_FILE.test(entry.name) && !entry.name.split("/").some((part) => part.startsWith(".")))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function choose(entries) {
  chosen = entries;
  document.getElementById("chosen").textContent = entries.length
    ? t("chosen") + " (" + entries.length + "): " + entries.map((entry) => entry.name).join(", ")
    : t("noFiles");
}

function query() {
  const form = new FormData(document.getElementById("review"));
  const value = (name) => (form.get(name) || "").trim();
  return apiPath("/v1/review", {
    plan: value("plan"), year: value("year"), communes: value("communes"),
    previously_transformed: value("previously_transformed"), relapsed: value("relapsed"),
  });
}

async function send(accept) {
  const body = new FormData();
  for (const entry of chosen) body.append("files", entry.file, entry.name);
  return api(lastQuery, { method: "POST", headers: { Accept: accept }, body });
}

async function run() {
  const error = document.getElementById("review-error");
  error.textContent = "";
  // The report of earlier files goes at once: what is shown is always the review of the files chosen.
  document.getElementById("report").replaceChildren();
  document.getElementById("result").hidden = true;
  if (!chosen.length) {
    error.textContent = t("noFiles");
    return;
  }
  lastQuery = query();
  const answer = await send("text/html");
  if (answer.status !== 200) {
    error.textContent = answer.body.detail || t("apiError");
    return;
  }
  show(await answer.body.text());
}

/** The engine's HTML report in the page: its body and its own style in a shadow root; it has no script. */
function show(html) {
  const report = new DOMParser().parseFromString(html, "text/html");
  const host = el("div", { class: "report-host", id: "report-host" });
  const root = host.attachShadow({ mode: "open" });
  for (const style of report.querySelectorAll("style")) root.append(style);
  const body = el("div", { class: "report-body" });
  body.append(...report.body.childNodes);
  root.append(body);
  document.getElementById("report").replaceChildren(host);
  const result = document.getElementById("result");
  result.hidden = false;
  result.scrollIntoView();
}
