// WeChat's privacy flow (用户隐私保护指引, with "__usePrivacyCheck__": true in app.json): when a page
// calls an API that touches personal information before the person has agreed, WeChat calls the
// handler given to wx.onNeedPrivacyAuthorization; it opens the privacy popup of the page on screen
// (components/privacy-popup), whose 「同意」 button has open-type="agreePrivacyAuthorization".
// Pages also ask first, with wx.requirePrivacyAuthorize, before they collect a name, a phone number
// or a 统一社会信用代码, or copy to the clipboard. `wx` is passed in, so this is tested without it.

export type PrivacyResolve = (result: {
  event: "exposureAuthorization" | "agree" | "disagree";
  buttonId?: string;
}) => void;

/** A popup that can be opened: the page's components/privacy-popup. */
export interface PrivacyPopup {
  open(resolve: PrivacyResolve): void;
}

/** The part of `wx` this needs (absent on base libraries before 2.32.3: then nothing is asked). */
export interface PrivacyWx {
  onNeedPrivacyAuthorization?: (
    listener: (resolve: PrivacyResolve, info: { referrer: string }) => void,
  ) => void;
  requirePrivacyAuthorize?: (o: { success?: () => void; fail?: () => void }) => void;
}

/**
 * `wx` as this file reads it: miniprogram-api-typings types the listener with one argument, while
 * WeChat calls it with (resolve, eventInfo) as its documentation says.
 */
export const privacyWx = (w: WechatMiniprogram.Wx): PrivacyWx => w as unknown as PrivacyWx;

/** Popups of the pages alive, the one on screen last. */
const popups: PrivacyPopup[] = [];
let installedOn: PrivacyWx | null = null;

/** Registers the one handler (again only for another `wx`, as in tests). */
export function installPrivacyHandler(w: PrivacyWx): void {
  if (installedOn === w || typeof w.onNeedPrivacyAuthorization !== "function") return;
  installedOn = w;
  w.onNeedPrivacyAuthorization((resolve) => {
    const top = popups[popups.length - 1];
    // No popup on screen to ask with: the call is refused rather than left hanging.
    if (top) top.open(resolve);
    else resolve({ event: "disagree" });
  });
}

/** The popup of the page now on screen (on attach and each time its page is shown). */
export function showPopupOnTop(p: PrivacyPopup): void {
  removePopup(p);
  popups.push(p);
}

export function removePopup(p: PrivacyPopup): void {
  const i = popups.indexOf(p);
  if (i >= 0) popups.splice(i, 1);
}

/**
 * Resolves true once the person has agreed (at once when they had), false when they refuse; on a
 * base library without the privacy APIs, true (nothing to ask).
 */
export function requirePrivacy(w: PrivacyWx): Promise<boolean> {
  if (typeof w.requirePrivacyAuthorize !== "function") return Promise.resolve(true);
  return new Promise((resolve) => {
    w.requirePrivacyAuthorize!({ success: () => resolve(true), fail: () => resolve(false) });
  });
}

/** What a page says when the person did not agree (and what still works). */
export const PRIVACY_REFUSED =
  "您没有同意《用户隐私保护指引》，所以暂时不能提交申报、上传材料或复制编号；浏览政策、表单自测和对话咨询不受影响。需要时再操作一次，即可重新选择。";
