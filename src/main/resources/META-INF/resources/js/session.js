// Warns before the session times out (WCAG 2.2.1) and lets the person stay logged in without losing the page.
// The page works without this script: the footer says when sessions end, and the server enforces it.
(function () {
  "use strict";
  var body = document.body;
  var deadline = Number(body.getAttribute("data-idle-deadline"));
  var warnBefore = Number(body.getAttribute("data-warn-before"));
  var warning = document.getElementById("session-warning");
  if (!deadline || !warning) {
    return;
  }
  var form = warning.querySelector("form");
  var stay = document.getElementById("session-stay");
  // The server's clock set the deadline; measure from now on this device to be immune to clock skew.
  var remaining = deadline - Date.now();
  var startedAt = Date.now();
  var timer;

  function schedule(msUntilDeadline) {
    clearTimeout(timer);
    timer = setTimeout(show, Math.max(0, msUntilDeadline - warnBefore));
  }

  function show() {
    warning.hidden = false;
    stay.focus();
    timer = setTimeout(function () {
      window.location.assign("/login");
    }, warnBefore);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (response.ok) {
        warning.hidden = true;
        schedule(deadline - startedAt);
      } else {
        window.location.assign("/login");
      }
    });
  });

  schedule(remaining);
})();
