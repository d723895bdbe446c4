// The console's pages, each loaded when first opened (route-level import()); the menu is drawn from
// the routes that carry a menu title, shown to the roles they name.

import { createRouter, createWebHistory, type RouteRecordRaw } from "vue-router";
import type { Role } from "./session";

declare module "vue-router" {
  interface RouteMeta {
    /** The menu's entry for this page, if it has one. */
    menu?: string;
    /** The lowest role that may open the page. */
    role?: Role;
    title?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: "/",
    name: "queue",
    component: () => import("./pages/QueuePage.vue"),
    meta: { menu: "申报列表", title: "申报列表" },
  },
  {
    path: "/applications/:id",
    name: "application",
    component: () => import("./pages/ApplicationPage.vue"),
    props: true,
    meta: { title: "申报" },
  },
  {
    path: "/budget",
    name: "budget",
    component: () => import("./pages/BudgetPage.vue"),
    meta: { menu: "预算", title: "预算" },
  },
  {
    path: "/matching",
    name: "matching",
    component: () => import("./pages/MatchingPage.vue"),
    meta: { menu: "政策找人", title: "政策找人" },
  },
  {
    path: "/matching/:id",
    name: "matching-run",
    component: () => import("./pages/MatchingRunPage.vue"),
    props: true,
    meta: { title: "政策找人 · 逐行结果" },
  },
  {
    path: "/matching/:id/calls",
    name: "matching-calls",
    component: () => import("./pages/CallListPage.vue"),
    props: true,
    meta: { title: "政策找人 · 电话联系" },
  },
  {
    path: "/rounds",
    name: "rounds",
    component: () => import("./pages/RoundsPage.vue"),
    meta: { menu: "申报批次", title: "申报批次" },
  },
  {
    path: "/rounds/:id",
    name: "round",
    component: () => import("./pages/RoundPage.vue"),
    props: true,
    meta: { title: "申报批次" },
  },
  {
    path: "/audit",
    name: "audit",
    component: () => import("./pages/AuditPage.vue"),
    meta: { menu: "审计日志", role: "admin", title: "审计日志" },
  },
  {
    path: "/accounts",
    name: "accounts",
    component: () => import("./pages/AccountsPage.vue"),
    meta: { menu: "账号", role: "admin", title: "账号" },
  },
  {
    path: "/:rest(.*)*",
    name: "not-found",
    component: () => import("./pages/NotFoundPage.vue"),
    meta: { title: "没有这个页面" },
  },
];

export const router = createRouter({ history: createWebHistory("/console/"), routes });

router.afterEach((to) => {
  document.title = `${to.meta.title ?? "审核工作台"} · 政策通·电商`;
});
