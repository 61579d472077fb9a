// Warns before the session times out (WCAG 2.2.1) and lets the person stay logged in without losing the page.
// The page works without this script: the footer says when sessions end, and the server enforces it.
(function () {
  "use strict";
  var body = document.body;
  // Time left as the server counted it when it sent the page, so the device's own clock does not matter.
  var idleMillis = Number(body.getAttribute("data-idle-remaining"));
  var warnBefore = Number(body.getAttribute("data-warn-before"));
  var loginPath = body.getAttribute("data-login") || "/login";
  var warning = document.getElementById("session-warning");
  if (!idleMillis || !warning) {
    return;
  }
  var form = warning.querySelector("form");
  var stay = document.getElementById("session-stay");
  var sessionLength = idleMillis;
  var timer;

  function schedule(msLeft) {
    clearTimeout(timer);
    timer = setTimeout(show, Math.max(0, msLeft - warnBefore));
  }

  function show() {
    warning.hidden = false;
    stay.focus();
    timer = setTimeout(function () {
      window.location.assign(loginPath);
    }, warnBefore);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
      redirect: "manual",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      // 204: the session lives on. Anything else (a redirect to the login page) means it had already ended.
      if (response.status === 204) {
        warning.hidden = true;
        schedule(sessionLength);
      } else {
        window.location.assign(loginPath);
      }
    }, function () {
      window.location.assign(loginPath);
    });
  });

  schedule(idleMillis);
})();
