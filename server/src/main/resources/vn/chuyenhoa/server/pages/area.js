/*
 * One area under one plan. The form is generated from the plan as the API describes it (GET /v1/plans/{id}): the
 * area, then each criterion with its requirement and the plan's words, and under it the facts it reads, each input
 * named by the fact's id. As the analyst types, the figures go to POST /v1/evaluate and the verdict is drawn from
 * the answer, whatever keys it carries; an input error is shown beside its field in the engine's words, the ones
 * the command line prints. An empty field is a missing fact: it is sent as null, never as 0.
 */
"use strict";

const PLAN_ID = new URLSearchParams(location.search).get("plan");
const PENDING = "chuyenhoa.pending-file";
/** A figure written as JSON writes a number: sent as typed (1850, 1850.0, 1.85e3); anything else is sent as text. */
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

let plan = null;
/** fact id → {kind, meaning, unit, criterion} */
const facts = new Map();
/** What an opened file held that the form does not show: facts of other plans, evidence. Sent and saved as read. */
let extraFacts = {};
let evidence = {};
let sequence = 0;
let timer = null;

document.addEventListener("DOMContentLoaded", async () => {
  const answer = await api(apiPath("/v1/plans/" + encodeURIComponent(PLAN_ID || "")));
  if (answer.status !== 200) {
    document.getElementById("plan-head").append(el("p", { class: "error", text: answer.body.detail || t("apiError") }));
    return;
  }
  plan = answer.body;
  document.title = t("areaTitle") + " — " + plan.id;
  document.getElementById("plan-head").append(
    el("p", {}, el("strong", { text: plan.id + " v" + plan.version }), " — " + plan.title),
    el("p", { class: "hint", text: plan.document + " · " + t("inForce") + " " + period(plan.in_force) }));
  buildForm();
  wireFiles();
  document.getElementById("print").addEventListener("click", () => window.print());
  document.getElementById("verdict").append(el("p", { class: "hint", text: t("verdictWaiting") }));
  const pending = sessionStorage.getItem(PENDING);
  if (pending) {
    sessionStorage.removeItem(PENDING);
    const file = JSON.parse(pending);
    openText(file.name, file.text);
  }
});

// ── The form ───────────────────────────────────────────────────────────────────────────────────────────────────

