/*
 * What every page shares: the words of the interface in Vietnamese and English (never mixed: the page and every API
 * answer are in one language, ?lang=), the calls to the /v1 API, and the token dialog. Nothing here knows a plan:
 * plans, criteria, facts, messages and verdicts all come from the API.
 */
"use strict";

const WORDS = {
  vi: {
    skip: "Bỏ qua, đến nội dung chính",
    brand: "Chuyển hóa địa bàn",
    navStart: "Kế hoạch",
    navReview: "Sơ kết từ tệp",
    otherLanguage: "English",
    otherLanguageLabel: "Switch to English",
    loading: "Đang tải…",
    apiError: "Không gọi được máy chủ",
    tokenTitle: "Cần mã truy cập",
    tokenHelp: "Máy chủ này yêu cầu mã truy cập. Nhập mã do người quản trị cung cấp; trình duyệt giữ mã trong cookie cho đến khi đóng.",
    tokenLabel: "Mã truy cập",
    tokenSubmit: "Xác nhận",
    tokenWrong: "Mã truy cập không đúng.",
    // Start page
    startTitle: "Kế hoạch chuyển hóa địa bàn",
    startIntro: "Chọn kế hoạch để nhập số liệu một địa bàn và xem kết quả ngay, hoặc sơ kết nhiều địa bàn từ tệp (JSON, YAML, CSV, Excel).",
    plansTitle: "Các kế hoạch",
    evaluateArea: "Đánh giá một địa bàn",
    excelTemplate: "Mẫu Excel cho cả huyện",
    inForce: "Hiệu lực",
    areaTypes: "Loại địa bàn",
    noAreaType: "không có (năm của thành phố)",
    versions: "Phiên bản",
    whichTitle: "Kế hoạch nào áp dụng cho địa bàn của tôi?",
    province: "Tỉnh, thành phố",
    district: "Huyện, thị xã, thành phố thuộc tỉnh",
    areaType: "Loại địa bàn",
    year: "Năm đánh giá",
    find: "Tìm kế hoạch",
    found: "Kế hoạch áp dụng:",
    noneFound: "Không có kế hoạch nào áp dụng:",
    anyType: "— chọn loại —",
    // Area page
    areaTitle: "Đánh giá một địa bàn",
    areaSection: "Địa bàn",
    areaName: "Tên địa bàn (xã, phường, thị trấn)",
    areaTypesLegend: "Loại địa bàn",
    criterion: "Tiêu chí",
    requirement: "Yêu cầu",
    source: "Nguồn",
    unit: "Đơn vị",
    flagEmpty: "— chưa có —",
    flagTrue: "có",
    flagFalse: "không",
    sharedFact: "Số liệu này đã có ở tiêu chí",
    emptyIsMissing: "Ô để trống là chưa có số liệu (không phải 0).",
    fileTitle: "Tệp số liệu",
    open: "Mở tệp…",
    dropHere: "hoặc kéo thả tệp JSON/YAML vào đây",
    saveJson: "Lưu JSON",
    saveYaml: "Lưu YAML",
    print: "In kết quả (A4)",
    opened: "Đã mở tệp",
    otherPlan: "Tệp này thuộc kế hoạch khác; đang chuyển sang",
    unreadable: "Không đọc được tệp",
    verdictTitle: "Kết quả",
    verdictWaiting: "Nhập số liệu để xem kết quả.",
    verdictErrors: "Chưa đánh giá được: sửa các lỗi ở từng ô.",
    outcome: "Kết quả",
    decision: "Kết luận",
    rule: "Quy tắc",
    interim: "sơ bộ",
    missingFacts: "Số liệu còn thiếu",
    couldChange: "Số liệu còn thiếu có thể làm thay đổi kết quả.",
    cannotChange: "Số liệu còn thiếu không thể làm thay đổi kết quả.",
    nothingMissing: "Đủ số liệu.",
    criteriaTitle: "Từng tiêu chí",
    figures: "Số liệu",
    shortfall: "Còn thiếu",
    readingsTitle: "Cách hiểu khác",
    readingsUsed: "Cách hiểu đang dùng",
    warnings: "Lưu ý",
    generalErrors: "Lỗi",
    plan: "Kế hoạch",
    area: "Địa bàn",
    // Review page
    reviewTitle: "Sơ kết nhiều địa bàn từ tệp",
    reviewIntro: "Chọn tệp số liệu (JSON, YAML), một thư mục, tệp CSV hoặc sổ Excel (.xlsx), mỗi địa bàn một dòng.",
    files: "Tệp",
    folder: "Thư mục",
    dropFiles: "hoặc kéo thả tệp vào đây",
    chosen: "Đã chọn",
    planOptional: "Kế hoạch (không bắt buộc)",
    anyPlan: "— kế hoạch của từng địa bàn —",
    communes: "Số xã, phường, thị trấn của tỉnh",
    previouslyTransformed: "Số địa bàn đã chuyển hóa các năm trước",
    relapsed: "Trong đó số phức tạp trở lại",
    run: "Sơ kết",
    downloads: "Tải về",
    reportTitle: "Báo cáo sơ kết",
    noFiles: "Chưa chọn tệp nào.",
    totalsTitle: "Tổng số",
  },
  en: {
    skip: "Skip to the main content",
    brand: "Hotspot transformation",
    navStart: "Plans",
    navReview: "Review from files",
    otherLanguage: "Tiếng Việt",
    otherLanguageLabel: "Chuyển sang tiếng Việt",
    loading: "Loading…",
    apiError: "The server could not be reached",
    tokenTitle: "A token is needed",
    tokenHelp: "This server needs a token. Type the one your administrator gave you; the browser keeps it in a cookie until it is closed.",
    tokenLabel: "Token",
    tokenSubmit: "Confirm",
    tokenWrong: "The token is not right.",
    startTitle: "Area transformation plans",
    startIntro: "Choose a plan to type an area's figures and see its verdict at once, or review many areas from files (JSON, YAML, CSV, Excel).",
    plansTitle: "Plans",
    evaluateArea: "Evaluate an area",
    excelTemplate: "Excel template for a district",
    inForce: "In force",
    areaTypes: "Area types",
    noAreaType: "none (a city's year)",
    versions: "Versions",
    whichTitle: "Which plan applies to my area?",
    province: "Province",
    district: "District",
    areaType: "Area type",
    year: "Year evaluated",
    find: "Find the plan",
    found: "The plan that applies:",
    noneFound: "No plan applies:",
    anyType: "— choose a type —",
    areaTitle: "Evaluate an area",
    areaSection: "Area",
    areaName: "Area name (commune, ward, township)",
    areaTypesLegend: "Area types",
    criterion: "Criterion",
    requirement: "Requirement",
    source: "Source",
    unit: "Unit",
    flagEmpty: "— not known —",
    flagTrue: "yes",
    flagFalse: "no",
    sharedFact: "This figure is already asked under criterion",
    emptyIsMissing: "An empty field is a missing figure (never 0).",
    fileTitle: "Facts file",
    open: "Open a file…",
    dropHere: "or drop a JSON/YAML file here",
    saveJson: "Save JSON",
    saveYaml: "Save YAML",
    print: "Print the verdict (A4)",
    opened: "Opened",
    otherPlan: "This file is for another plan; switching to",
    unreadable: "Cannot read the file",
    verdictTitle: "Verdict",
    verdictWaiting: "Type figures to see the verdict.",
    verdictErrors: "Not evaluated yet: correct the errors beside the fields.",
    outcome: "Outcome",
    decision: "Decision",
    rule: "Rule",
    interim: "interim",
    missingFacts: "Missing figures",
    couldChange: "The missing figures could still change the outcome.",
    cannotChange: "The missing figures cannot change the outcome.",
    nothingMissing: "No figure is missing.",
    criteriaTitle: "Each criterion",
    figures: "Figures",
    shortfall: "Shortfall",
    readingsTitle: "Other readings",
    readingsUsed: "Readings used",
    warnings: "Warnings",
    generalErrors: "Errors",
    plan: "Plan",
    area: "Area",
    reviewTitle: "Review many areas from files",
    reviewIntro: "Choose facts files (JSON, YAML), a folder, CSV files or Excel workbooks (.xlsx) with a row per area.",
    files: "Files",
    folder: "Folder",
    dropFiles: "or drop files here",
    chosen: "Chosen",
    planOptional: "Plan (optional)",
    anyPlan: "— each area's own plan —",
    communes: "The province's communes, wards and townships",
    previouslyTransformed: "Areas transformed in earlier years",
    relapsed: "Of those, complex again",
    run: "Review",
    downloads: "Download",
    reportTitle: "Review report",
    noFiles: "No file chosen.",
    totalsTitle: "Totals",
  },
};

