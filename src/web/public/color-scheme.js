// Sets light or dark before the app's script loads, so a dark system never sees a white flash: the
// choice kept by Settings → Appearance ("light", "dark" or "auto"), else the system's setting.
(() => {
  let chosen = "auto";
  try {
    chosen = window.localStorage.getItem("coffeechat-color-scheme") || "auto";
  } catch {
    // A browser that keeps nothing follows the system.
  }
  const dark =
    chosen === "dark" || (chosen !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.setAttribute("data-mantine-color-scheme", dark ? "dark" : "light");
})();