function buildForm() {
  const form = document.getElementById("facts");
  const year = plan.in_force ? plan.in_force.to.slice(0, 4) : "";
  const area = el("fieldset", { id: "area" },
    el("legend", { text: t("areaSection") }),
    textField("name", t("areaName"), "", true),
    textField("district", t("district"), plan.jurisdiction.district || ""),
    textField("province", t("province"), plan.jurisdiction.province || ""),
    el("fieldset", { class: "types", id: "types" },
      el("legend", { text: t("areaTypesLegend") }),
      AREA_TYPES.map((type) => el("label", {},
        el("input", { type: "checkbox", name: "types", value: type, checked: plan.area_types.includes(type) }), " " + type)),
      errorSlot("types")),
    textField("year", t("year"), year, true, "numeric"));
  form.append(area);
  for (const criterion of plan.criteria) {
    const box = el("fieldset", { id: "criterion-" + criterion.id },
      el("legend", {}, criterion.id + " · ", el("span", { class: "group", text: criterion.group_label }), " — " + criterion.title),
      el("p", {}, el("strong", { text: t("requirement") + ": " }), criterion.requirement),
      el("blockquote", {},
        el("span", { text: criterion.source.document + ", " + criterion.source.section + ": " }),
        el("q", { text: criterion.source.quote })));
    for (const fact of criterion.facts) {
      if (facts.has(fact.name)) {
        const first = facts.get(fact.name).criterion;
        box.append(el("p", { class: "hint" }, t("sharedFact") + " " + first + ": ",
          el("a", { href: "#f-" + fact.name, text: fact.meaning })));
        continue;
      }
      facts.set(fact.name, Object.assign({ criterion: criterion.id }, fact));
      box.append(factField(fact));
    }
    form.append(box);
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  if (plan.jurisdiction.area) form.querySelector("[name=name]").value = plan.jurisdiction.area;
}

function textField(name, label, value, required, inputmode) {
  return el("div", { class: "field" },
    el("label", { for: "f-" + name, text: label }),
    el("input", { id: "f-" + name, name, value, "aria-required": required ? "true" : null, inputmode,
      autocomplete: "off", "aria-describedby": "e-" + name }),
    errorSlot(name));
}

function factField(fact) {
  const id = "f-" + fact.name;
  const describedBy = "e-" + fact.name + " u-" + fact.name;
  const input = fact.kind === "flag"
    ? el("select", { id, name: fact.name, "aria-describedby": describedBy },
        el("option", { value: "", text: t("flagEmpty") }),
        el("option", { value: "true", text: t("flagTrue") }),
        el("option", { value: "false", text: t("flagFalse") }))
    : el("input", { id, name: fact.name, inputmode: "numeric", autocomplete: "off", "aria-describedby": describedBy });
  return el("div", { class: "fact" },
    el("div", { class: "field" },
      el("label", { for: id, text: fact.meaning }),
      input,
      el("span", { class: "hint", id: "u-" + fact.name },
        fact.name + (fact.unit ? " · " + t("unit") + ": " + fact.unit : "")),
      errorSlot(fact.name)));
}

function errorSlot(key) {
  return el("p", { class: "error", id: "e-" + key, role: "alert" });
}

function changed() {
  clearTimeout(timer);
  timer = setTimeout(evaluate, 300);
}

// ── The document the form stands for ───────────────────────────────────────────────────────────────────────────

/** A value as typed: a JSON number as that number token, true/false for a flag, null when empty, else the text. */
function typed(raw, kind) {
  const text = raw.trim();
  if (text === "") return null;
  if (kind === "flag") return text === "true";
  return JSON_NUMBER.test(text) ? { number: text } : text;
}

function current() {
  const form = document.getElementById("facts");
  const value = (name) => form.querySelector("[name=" + name + "]").value.trim();
  const doc = {
    plan: plan.id,
    area: {
      name: value("name") || null,
      district: value("district") || null,
      province: value("province") || null,
      types: [...form.querySelectorAll("[name=types]:checked")].map((box) => box.value),
    },
    year: typed(value("year")),
    facts: {},
    evidence,
  };
  for (const [name, fact] of facts) {
    doc.facts[name] = typed(form.querySelector("[name=" + name + "]").value, fact.kind);
  }
  Object.assign(doc.facts, extraFacts);
  return doc;
}

/** JSON text of a document, numbers exactly as typed (no rounding through JavaScript's doubles). */
function json(doc, indent) {
  const numbers = [];
  const text = JSON.stringify(doc, (key, value) => {
    if (value && typeof value === "object" && typeof value.number === "string" && Object.keys(value).length === 1) {
      numbers.push(value.number);
      return "\u0000" + (numbers.length - 1);
    }
    return value;
  }, indent);
  return text.replace(/"\\u0000(\d+)"/g, (match, index) => numbers[Number(index)]);
}

/** The same document as YAML: every string double-quoted as JSON writes it, which YAML reads alike. */
function yaml(doc) {
  const scalar = (value) => {
    if (value === null || value === undefined) return "null";
    if (typeof value === "object" && typeof value.number === "string") return value.number;
    return JSON.stringify(value);
  };
  const lines = ["plan: " + scalar(doc.plan), "area:"];
  for (const key of ["name", "district", "province"]) lines.push("  " + key + ": " + scalar(doc.area[key]));
  lines.push("  types: [" + doc.area.types.map((type) => JSON.stringify(type)).join(", ") + "]");
  lines.push("year: " + scalar(doc.year), "facts:");
  for (const [name, value] of Object.entries(doc.facts)) lines.push("  " + name + ": " + scalar(value));
  const sources = Object.entries(doc.evidence || {});
  lines.push("evidence:" + (sources.length ? "" : " {}"));
  for (const [name, value] of sources) lines.push("  " + name + ": " + scalar(value));
  return lines.join("\n") + "\n";
}

// ── Evaluating as the analyst types ───────────────────────────────────────────────────────────────────────────

async function evaluate() {
  const mine = ++sequence;
  const answer = await api(apiPath("/v1/evaluate"), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: json(current()),
  });
  if (mine !== sequence) return; // a later evaluation is under way
  clearErrors();
  if (answer.status === 200) {
    drawVerdict(answer.body);
  } else {
    showErrors(answer.body);
    document.getElementById("verdict").replaceChildren(el("p", { class: "error", text: t("verdictErrors") }));
  }
}

