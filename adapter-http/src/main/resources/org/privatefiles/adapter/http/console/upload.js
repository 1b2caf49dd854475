// Uploads one file: small ones as one multipart POST, big ones as parallel chunked parts (API.md section 7)
// that resume after a reload from the parts the service holds (the upload's id is kept in localStorage).
import { ApiError, call, orgPath } from "./api.js";
import { base64, hex, Md5, md5OfBlob } from "./md5.js";
import { currentSession } from "./session.js";

/** Part size; at least the service's minimum part size (5 MiB by default). Files above it go up in parts. */
export const PART_BYTES = 8 * 1024 * 1024;
const PARALLEL_PARTS = 3;

/** Uploads the file, reporting progress as a fraction 0..1; resolves with the created file object. */
export async function uploadFile(file, onProgress = () => {}) {
  return file.size > PART_BYTES ? uploadInParts(file, onProgress) : uploadWhole(file, onProgress);
}

/** Where a chunked upload of this file in this org is remembered: the same name, size and modification time. */
export function resumeKey(file) {
  return `privatefiles.upload:${currentSession().org}:${file.name}:${file.size}:${file.lastModified}`;
}

async function uploadWhole(file, onProgress) {
  const form = new FormData();
  form.append("file_hash", hex(await md5OfBlob(file)));
  form.append("file_contents", file, file.name);
  const { data } = await send("POST", orgPath("private_files/"), form, {}, (loaded) => onProgress(Math.min(1, loaded / Math.max(file.size, 1))));
  onProgress(1);
  return data;
}

async function uploadInParts(file, onProgress) {
  const { id, held } = await startOrResume(file);
  const whole = new Md5();
  const count = Math.ceil(file.size / PART_BYTES);
  const loading = new Map();
  const inFlight = new Set();
  let done = 0;
  const report = () => onProgress(Math.min(1, (done + [...loading.values()].reduce((a, b) => a + b, 0)) / file.size));
  for (let n = 1; n <= count; n++) {
    const part = file.slice((n - 1) * PART_BYTES, Math.min(file.size, n * PART_BYTES));
    const digest = await md5OfBlob(part, whole);
    const have = held.get(n);
    if (have && have.etag === hex(digest) && have.size === part.size) {
      done += part.size;
      report();
      continue;
    }
    while (inFlight.size >= PARALLEL_PARTS) await Promise.race(inFlight);
    const sending = send("PUT", orgPath(`private_files/${id}/parts/${n}/`), part,
      { "Content-Type": "application/octet-stream", "Content-MD5": base64(digest) },
      (loaded) => { loading.set(n, loaded); report(); })
      .then(() => { loading.delete(n); done += part.size; inFlight.delete(sending); report(); });
    inFlight.add(sending);
  }
  await Promise.all(inFlight);
  const { data } = await call("POST", orgPath(`private_files/${id}/complete/`), { json: {} });
  localStorage.removeItem(resumeKey(file));
  if (data.file_hash !== hex(whole.digest())) {
    throw new Error(`The stored file's hash ${data.file_hash} differs from the local file's.`);
  }
  onProgress(1);
  return data;
}

/** The id of the upload to continue, and the parts the service already holds, by part number. */
async function startOrResume(file) {
  const remembered = JSON.parse(localStorage.getItem(resumeKey(file)) ?? "null");
  if (remembered) {
    try {
      const { data } = await call("GET", orgPath(`private_files/${remembered.id}/`));
      if (data.status === "uploading" && data.upload_id) {
        return { id: data.id, held: new Map((data.parts ?? []).map((part) => [part.part_number, part])) };
      }
    } catch (error) {
      if (!(error instanceof ApiError) || ![403, 404].includes(error.status)) throw error;
    }
  }
  const { data } = await call("POST", orgPath("private_files/"), { json: { title: file.name } });
  localStorage.setItem(resumeKey(file), JSON.stringify({ id: data.id }));
  return { id: data.id, held: new Map() };
}

/** One request with upload progress (fetch reports none); a 503 (too many uploads at once) is retried after Retry-After. */
function send(method, path, body, headers, onUploaded, attempt = 1) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Authorization", `Bearer ${currentSession().token}`);
    Object.entries(headers).forEach(([name, value]) => xhr.setRequestHeader(name, value));
    xhr.upload.onprogress = (event) => onUploaded(event.loaded);
    xhr.onerror = () => reject(new Error("The connection to the service failed."));
    xhr.onload = () => {
      let data = null;
      try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch { data = xhr.responseText; }
      if (xhr.status === 503 && attempt < 4) {
        const wait = Number(xhr.getResponseHeader("Retry-After") ?? "1") * 1000;
        setTimeout(() => send(method, path, body, headers, onUploaded, attempt + 1).then(resolve, reject), wait);
      } else if (xhr.status >= 200 && xhr.status < 300) {
        resolve({ status: xhr.status, data });
      } else {
        reject(new ApiError(xhr.status, data));
      }
    };
    xhr.send(body);
  });
}
