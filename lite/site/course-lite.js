// The course's additions to JupyterLite's page (loaded by lab/index.html; no network, no framework):
//  - a "Starting Python in your browser…" banner while a notebook's kernel is starting, so a
//    learner never faces a silent wait;
//  - two buttons that save a learner's work from the browser's storage to a file: the open
//    notebook, and the email typed into the live checker.
(function () {
  "use strict";
  const SLOW_MS = 120000; // after this long, say so and suggest a reload
  const STARTING = /\|\s*(Starting|Initializing|Unknown|Connecting|Restarting|Reconnecting)\b/;
  const READY = /\|\s*(Idle|Busy)\b/;
  let startedAt = Date.now();
  let lastState = "";

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text) node.textContent = text;
    return node;
  }

  const banner = el("div", { id: "fe-lite-banner", role: "status", "aria-live": "polite" });
  const bannerText = el("span", { class: "fe-lite-banner-text" }, "Starting Python in your browser…");
  const bannerHint = el("span", { class: "fe-lite-banner-hint" },
    " The first visit downloads about 15 MB; this can take a minute. Later visits need no download.");
  banner.append(el("span", { class: "fe-lite-spinner", "aria-hidden": "true" }), bannerText, bannerHint);

  const tools = el("div", { id: "fe-lite-tools", role: "toolbar", "aria-label": "Save your work" });
  const saveNotebook = el("button", { type: "button", class: "fe-lite-save-notebook",
    title: "Save the open notebook as a .ipynb file" }, "Download this notebook");
  const saveEmail = el("button", { type: "button", class: "fe-lite-save-email", hidden: "",
    title: "Save the subject and body you wrote in the live checker as a text file" }, "Download my email");
  const note = el("span", { class: "fe-lite-note", "aria-live": "polite" });
  tools.append(saveEmail, saveNotebook, note);

  function app() { return window.jupyterapp; }

  function currentPanel() {
    const a = app();
    const widget = a && a.shell && a.shell.currentWidget;
    return widget && widget.node && widget.node.classList.contains("jp-NotebookPanel") ? widget.node : null;
  }

  function kernelState() {
    if (!document.querySelector(".jp-LabShell")) return "starting";
    let state = "none";
    for (const item of document.querySelectorAll(".jp-StatusBar-TextItem")) {
      const text = item.textContent || "";
      if (STARTING.test(text)) return "starting";
      if (READY.test(text)) state = "ready";
    }
    return state;
  }

  function say(message) {
    note.textContent = message;
    window.clearTimeout(say.timer);
    say.timer = window.setTimeout(() => { note.textContent = ""; }, 6000);
  }

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type: type }));
    const link = el("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function emailFields(panel) {
    const checker = panel && panel.querySelector(".fe-live-checker");
    if (!checker) return null;
    const subject = checker.querySelector(".fe-subject input, input.fe-subject");
    const body = checker.querySelector(".fe-body-input textarea, textarea.fe-body-input");
    return body ? { subject: subject ? subject.value : "", body: body.value } : null;
  }

  saveEmail.addEventListener("click", () => {
    const fields = emailFields(currentPanel());
    if (!fields || !fields.body.trim()) {
      say("Type your email into the live checker first (run the notebook's cells if it is not showing).");
      return;
    }
    const text = (fields.subject.trim() ? "Subject: " + fields.subject.trim() + "\n\n" : "") + fields.body.replace(/\s+$/, "") + "\n";
    download("my-follow-up-email.txt", text, "text/plain;charset=utf-8");
    say("Saved as my-follow-up-email.txt in your downloads.");
  });

  saveNotebook.addEventListener("click", async () => {
    const a = app();
    if (!a || !currentPanel()) {
      say("Open a notebook first, then click here to save it.");
      return;
    }
    try {
      await a.commands.execute("docmanager:save");
      await a.commands.execute("docmanager:download");
      say("The notebook is in your downloads.");
    } catch (err) {
      say("Could not download it here; use File → Download instead.");
    }
  });

  function tick() {
    const state = kernelState();
    if (state !== lastState) {
      if (state === "starting") startedAt = Date.now();
      lastState = state;
    }
    const starting = state === "starting";
    banner.hidden = !starting;
    document.body.classList.toggle("fe-lite-starting", starting);
    if (starting && Date.now() - startedAt > SLOW_MS) {
      bannerText.textContent = "Python is still starting…";
      bannerHint.textContent = " This is taking longer than usual. If nothing changes, reload the page: your work is kept in this browser.";
    } else if (starting) {
      bannerText.textContent = "Starting Python in your browser…";
    }
    saveEmail.hidden = !emailFields(currentPanel());
    saveNotebook.hidden = !currentPanel();
  }

  function install() {
    document.body.append(banner, tools);
    tick();
    window.setInterval(tick, 500);
  }

  if (document.body) install();
  else document.addEventListener("DOMContentLoaded", install);
})();
