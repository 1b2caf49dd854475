// The projects page: the projects the user can view, each with the files the user may read.
import { projectList } from "./catalogue.js";
import { formatSize, h, replace } from "./dom.js";

export async function showProjects(main) {
  const projects = await projectList(true);
  const sections = projects.map((project) => h("section", { class: "card project", "data-project-id": project.id, "aria-labelledby": `project-${project.id}` },
    h("h2", { id: `project-${project.id}` }, project.title),
    project.private_files_data.length
      ? h("table", { class: "files" },
        h("caption", {}, `${project.private_files_data.length} file${project.private_files_data.length === 1 ? "" : "s"}`),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Title"), h("th", { scope: "col", class: "number" }, "Size"), h("th", { scope: "col" }, "Status"))),
        h("tbody", {}, project.private_files_data.map((file) => h("tr", { "data-file-id": file.id },
          h("td", {}, h("a", { href: `#/files/${file.id}` }, file.title)),
          h("td", { class: "number" }, formatSize(file.filesize)),
          h("td", {}, file.status ?? "")))))
      : h("p", { class: "muted" }, "No files you can see.")));
  replace(main, h("h1", { tabindex: -1 }, "Projects"),
    sections.length ? sections : h("p", { class: "muted" }, "You can view no project of this organisation."));
  main.querySelector("h1").focus();
}
