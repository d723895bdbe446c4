// The only place the utilities meet `wx`: wx.request as the API client's transport, wx.uploadFile
// for files, wx.login for its code, wx storage for what is kept between launches,
// wx.requestSubscribeMessage, and which version of the mini-program this is (the API address
// follows it, config.ts). Pages get their one API client here.

import { configFor, type EnvVersion } from "../config.js";
import { ApiClient, type HttpTransport, type UploadTransport } from "./api.js";
import type { KeyValueStore } from "./types.js";

/** develop (DevTools, previews), trial (体验版) or release; release when WeChat does not say. */
export function envVersion(): EnvVersion {
  try {
    const v = wx.getAccountInfoSync().miniProgram.envVersion;
    return v === "develop" || v === "trial" ? v : "release";
  } catch {
    return "release";
  }
}

export const wxUpload: UploadTransport = (request, onProgress) =>
  new Promise((resolve, reject) => {
    const task = wx.uploadFile({
      url: request.url,
      filePath: request.filePath,
      name: "file",
      header: request.headers,
      formData: request.formData,
      timeout: 120_000,
      success: (res) => {
        let body: unknown = res.data;
        try {
          body = JSON.parse(res.data);
        } catch {
          // Not JSON (a proxy's error page): the status says enough.
        }
        resolve({ status: res.statusCode, body });
      },
      fail: (err) => reject(new Error(err.errMsg)),
    });
    task?.onProgressUpdate?.((p) => onProgress(p.progress));
  });

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

/**
 * Asks for the subscribe messages — call it inside a tap handler, WeChat refuses it anywhere else;
 * resolves with WeChat's answers by template id, rejects with its error (errCode 20004: switched off).
 */
export function wxRequestSubscription(templateIds: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    wx.requestSubscribeMessage({
      tmplIds: templateIds,
      success: (res) => resolve(res as unknown as Record<string, unknown>),
      fail: reject,
    });
  });
}

let client: ApiClient | null = null;

export function api(): ApiClient {
  if (!client)
    client = new ApiClient({
      apiBase: configFor(envVersion()).apiBase,
      transport: wxTransport,
      upload: wxUpload,
      loginCode: wxLoginCode,
      store: wxStore,
    });
  return client;
}