function clearErrors() {
  for (const slot of document.querySelectorAll("#facts .error")) slot.textContent = "";
  for (const field of document.querySelectorAll("#facts .invalid")) {
    field.classList.remove("invalid");
    field.removeAttribute("aria-invalid");
  }
}

/** Each error beside the field its JSON path names ($.facts.households, $.area.name, $.year), the rest on top. */
function showErrors(problem) {
  const general = [];
  for (const error of problem.errors || [{ message: problem.detail, path: problem.path }]) {
    const key = fieldOf(error.path);
    const slot = key && document.getElementById("e-" + key);
    if (slot) {
      slot.textContent = (slot.textContent ? slot.textContent + " " : "") + error.message;
      const field = document.querySelector("#facts [name=" + key + "]");
      field.classList.add("invalid");
      field.setAttribute("aria-invalid", "true");
    } else {
      general.push(error.message);
    }
  }
  document.getElementById("general-errors").textContent = general.join(" · ");
}

function fieldOf(path) {
  const match = /^\$\.(?:facts\.|area\.)?([A-Za-z_][A-Za-z0-9_]*)/.exec(path || "");
  return match ? match[1] : null;
}

function drawVerdict(verdict) {
  const meaning = (name) => (facts.has(name) ? facts.get(name).meaning + " (" + name + ")" : name);
  const missing = verdict.missing_facts || [];
  const change = verdict.outcome === "INDETERMINATE" ? t("couldChange") : missing.length ? t("cannotChange") : t("nothingMissing");
  const parts = [
    el("div", { class: "print-only" },
      el("h1", { text: t("verdictTitle") + ": " + (verdict.area.name || "") }),
      el("p", { text: t("plan") + ": " + verdict.plan.id + " v" + verdict.plan.version + " — " + verdict.plan.title })),
    el("p", {}, el("strong", { text: t("area") + ": " }),
      [verdict.area.name, verdict.area.district, verdict.area.province].filter(Boolean).join(", ") + " — " + verdict.year),
    el("p", { class: "outcome " + verdict.outcome, id: "outcome", "data-outcome": verdict.outcome },
      verdict.label + (verdict.interim ? " (" + t("interim") + ")" : "")),
    el("p", { id: "decision" }, el("strong", { text: t("decision") + ": " }), verdict.decision),
    el("p", { id: "change", text: change }),
  ];
  if (missing.length) {
    parts.push(el("h3", { text: t("missingFacts") }), el("ul", { id: "missing" }, missing.map((name) => el("li", { text: meaning(name) }))));
  }
  parts.push(el("h3", { text: t("criteriaTitle") }));
  parts.push(el("ul", { class: "criteria", id: "criteria" }, verdict.criteria.map((c) =>
    el("li", { "data-criterion": c.id, "data-status": c.status },
      el("p", {}, el("span", { class: "status " + c.status, text: STATUS[LANG][c.status] || c.status }), " ",
        el("strong", { text: c.id }), " — " + c.title),
      el("p", {}, el("strong", { text: t("figures") + ": " }), c.reason),
      c.shortfall ? el("p", { class: "shortfall" }, el("strong", { text: t("shortfall") + ": " }), c.shortfall) : null,
      el("p", { class: "hint" }, t("requirement") + ": " + c.requirement),
      c.source ? el("p", { class: "hint" }, t("source") + ": " + c.source.document + ", " + c.source.section) : null))));
  if (verdict.readings && verdict.readings.length) {
    parts.push(el("h3", { text: t("readingsTitle") }), el("ul", { id: "readings" }, verdict.readings.map(entry)));
  }
  if (verdict.readings_used && Object.keys(verdict.readings_used).length) {
    const used = entry(verdict.readings_used);
    used.id = "readings-used";
    parts.push(el("h3", { text: t("readingsUsed") }), used);
  }
  if (verdict.warnings && verdict.warnings.length) {
    parts.push(el("h3", { text: t("warnings") }), el("ul", { id: "warnings" }, verdict.warnings.map((w) => el("li", {}, entry(w)))));
  }
  parts.push(el("p", { class: "hint" }, t("rule") + ": " + verdict.decision_rule));
  document.getElementById("verdict").replaceChildren(...parts);
}

