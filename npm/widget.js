// Registers <tomtat-summary> (the npm package's "tomtat/widget" entry). Load with
//   import "tomtat/widget";                                    (Vite, esbuild, webpack, Rollup)
//   <script type="module" src="/path/to/tomtat/widget.js"></script>   (the package folder as is)
// The .wasm is found relative to these files. Loading this file twice (or two copies of it)
// defines the element once.
import { TomtatSummaryElement } from "./tomtat-summary-element.js";

if (!customElements.get("tomtat-summary")) {
  customElements.define("tomtat-summary", TomtatSummaryElement);
}

export { TomtatSummaryElement };
