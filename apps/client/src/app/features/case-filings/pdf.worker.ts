// The pdf.js worker, bundled by the Angular builder as a module worker (see pdf-render.ts).
import 'pdfjs-dist/build/pdf.worker.min.mjs';
