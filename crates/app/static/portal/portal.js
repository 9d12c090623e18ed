// The portal's only script, an enhancement: pages work without it. It shows "Copy" buttons next
// to payment details and copies the value to the clipboard, announcing the result in the button.
document.addEventListener("DOMContentLoaded", function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var label = button.firstChild.textContent;
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        button.firstChild.textContent = button.getAttribute("data-done");
        setTimeout(function () { button.firstChild.textContent = label; }, 2000);
      });
    });
  });
});