/** DESIGN 1.3: the words of each status, as every screen and file says them. */
const STATUS = {
  vi: { PASS: "Đạt", FAIL: "Không đạt", MISSING: "Thiếu dữ liệu", NOT_APPLICABLE: "Không áp dụng", INFO: "Tham khảo" },
  en: { PASS: "met", FAIL: "not met", MISSING: "missing data", NOT_APPLICABLE: "not applicable", INFO: "for information" },
};

const AREA_TYPES = ["TTATXH", "LOAI_1", "LOAI_2", "LOAI_3", "LOAI_4"];

/** The page's language: ?lang=, else the one chosen before, else Vietnamese. */
function language() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "vi" || asked === "en") {
    localStorage.setItem("chuyenhoa.lang", asked);
    return asked;
  }
  return localStorage.getItem("chuyenhoa.lang") === "en" ? "en" : "vi";
}

const LANG = language();

function t(key) {
  return WORDS[LANG][key];
}

/** An element with attributes and children (text or elements); text is always text, never markup. */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") element.textContent = value;
    else if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Puts the words of the page's language on every element marked data-t, and the header's language switch. */
function translatePage() {
  document.documentElement.lang = LANG;
  for (const element of document.querySelectorAll("[data-t]")) {
    element.textContent = t(element.dataset.t);
  }
  for (const element of document.querySelectorAll("[data-t-label]")) {
    element.setAttribute("aria-label", t(element.dataset.tLabel));
  }
  const other = LANG === "vi" ? "en" : "vi";
  const link = document.getElementById("language");
  if (link) {
    const url = new URL(location.href);
    url.searchParams.set("lang", other);
    link.href = url.pathname + url.search;
    link.textContent = t("otherLanguage");
    link.setAttribute("lang", other);
    link.setAttribute("aria-label", t("otherLanguageLabel"));
  }
  for (const a of document.querySelectorAll("a[data-keep-lang]")) {
    const url = new URL(a.getAttribute("href"), location.href);
    url.searchParams.set("lang", LANG);
    a.href = url.pathname + url.search;
  }
}

