// Calls to the service's public API with the signed-in user's token; errors carry the DRF error body.
import { currentSession } from "./session.js";

export class ApiError extends Error {
  constructor(status, body) {
    super(ApiError.describe(status, body));
    this.status = status;
    this.body = body && typeof body === "object" ? body : {};
  }

  /** The messages for one field of a DRF validation error (or non_field_errors, or detail). */
  messagesFor(field) {
    const value = this.body[field];
    if (value === undefined) return [];
    return Array.isArray(value) ? value.map(String) : [String(value)];
  }

  static describe(status, body) {
    if (body && typeof body === "object" && typeof body.detail === "string") return body.detail;
    if (body && typeof body === "object") {
      return Object.entries(body).map(([field, messages]) => `${field}: ${[].concat(messages).join(" ")}`).join("; ");
    }
    return `The service answered ${status}.`;
  }
}

/** Sends a request under /api (or any same-origin path); JSON bodies for plain objects. Returns {status, headers, data}. */
export async function call(method, path, { json, body, headers = {}, token } = {}) {
  const session = currentSession();
  const sendHeaders = { Accept: "application/json", ...headers };
  const bearer = token ?? session?.token;
  if (bearer) sendHeaders.Authorization = `Bearer ${bearer}`;
  let payload = body;
  if (json !== undefined) {
    sendHeaders["Content-Type"] = "application/json";
    payload = JSON.stringify(json);
  }
  const response = await fetch(path, { method, headers: sendHeaders, body: payload, credentials: "omit", cache: "no-store" });
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = text; }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return { status: response.status, headers: response.headers, data };
}

export function orgPath(suffix = "") {
  return `/api/orgs/${currentSession().org}/${suffix}`;
}

/** A URL the API emitted (absolute, under its public base URL), as a path on this origin, which serves the same API. */
export function localPath(absoluteUrl) {
  const url = new URL(absoluteUrl, location.origin);
  return url.pathname + url.search;
}

/** The trailing id of a resource URL such as .../projects/7/. */
export function idOf(resourceUrl) {
  const match = /\/(\d+)\/?$/.exec(resourceUrl ?? "");
  return match ? Number(match[1]) : null;
}
