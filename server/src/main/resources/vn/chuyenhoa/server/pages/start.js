/*
 * The start page: every plan (GET /v1/plans) with the way to evaluate an area under it, and "which plan applies to
 * my area?" (GET /v1/plans?province=&area_type=&year=); when none does, the engine's own reason, the one
 * `chuyenhoa evaluate` gives, from evaluating an empty area of that place (POST /v1/evaluate).
 */
"use strict";

document.addEventListener("DOMContentLoaded", async () => {
  const typeSelect = document.getElementById("which-type");
  typeSelect.append(el("option", { value: "", text: t("anyType") }));
  for (const type of AREA_TYPES) typeSelect.append(el("option", { value: type, text: type }));

  const answer = await api(apiPath("/v1/plans"));
  const container = document.getElementById("plans");
  container.removeAttribute("aria-busy");
  if (answer.status !== 200) {
    container.append(el("p", { class: "error", text: t("apiError") + ": " + (answer.body.detail || answer.status) }));
    return;
  }
  // The newest version of each plan, with the versions listed.
  const byId = new Map();
  for (const plan of answer.body.plans) {
    const versions = byId.has(plan.id) ? byId.get(plan.id).versions : [];
    versions.push(plan.version);
    byId.set(plan.id, Object.assign({}, plan, { versions }));
  }
  const provinces = new Set();
  for (const plan of byId.values()) {
    provinces.add(plan.jurisdiction.province);
    container.append(card(plan));
  }
  const list = document.getElementById("provinces");
  for (const province of [...provinces].sort()) list.append(el("option", { value: province }));

  document.getElementById("which").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const result = document.getElementById("which-result");
    result.replaceChildren(el("p", { text: t("loading") }));
    const selection = { province: form.get("province").trim(), area_type: form.get("area_type"), year: form.get("year").trim() };
    const found = await api(apiPath("/v1/plans", selection));
    if (found.status !== 200) {
      result.replaceChildren(el("p", { class: "error", text: found.body.detail }));
      return;
    }
    if (found.body.plans.length > 0) {
      result.replaceChildren(el("p", { text: t("found") }), el("div", { class: "cards" }, found.body.plans.map(card)));
      return;
    }
    // None: the engine says why, as the command line would for a file of this place.
    const probe = {
      area: { name: "?", province: selection.province || undefined, types: selection.area_type ? [selection.area_type] : undefined },
      year: /^\d+$/.test(selection.year) ? Number(selection.year) : undefined,
      facts: {},
    };
    const why = await api(apiPath("/v1/evaluate"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(probe),
    });
    const reason = why.status === 200 ? "" : (why.body.errors || [why.body]).map((e) => e.message || e.detail).join(" · ");
    result.replaceChildren(el("p", { class: "error", text: t("noneFound") }), el("p", { text: reason }));
  });
});

function card(plan) {
  const link = el("a", { href: "/area.html?plan=" + encodeURIComponent(plan.id) + "&lang=" + LANG, class: "button", text: t("evaluateArea") });
  const template = el("a", {
    href: apiPath("/v1/plans/" + encodeURIComponent(plan.id) + "/template", { format: "xlsx" }),
    download: plan.id + ".xlsx",
    text: t("excelTemplate"),
  });
  return el("article", { class: "card" },
    el("h3", {}, plan.id),
    el("p", { text: plan.title }),
    el("dl", {},
      el("dt", { text: t("province") }), el("dd", { text: place(plan.jurisdiction) }),
      el("dt", { text: t("areaTypes") }), el("dd", { text: plan.area_types.length ? plan.area_types.join(", ") : t("noAreaType") }),
      el("dt", { text: t("inForce") }), el("dd", { text: period(plan.in_force) }),
      plan.versions ? [el("dt", { text: t("versions") }), el("dd", { text: plan.versions.join(", ") })] : []),
    el("div", { class: "buttons" }, link, template));
}
