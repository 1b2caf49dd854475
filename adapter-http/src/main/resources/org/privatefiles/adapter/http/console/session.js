// The signed-in session: token, org and who signed in, kept in sessionStorage only (never in a URL).
const KEY = "privatefiles.session";

export function currentSession() {
  const raw = sessionStorage.getItem(KEY);
  return raw ? JSON.parse(raw) : null;
}

export function saveSession(session) {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession() {
  sessionStorage.removeItem(KEY);
}
