// The only place the utilities meet `wx`: wx.request as the API client's transport, wx.login for
// its code, wx storage for what is kept between launches, wx.requestSubscribeMessage. Pages get
// their one API client here.

import { config } from "../config.js";
import { ApiClient, type HttpTransport } from "./api.js";
import type { KeyValueStore } from "./types.js";

export const wxTransport: HttpTransport = (request) =>
  new Promise((resolve, reject) => {
    wx.request({
      url: request.url,
      method: request.method,
      header: request.headers,
      data: request.body as WechatMiniprogram.IAnyObject | undefined,
      dataType: "json",
      timeout: 20_000,
      success: (res) => resolve({ status: res.statusCode, body: res.data }),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });

export function wxLoginCode(): Promise<string> {
  return new Promise((resolve, reject) => {
    wx.login({
      success: (res) => (res.code ? resolve(res.code) : reject(new Error(res.errMsg))),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });
}

export const wxStore: KeyValueStore = {
  get(key) {
    try {
      const v: unknown = wx.getStorageSync(key);
      return v === "" ? undefined : v;
    } catch {
      return undefined;
    }
  },
  set(key, value) {
    try {
      wx.setStorageSync(key, value);
    } catch {
      // Storage full or unavailable: the app still works, it just will not resume.
    }
  },
  remove(key) {
    try {
      wx.removeStorageSync(key);
    } catch {
      // Nothing to do.
    }
  },
};

/** Asks for the subscribe messages; resolves whatever the person answers (or if WeChat refuses). */
export function wxRequestSubscription(templateIds: string[]): Promise<unknown> {
  return new Promise((resolve) => {
    wx.requestSubscribeMessage({
      tmplIds: templateIds,
      success: resolve,
      fail: resolve,
    });
  });
}

let client: ApiClient | null = null;

export function api(): ApiClient {
  if (!client)
    client = new ApiClient({
      apiBase: config.apiBase,
      transport: wxTransport,
      loginCode: wxLoginCode,
      store: wxStore,
    });
  return client;
}
