/** What global setup leaves for global teardown (same process, shared global object). */
export interface E2eHandles {
  stopApp: () => Promise<void>;
  closeBrowser: () => Promise<void>;
}

export const handlesKey = '__amparoE2e';
