/// <reference types="vite-plugin-pwa/vanillajs" />
/** The bundled dataset, checked (scripts/bundledDatasetPlugin.ts). */
declare module 'virtual:bundled-dataset' {
  const result: import('./data/editions/bundledDataset').BundledDatasetResult;
  export default result;
}
