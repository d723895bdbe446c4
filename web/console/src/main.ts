// The console's entry: Element Plus in Chinese (its components are imported per use by the build's
// resolver), the routes, and the names from labels.json before the first page draws.

import { createApp } from "vue";
import App from "./App.vue";
import { loadLabels } from "./labels";
import { router } from "./router";
import "./style.css";

try {
  await loadLabels();
  createApp(App).use(router).mount("#app");
} catch {
  // Without the names nothing can be drawn rightly: say so rather than show a blank page.
  document.getElementById("app")!.textContent = "审核工作台暂时无法加载，请检查网络后刷新页面。";
}
