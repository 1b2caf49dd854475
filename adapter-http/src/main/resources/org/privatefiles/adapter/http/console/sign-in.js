// The sign-in page: email and password through /api-token-auth/, or a pasted token; both choose an org.
import { ApiError, call } from "./api.js";
import { h, replace, showFieldErrors, labelled } from "./dom.js";
import { saveSession } from "./session.js";

export function showSignIn(main, signedIn) {
  const withPassword = h("form", { id: "sign-in-password", class: "card", novalidate: true },
    h("h2", {}, "With email and password"),
    labelled("Email", h("input", { id: "email", name: "username", type: "email", autocomplete: "username", required: true })),
    labelled("Password", h("input", { id: "password", name: "password", type: "password", autocomplete: "current-password", required: true })),
    labelled("Organisation id", h("input", { id: "password-org", name: "org", type: "number", min: 1, required: true })),
    h("p", { class: "field-error", "data-error-for": "non_field_errors", hidden: true }),
    h("button", { type: "submit" }, "Sign in"));
  const withToken = h("form", { id: "sign-in-token", class: "card", novalidate: true },
    h("h2", {}, "With a token"),
    labelled("Token", h("input", { id: "token", name: "token", type: "password", autocomplete: "off", required: true })),
    labelled("Organisation id", h("input", { id: "token-org", name: "org", type: "number", min: 1, required: true })),
    h("p", { class: "field-error", "data-error-for": "non_field_errors", hidden: true }),
    h("button", { type: "submit" }, "Sign in with token"));

  withPassword.addEventListener("submit", (event) => submit(event, withPassword, async (values) => {
    const { data } = await call("POST", "/api-token-auth/", { json: { username: values.username, password: values.password } });
    return { token: data.token, email: data.user.email };
  }, signedIn));
  withToken.addEventListener("submit", (event) => submit(event, withToken,
    async (values) => ({ token: values.token.trim(), email: null }), signedIn));

  replace(main, h("h1", { tabindex: -1 }, "Sign in"), h("div", { class: "sign-in" }, withPassword, withToken));
  main.querySelector("h1").focus();
}


async function submit(event, form, obtainToken, signedIn) {
  event.preventDefault();
  const values = Object.fromEntries(new FormData(form));
  const missing = {};
  for (const [name, value] of Object.entries(values)) if (!String(value).trim()) missing[name] = ["This field may not be blank."];
  if (Object.keys(missing).length) {
    showFieldErrors(form, new ApiError(400, missing));
    return;
  }
  showFieldErrors(form, null);
  try {
    const { token, email } = await obtainToken(values);
    let org;
    try {
      org = (await call("GET", `/api/orgs/${Number(values.org)}/`, { token })).data;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw new ApiError(400, { token: [error.message] });
      if (error instanceof ApiError) throw new ApiError(400, { org: [error.message] });
      throw error;
    }
    saveSession({ token, email, org: org.id, orgName: org.name });
    signedIn();
  } catch (error) {
    showFieldErrors(form, error instanceof ApiError ? error : new ApiError(0, { non_field_errors: [error.message] }));
    form.querySelector('[aria-invalid="true"]')?.focus();
  }
}
