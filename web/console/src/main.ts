// The console's entry: Element Plus in Chinese (its components are imported per use by the build's
// resolver), the routes, and the names from labels.json before the first page draws.

import { createApp } from "vue";
import App from "./App.vue";
import { loadLabels } from "./labels";
import { router } from "./router";
import "./style.css";

await loadLabels();
createApp(App).use(router).mount("#app");
