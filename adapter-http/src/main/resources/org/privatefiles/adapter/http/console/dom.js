// Small helpers to build the DOM without innerHTML (so nothing the API returns is parsed as markup).
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

export function formatSize(bytes) {
  if (bytes === null || bytes === undefined) return "";
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatTime(iso) {
  return iso ? iso.replace("T", " ").replace(/\.\d+Z$/, " UTC") : "";
}

/**
 * Shows the messages of an ApiError (DRF shape) next to the fields they concern: in the elements with
 * data-error-for="field"; messages for fields without such a slot (and "detail") go to non_field_errors.
 * No error clears them all.
 */
export function showFieldErrors(container, error) {
  const slots = [...container.querySelectorAll("[data-error-for]")];
  const known = new Set(slots.map((slot) => slot.dataset.errorFor));
  const leftover = [];
  if (error) {
    for (const field of Object.keys(error.body)) {
      if (known.has(field)) continue;
      leftover.push(...error.messagesFor(field).map((message) => (field === "detail" ? message : `${field}: ${message}`)));
    }
    if (Object.keys(error.body).length === 0) leftover.push(error.message);
  }
  for (const slot of slots) {
    const field = slot.dataset.errorFor;
    const messages = (error ? error.messagesFor(field) : []).concat(field === "non_field_errors" ? leftover : []);
    slot.textContent = messages.join(" ");
    slot.hidden = messages.length === 0;
    const input = container.querySelector(`[name="${field}"]`);
    if (input) {
      if (messages.length) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
  }
}

/** A labelled form control with its error slot (data-error-for its name), described by that slot. */
export function labelled(label, control) {
  control.setAttribute("aria-describedby", `${control.id}-error`);
  return h("div", { class: "field" }, h("label", { for: control.id }, label), control,
    h("p", { class: "field-error", id: `${control.id}-error`, "data-error-for": control.name, hidden: true }));
}

/** A labelled checkbox with its error slot. */
export function labelledCheck(label, control) {
  control.setAttribute("aria-describedby", `${control.id}-error`);
  return h("div", { class: "field check" }, control, h("label", { for: control.id }, label),
    h("p", { class: "field-error", id: `${control.id}-error`, "data-error-for": control.name, hidden: true }));
}
