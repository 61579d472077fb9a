// Small enhancements; every page works without them.
(function () {
  "use strict";
  // A form shown again with errors: the summary takes the focus, so a screen reader reads it first (GOV.UK,
  // Designsystemet). Each entry links to its field.
  var summary = document.querySelector("[data-testid='error-summary']");
  if (summary) {
    summary.focus();
  }

  // Copy buttons beside the account number, the KID and the amount: shown only where copying works.
  var status = document.querySelector(".copy-status");
  if (!navigator.clipboard || !status) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll("button.copy[data-copy]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        status.textContent = "";
        status.textContent = status.getAttribute("data-copied") + ": " + button.getAttribute("data-copy");
        button.setAttribute("data-copied", "true");
      });
    });
  });
})();
