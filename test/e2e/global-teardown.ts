import { type E2eHandles, handlesKey } from './support/handles';

export default async function globalTeardown(): Promise<void> {
  const handles = (globalThis as Record<string, unknown>)[handlesKey] as E2eHandles | undefined;
  if (!handles) return;
  await handles.closeBrowser().catch(() => undefined);
  await handles.stopApp();
}
