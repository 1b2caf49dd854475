// The upload area: a drop zone and a file picker for several files, with a progress bar and outcome per file.
import { h } from "./dom.js";
import { uploadFile } from "./upload.js";
import { announce } from "./announce.js";

export function uploadArea(uploaded) {
  const list = h("ul", { id: "uploads", class: "uploads" });
  const picker = h("input", { id: "file-picker", type: "file", multiple: true });
  const zone = h("div", { id: "drop-zone", class: "drop-zone" },
    h("p", {}, "Drop files here, or choose them: big files go up in parts and resume when chosen again after an interruption."),
    h("label", { for: "file-picker" }, "Files to upload"), picker);
  picker.addEventListener("change", () => { start([...picker.files]); picker.value = ""; });
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    start([...event.dataTransfer.files]);
  });

  function start(files) {
    for (const file of files) {
      const progress = h("progress", { max: 100, value: 0, "aria-label": `Upload of ${file.name}` });
      const percent = h("span", { class: "percent" }, "0 %");
      const outcome = h("span", { class: "outcome" });
      const item = h("li", { "data-upload-name": file.name, "data-state": "running" }, h("span", { class: "name" }, file.name), progress, percent, outcome);
      list.prepend(item);
      uploadFile(file, (fraction) => {
        const value = Math.floor(fraction * 100);
        progress.value = value;
        percent.textContent = `${value} %`;
      }).then((created) => {
        item.dataset.state = "done";
        item.dataset.fileId = created.id;
        outcome.textContent = `stored, MD5 ${created.file_hash}`;
        announce(`Uploaded ${file.name}`);
        uploaded(created);
      }, (error) => {
        item.dataset.state = "failed";
        outcome.textContent = error.message;
        outcome.setAttribute("role", "alert");
      });
    }
  }

  return h("section", { class: "upload", "aria-labelledby": "upload-heading" }, h("h2", { id: "upload-heading" }, "Upload"), zone, list);
}
