// PGlite's contrib extensions are published through package "exports", which the repository's
// `moduleResolution: node` does not read; Node and the bundler do. These are their types.
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  import type { Extension } from '@electric-sql/pglite';
  export const pg_trgm: Extension;
}
declare module '@electric-sql/pglite/contrib/btree_gin' {
  import type { Extension } from '@electric-sql/pglite';
  export const btree_gin: Extension;
}