/** A path of the API with ?lang= and the given parameters (empty ones left out; arrays repeated). */
function apiPath(path, parameters) {
  const query = new URLSearchParams({ lang: LANG });
  for (const [name, value] of Object.entries(parameters || {})) {
    if (value === null || value === undefined || value === "") continue;
    for (const one of [].concat(value)) query.append(name, one);
  }
  return path + "?" + query;
}

/**
 * Calls the API. A 401 asks for the token once (DESIGN 1.5: kept in an HttpOnly cookie by POST /session) and calls
 * again. Answers {status, type, body} with body parsed for JSON answers, a Blob for the others.
 */
async function api(path, options) {
  const request = Object.assign({ credentials: "same-origin" }, options || {});
  let response = await fetch(path, request);
  if (response.status === 401) {
    await askToken();
    response = await fetch(path, request);
  }
  const type = (response.headers.get("Content-Type") || "").split(";")[0];
  const body = type.endsWith("json") ? await response.json() : await response.blob();
  return { status: response.status, type, body };
}

let tokenAsked = null;

/** Shows the token dialog until the server takes the token; one dialog for every call that waits for it. */
function askToken() {
  if (tokenAsked) return tokenAsked;
  tokenAsked = new Promise((resolve) => {
    const input = el("input", { id: "token", name: "token", type: "password", autocomplete: "current-password", required: true });
    const message = el("p", { class: "error", id: "token-error", role: "alert" });
    const dialog = el(
      "dialog",
      { id: "token-dialog", "aria-labelledby": "token-title" },
      el("form", { method: "dialog" },
        el("h2", { id: "token-title", text: t("tokenTitle") }),
        el("p", { text: t("tokenHelp") }),
        el("label", { for: "token", text: t("tokenLabel") }),
        input,
        message,
        el("button", { type: "submit", text: t("tokenSubmit") }))
    );
    dialog.querySelector("form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const response = await fetch("/session", { method: "POST", credentials: "same-origin", body: input.value });
      if (response.status === 204) {
        dialog.close();
        dialog.remove();
        tokenAsked = null;
        resolve();
      } else {
        message.textContent = t("tokenWrong");
        input.select();
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
  return tokenAsked;
}

/** Offers {@code blob} to the browser as a file named {@code name}. */
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A file name from a place's name: "Phường 5" → "phuong-5". */
function slug(text) {
  return (text || "so-lieu")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
    .toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "so-lieu";
}

/** "27/02/2023" from "2023-02-27". */
function day(iso) {
  return iso ? iso.split("-").reverse().join("/") : "";
}

function period(inForce) {
  return inForce ? day(inForce.from) + " – " + day(inForce.to) : "";
}

function place(jurisdiction) {
  return [jurisdiction.area, jurisdiction.district, jurisdiction.province].filter(Boolean).join(", ");
}

document.addEventListener("DOMContentLoaded", translatePage);
