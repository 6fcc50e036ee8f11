// class-transformer's metadata registry: its CommonJS module has no typings of its own beside it,
// they are under types/ (platform/errors/compiled-transform.ts reads the registry).
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
