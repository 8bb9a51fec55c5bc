/**
 * Saves text as a file through the browser's download, made in the page from a Blob: nothing is
 * sent anywhere. (The Content-Security-Policy allows blob: for exactly this kind of thing.)
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the Blob only after the click's task: let them finish first.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
