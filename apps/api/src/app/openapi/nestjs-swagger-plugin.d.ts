// `@nestjs/swagger/plugin` is the package's public entry to its compiler plugin (its "exports"
// map), but it ships no typings at that path; the typings live under dist/plugin.
declare module '@nestjs/swagger/plugin' {
  export * from '@nestjs/swagger/dist/plugin';
}
