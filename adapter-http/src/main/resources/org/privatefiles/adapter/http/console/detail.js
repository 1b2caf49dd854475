// A file's detail pane: every field, download through file_contents, the edit form (If-Match) and delete with a confirmation.
import { ApiError, call, idOf, localPath, orgPath } from "./api.js";
import { h, replace, showFieldErrors, labelled, labelledCheck } from "./dom.js";
import { announce } from "./announce.js";

export async function showDetail(pane, id, { tags, projects, changed, closed }) {
  let response;
  try {
    response = await call("GET", orgPath(`private_files/${id}/`));
  } catch (error) {
    replace(pane, h("p", { class: "field-error", role: "alert" }, error.message));
    pane.hidden = false;
    return;
  }
  let file = response.data;
  let etag = response.headers.get("ETag");
  const close = () => { pane.hidden = true; replace(pane); closed(); };

  const form = editForm(file, tags, projects);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showFieldErrors(form, null);
    try {
      const saved = await call("PATCH", orgPath(`private_files/${id}/`), { json: patchOf(form), headers: etag ? { "If-Match": etag } : {} });
      file = saved.data;
      etag = saved.headers.get("ETag");
      renderFields(fields, file);
      pane.querySelector("#detail-title").textContent = file.title;
      announce(`Saved ${file.title}`);
      form.querySelector("[data-saved]").hidden = false;
      changed();
    } catch (error) {
      const shown = error instanceof ApiError && error.status === 412
        ? new ApiError(412, { non_field_errors: ["Someone changed this file since you opened it; reopen it to see the change."] })
        : error instanceof ApiError ? error : new ApiError(0, { non_field_errors: [error.message] });
      showFieldErrors(form, shown);
      form.querySelector('[aria-invalid="true"]')?.focus();
    }
  });

  const confirm = h("dialog", { id: "confirm-delete", "aria-labelledby": "confirm-delete-text" },
    h("p", { id: "confirm-delete-text" }, `Delete "${file.title}"? Its content is removed and its links stop working.`),
    h("p", { class: "field-error", "data-error-for": "non_field_errors", hidden: true }),
    h("div", { class: "actions" },
      h("button", { type: "button", id: "confirm-delete-yes", class: "danger", onclick: remove }, "Delete"),
      h("button", { type: "button", class: "secondary", onclick: () => confirm.close() }, "Cancel")));
  async function remove() {
    try {
      await call("DELETE", orgPath(`private_files/${id}/`), { headers: etag ? { "If-Match": etag } : {} });
      confirm.close();
      announce(`Deleted ${file.title}`);
      close();
      changed();
    } catch (error) {
      showFieldErrors(confirm, error instanceof ApiError ? error : new ApiError(0, { non_field_errors: [error.message] }));
    }
  }

  const fields = h("dl", { class: "fields" });
  renderFields(fields, file);
  const download = file.file_contents
    ? h("a", { class: "button", id: "download", href: localPath(file.file_contents), download: "" }, "Download")
    : h("span", { class: "muted" }, "No content yet");
  replace(pane,
    h("div", { class: "detail-head" },
      h("h2", { id: "detail-title", tabindex: -1 }, file.title),
      h("button", { type: "button", class: "secondary", "aria-label": "Close details", onclick: close }, "Close")),
    h("div", { class: "actions" }, download,
      h("button", { type: "button", class: "danger", id: "delete", onclick: () => confirm.showModal() }, "Delete")),
    form, h("h3", {}, "All fields"), fields, confirm);
  pane.setAttribute("aria-labelledby", "detail-title");
  pane.hidden = false;
  pane.querySelector("#detail-title").focus();
}

function editForm(file, tags, projects) {
  const selectedTags = new Set(file.file_tags_data.map((tag) => tag.id));
  const projectId = idOf(file.project);
  const projectChoices = projects.some((p) => p.id === projectId) || projectId === null
    ? projects : [...projects, { id: projectId, title: `Project ${projectId}` }];
  return h("form", { id: "edit", class: "edit", novalidate: true },
    h("h3", {}, "Edit"),
    labelled("Title", h("input", { id: "edit-title", name: "title", value: file.title, maxlength: 255 })),
    labelled("Project", h("select", { id: "edit-project", name: "project" },
      h("option", { value: "" }, "No project"),
      projectChoices.map((p) => h("option", { value: p.id, selected: p.id === projectId }, p.title)))),
    labelled("Tags", h("select", { id: "edit-tags", name: "file_tags", multiple: true, size: 6 },
      tags.map((tag) => h("option", { value: tag.id, selected: selectedTags.has(tag.id) }, tag.title)))),
    labelled("Status", h("input", { id: "edit-status", name: "status", value: file.status ?? "", maxlength: 64 })),
    labelledCheck("Show to the customer", h("input", { id: "edit-show-customer", name: "show_customer", type: "checkbox", checked: file.show_customer })),
    labelledCheck("Temporary (removed automatically)", h("input", { id: "edit-temporary", name: "temporary", type: "checkbox", checked: file.temporary })),
    h("p", { class: "field-error", "data-error-for": "non_field_errors", hidden: true }),
    h("div", { class: "actions" }, h("button", { type: "submit" }, "Save"), h("span", { class: "saved", "data-saved": "", hidden: true }, "Saved")));
}

function patchOf(form) {
  const elements = form.elements;
  return {
    title: elements.title.value,
    project: elements.project.value ? Number(elements.project.value) : null,
    file_tags: [...elements.file_tags.selectedOptions].map((option) => Number(option.value)),
    status: elements.status.value === "" ? null : elements.status.value,
    show_customer: elements.show_customer.checked,
    temporary: elements.temporary.checked,
  };
}



function renderFields(list, file) {
  replace(list, Object.entries(file).flatMap(([name, value]) => [
    h("dt", {}, name),
    h("dd", { "data-field": name }, value === null ? "null" : typeof value === "object" ? JSON.stringify(value) : String(value)),
  ]));
}
