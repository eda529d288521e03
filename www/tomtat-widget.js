// Registers <tomtat-summary>. Load with:
//   <script type="module" src="/path/to/tomtat-widget.js"></script>
// Loading this file twice (or two copies of it) defines the element once.
import { TomtatSummaryElement } from "./tomtat-summary-element.js";

if (!customElements.get("tomtat-summary")) {
  customElements.define("tomtat-summary", TomtatSummaryElement);
}

export { TomtatSummaryElement };
