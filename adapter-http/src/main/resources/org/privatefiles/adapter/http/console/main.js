// The console's entry: the header, the routes (#/files, #/files/ID, #/projects, #/sign-in) and sign-out.
import { clearSession, currentSession } from "./session.js";
import { showSignIn } from "./sign-in.js";
import { showFiles } from "./files.js";
import { showProjects } from "./projects.js";
import { forgetCatalogue } from "./catalogue.js";

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
    showSignIn(main, () => { location.hash = "#/files"; route(); });
  } else if (page === "projects") {
    showProjects(main);
  } else {
    showFiles(main, id ? Number(id) : null);
  }
}

document.getElementById("sign-out").addEventListener("click", () => {
  clearSession();
  forgetCatalogue();
  location.hash = "#/sign-in";
  route();
});
window.addEventListener("hashchange", route);
route();
