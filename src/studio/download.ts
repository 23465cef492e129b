/**
 * Downloads made in the page: a Blob and a temporary `blob:` link, so nothing goes to a server.
 */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the object URL is not needed past this task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
