// The files page: upload area, the list API's filters, a sortable and paged table, and the detail pane.
import { call, orgPath } from "./api.js";
import { fileTags, projectList, projectTitle } from "./catalogue.js";
import { formatSize, formatTime, h, replace, showFieldErrors, labelled } from "./dom.js";
import { showDetail } from "./detail.js";
import { uploadArea } from "./uploads-view.js";
import { announce } from "./announce.js";

const COLUMNS = [
  { label: "Title", order: "title" },
  { label: "Project" },
  { label: "Tags" },
  { label: "Size", order: "filesize", number: true },
  { label: "Status", order: "status" },
  { label: "Modified", order: "modified_date" },
];
const FILTERS = ["search", "project", "user_id", "file_tags", "file_tags_exclude"];

/** What the table shows; kept while the user moves between pages of the console. */
const view = { page: 1, limit: 25, ordering: "-modified_date", filters: {} };

export async function showFiles(main, openId) {
  const [tags, projects] = await Promise.all([fileTags(), projectList(true)]);
  const table = h("div", { id: "files-table" });
  const detail = h("section", { id: "detail", class: "detail", "aria-label": "File details", hidden: true });
  const filters = filterForm(tags, projects, () => { view.page = 1; load(); });
  const layout = h("div", { class: "files-layout" }, h("div", {}, filters, table), detail);
  replace(main, h("h1", { tabindex: -1 }, "Files"), uploadArea(() => load()), layout);

  async function load() {
    try {
      const { data, headers } = await call("GET", orgPath(`private_files/?${query()}`));
      showFieldErrors(filters, null);
      renderTable(table, data, Number(headers.get("X-Total-Count") ?? data.length), projects, open, load);
    } catch (error) {
      showFieldErrors(filters, error);
    }
  }

  async function open(id) {
    await showDetail(detail, id, { tags, projects, changed: load, closed: () => { if (location.hash !== "#/files") history.replaceState(null, "", "#/files"); } });
  }

  await load();
  if (openId) await open(openId);
  else main.querySelector("h1").focus();
}

function query() {
  const params = new URLSearchParams({ limit: view.limit, page: view.page, ordering: view.ordering });
  for (const [name, value] of Object.entries(view.filters)) {
    const text = Array.isArray(value) ? value.join(",") : String(value).trim();
    if (text) params.set(name, text);
  }
  return params.toString();
}

function filterForm(tags, projects, apply) {
  const tagOptions = (selected) => tags.map((tag) => h("option", { value: tag.id, selected: selected?.includes(String(tag.id)) }, tag.title));
  const form = h("form", { id: "filters", class: "filters", role: "search", "aria-label": "Filter files" },
    labelled("Search", h("input", { id: "filter-search", name: "search", type: "search", value: view.filters.search ?? "" })),
    labelled("Project", h("select", { id: "filter-project", name: "project" },
      h("option", { value: "" }, "All projects"),
      projects.map((p) => h("option", { value: p.id, selected: String(view.filters.project) === String(p.id) }, p.title)))),
    labelled("Creator (user id)", h("input", { id: "filter-user", name: "user_id", type: "number", min: 1, value: view.filters.user_id ?? "" })),
    labelled("With any of the tags", h("select", { id: "filter-tags", name: "file_tags", multiple: true, size: 5 }, tagOptions(view.filters.file_tags))),
    labelled("Without the tags", h("select", { id: "filter-exclude", name: "file_tags_exclude", multiple: true, size: 5 }, tagOptions(view.filters.file_tags_exclude))),
    h("p", { class: "field-error", "data-error-for": "non_field_errors", hidden: true }),
    h("div", { class: "actions" },
      h("button", { type: "submit" }, "Apply filters"),
      h("button", { type: "button", class: "secondary", onclick: () => clear(form) }, "Clear")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    view.filters = {};
    for (const name of FILTERS) {
      const control = form.elements[name];
      view.filters[name] = control.multiple ? [...control.selectedOptions].map((o) => o.value) : control.value;
    }
    apply();
  });
  return form;
}

function clear(form) {
  form.querySelectorAll("input").forEach((input) => { input.value = ""; });
  form.querySelectorAll("option").forEach((option) => { option.selected = false; });
  form.elements.project.value = "";
  form.requestSubmit();
}


function renderTable(container, files, total, projects, open, reload) {
  const pages = Math.max(1, Math.ceil(total / view.limit));
  const header = h("tr", {}, COLUMNS.map((column) => {
    if (!column.order) return h("th", { scope: "col" }, column.label);
    const numeric = column.number ? "number" : null;
    const direction = view.ordering === column.order ? "ascending" : view.ordering === `-${column.order}` ? "descending" : "none";
    const button = h("button", { type: "button", class: "sort", "data-order": column.order },
      column.label, h("span", { "aria-hidden": "true" }, direction === "ascending" ? " ▲" : direction === "descending" ? " ▼" : ""));
    button.addEventListener("click", () => {
      view.ordering = direction === "ascending" ? `-${column.order}` : column.order;
      view.page = 1;
      reload();
    });
    return h("th", { scope: "col", class: numeric, "aria-sort": direction }, button);
  }));
  const rows = files.map((file) => h("tr", { "data-file-id": file.id },
    h("td", {}, h("button", { type: "button", class: "link", onclick: () => open(file.id) }, file.title)),
    h("td", {}, projectTitle(file.project, projects)),
    h("td", {}, file.file_tags_data.map((tag) => h("span", { class: "tag" }, tag.title))),
    h("td", { class: "number", "data-bytes": file.filesize ?? "" }, formatSize(file.filesize)),
    h("td", {}, file.status ?? ""),
    h("td", {}, h("time", { datetime: file.modified_date }, formatTime(file.modified_date)))));
  const previous = h("button", { type: "button", disabled: view.page <= 1, onclick: () => { view.page--; reload(); } }, "Previous page");
  const next = h("button", { type: "button", disabled: view.page >= pages, onclick: () => { view.page++; reload(); } }, "Next page");
  const size = h("select", { id: "page-size", onchange: (event) => { view.limit = Number(event.target.value); view.page = 1; reload(); } },
    [10, 25, 50, 100].map((n) => h("option", { value: n, selected: n === view.limit }, n)));
  replace(container,
    h("div", { class: "table-scroll" }, h("table", { class: "files" },
      h("caption", {}, `${total} file${total === 1 ? "" : "s"}`),
      h("thead", {}, header),
      h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: COLUMNS.length }, "No files match."))))),
    h("nav", { class: "paging", "aria-label": "Pages" }, previous,
      h("span", { id: "page-status" }, `Page ${view.page} of ${pages}`), next,
      h("label", { for: "page-size" }, "Per page"), size));
  announce(`${total} files, page ${view.page} of ${pages}`);
}
