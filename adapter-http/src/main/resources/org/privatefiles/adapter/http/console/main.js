// The console's entry: the header, the routes (#/files, #/files/ID, #/projects, #/sign-in) and sign-out.
import { clearSession, currentSession } from "./session.js";
import { showSignIn } from "./sign-in.js";
import { showFiles } from "./files.js";
import { showProjects } from "./projects.js";
import { forgetCatalogue } from "./catalogue.js";
import { ApiError } from "./api.js";
import { h, replace } from "./dom.js";

const main = document.getElementById("main");

function route() {
  const session = currentSession();
  const [page, id] = location.hash.replace(/^#\/?/, "").split("/");
  document.getElementById("nav").hidden = !session;
  document.getElementById("sign-out").hidden = !session;
  document.getElementById("who").textContent = session ? `${session.email ?? "token"} · ${session.orgName}` : "";
  document.querySelectorAll("#nav a").forEach((link) => {
    if (link.dataset.route === page) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  });
  if (!session) {
    showSignIn(main, () => go(page === "sign-in" || !page ? "#/files" : location.hash));
    return;
  }
  const shown = page === "projects" ? showProjects(main) : showFiles(main, id ? Number(id) : null);
  shown.catch((error) => {
    if (error instanceof ApiError && error.status === 401) {
      signOut();
      return;
    }
    replace(main, h("h1", {}, "Something went wrong"), h("p", { class: "field-error", role: "alert" }, error.message));
  });
}

/** Forgets the token (an expired or revoked one too) and everything loaded with it. */
function signOut() {
  clearSession();
  forgetCatalogue();
  go("#/sign-in");
}

/** Shows the page of this hash, once (setting a new hash renders through the hashchange event). */
function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

document.getElementById("sign-out").addEventListener("click", signOut);
window.addEventListener("hashchange", route);
route();