/** Any value of the verdict the page has no special place for, shown as it is: text, or its keys and values. */
function entry(value) {
  if (value === null || typeof value !== "object") return el("span", { text: String(value) });
  // Each key gives two children, its dt and its dd: flatMap keeps them elements (el flattens one level only).
  return el("dl", {}, Object.entries(value).flatMap(([key, inner]) => [el("dt", { text: key }), el("dd", {}, entry(inner))]));
}

// ── Files: save, open (picker, drag and drop) ─────────────────────────────────────────────────────────────────

function wireFiles() {
  const name = () => slug(document.querySelector("#facts [name=name]").value);
  document.getElementById("save-json").addEventListener("click", () =>
    download(new Blob([json(current(), 2) + "\n"], { type: "application/json" }), name() + ".json"));
  document.getElementById("save-yaml").addEventListener("click", () =>
    download(new Blob([yaml(current())], { type: "application/yaml" }), name() + ".yaml"));
  document.getElementById("open-file").addEventListener("change", (event) => {
    if (event.target.files.length) openFile(event.target.files[0]);
    event.target.value = "";
  });
  const zone = document.body;
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    document.getElementById("drop-zone").classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => document.getElementById("drop-zone").classList.remove("dragging"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    document.getElementById("drop-zone").classList.remove("dragging");
    if (event.dataTransfer.files.length) openFile(event.dataTransfer.files[0]);
  });
}

async function openFile(file) {
  openText(file.name, await file.text());
}

/** Fills the form from a facts file; one that cannot be read is sent to the engine, which says why in its words. */
async function openText(name, text) {
  const status = document.getElementById("file-status");
  const isYaml = /\.ya?ml$/i.test(name);
  let doc;
  try {
    doc = isYaml ? jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) : JSON.parse(text);
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new Error("not an object");
  } catch (unreadable) {
    const answer = await api(apiPath("/v1/validate"), {
      method: "POST",
      headers: { "Content-Type": isYaml ? "application/yaml" : "application/json" },
      body: text,
    });
    status.textContent = t("unreadable") + " " + name + ": " + (answer.body.detail || unreadable.message);
    return;
  }
  const named = typeof doc.plan === "string" ? doc.plan.split("@")[0] : null;
  if (named && named !== plan.id) {
    status.textContent = t("otherPlan") + " " + named + "…";
    sessionStorage.setItem(PENDING, JSON.stringify({ name, text }));
    location.href = "/area.html?plan=" + encodeURIComponent(named) + "&lang=" + LANG;
    return;
  }
  fill(doc);
  status.textContent = t("opened") + ": " + name;
  evaluate();
}

function fill(doc) {
  const form = document.getElementById("facts");
  const area = doc.area && typeof doc.area === "object" ? doc.area : {};
  const shown = (value) => (value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));
  for (const key of ["name", "district", "province"]) form.querySelector("[name=" + key + "]").value = shown(area[key]);
  const types = Array.isArray(area.types) ? area.types : [];
  for (const box of form.querySelectorAll("[name=types]")) box.checked = types.includes(box.value);
  form.querySelector("[name=year]").value = shown(doc.year);
  const given = doc.facts && typeof doc.facts === "object" ? doc.facts : {};
  extraFacts = {};
  for (const [name, value] of Object.entries(given)) {
    if (!facts.has(name)) extraFacts[name] = value;
  }
  for (const name of facts.keys()) form.querySelector("[name=" + name + "]").value = shown(given[name]);
  evidence = doc.evidence && typeof doc.evidence === "object" ? doc.evidence : {};
}
