// Tells screen-reader users what changed, through the page's polite live region.
export function announce(message) {
  const region = document.getElementById("announce");
  region.textContent = "";
  setTimeout(() => { region.textContent = message; }, 50);
}
