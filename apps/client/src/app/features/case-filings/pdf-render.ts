// PDF preview with pdf.js (pdfjs-dist, already used to check the filings' text in tests): the
// pages are drawn on canvases in the page, so the preview works where browsers show no PDF in a
// frame (phones) and under the app's Content-Security-Policy (no plugins, no blob: frames).

/** Renders every page of `bytes` into `container` (emptied first), `width` CSS pixels wide. */
export async function renderPdfPages(
  bytes: ArrayBuffer,
  container: HTMLElement,
  width: number,
  pageLabel: (page: number, pages: number) => string,
): Promise<number> {
  const pdfjs = await import('pdfjs-dist');
  if (!pdfjs.GlobalWorkerOptions.workerPort) {
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker', import.meta.url), {
      type: 'module',
    });
  }
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false })
    .promise;
  container.replaceChildren();
  const ratio = globalThis.devicePixelRatio || 1;
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio });
    const canvas = container.ownerDocument.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', pageLabel(n, document.numPages));
    container.append(canvas);
    await page.render({ canvas, viewport }).promise;
  }
  const pages = document.numPages;
  await document.destroy();
  return pages;
}
