// What the pages look up by URL: the file-tag catalogue and the org's projects, loaded once per sign-in.
import { call, orgPath } from "./api.js";

let tags = null;
let projects = null;

export async function fileTags() {
  tags ??= (await call("GET", "/api/file_tags/")).data;
  return tags;
}

export async function projectList(reload = false) {
  if (reload || !projects) projects = (await call("GET", orgPath("projects/"))).data;
  return projects;
}

export function projectTitle(url, known) {
  if (!url) return "";
  const project = known.find((p) => p.url === url);
  return project ? project.title : url.replace(/.*\/projects\/(\d+)\/?$/, "Project $1");
}

export function forgetCatalogue() {
  tags = null;
  projects = null;
}
