// Signing in for the specs that run a server of their own: a demo user's
// bearer token from that server, and a page opened as a demo user (the
// standalone demo's user picker keeps its choice in local storage).

/** A bearer token for `user` from the server at `base`. */
export async function tokenAt(request, base, user = "user-megan") {
  const res = await request.post(`${base}/api/demo/sign-in`, { data: { user_id: user } });
  return (await res.json()).token;
}

/** Opens `path` signed in as `user`, with nothing else kept on the device. */
export async function openAs(page, user, path) {
  await page.goto(path);
  await page.evaluate((u) => {
    localStorage.clear();
    localStorage.setItem("cpor-claims.demo-user", u);
  }, user);
  await page.reload();
}
