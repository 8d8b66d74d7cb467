// Copy buttons for the formatted citations. Progressive enhancement: without JavaScript the
// citations are plain text to select and copy, and the buttons stay hidden.
document.querySelectorAll('button[data-copy]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset.copy);
    const status = document.getElementById('copy-status');
    try {
      await navigator.clipboard.writeText(target.textContent.trim());
      status.textContent = `${button.dataset.label} citation copied.`;
    } catch {
      status.textContent = 'This browser does not allow copying here: select the citation and copy it.';
    }
  });
});
