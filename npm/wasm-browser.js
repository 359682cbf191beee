// Where the wasm is in browsers and bundlers: next to this module. Webpack,
// Vite and Parcel see new URL(…, import.meta.url) and emit the file; with
// esbuild, copy it beside the bundle (see README.md).
export const defaultWasm = () => fetch(new URL('./articlecleaner.wasm', import.meta.url));
