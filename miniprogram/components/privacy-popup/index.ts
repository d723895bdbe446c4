// The privacy popup WeChat's privacy flow needs (utils/privacy.ts): opened when the page calls an API
// that touches personal information before the person has agreed. It shows the guideline's summary,
// a link to the whole guideline (wx.openPrivacyContract), 「同意并继续」 — a button with
// open-type="agreePrivacyAuthorization", the only way WeChat accepts the agreement — and 「不同意」,
// after which it says what then does not work.

import {
  installPrivacyHandler,
  PRIVACY_REFUSED,
  privacyWx,
  removePopup,
  showPopupOnTop,
  type PrivacyPopup,
  type PrivacyResolve,
} from "../../utils/privacy.js";

Component({
  data: {
    shown: false,
    refused: false,
    refusedText: PRIVACY_REFUSED,
  },
  lifetimes: {
    attached() {
      const self = this as unknown as { popup: PrivacyPopup; resolve: PrivacyResolve | null };
      self.resolve = null;
      self.popup = {
        open: (resolve) => {
          self.resolve = resolve;
          this.setData({ shown: true, refused: false });
          // WeChat asks to be told when the popup is on screen.
          resolve({ event: "exposureAuthorization" });
        },
      };
      installPrivacyHandler(privacyWx(wx));
      showPopupOnTop(self.popup);
    },
    detached() {
      removePopup((this as unknown as { popup: PrivacyPopup }).popup);
    },
  },
  pageLifetimes: {
    show() {
      showPopupOnTop((this as unknown as { popup: PrivacyPopup }).popup);
    },
  },
  methods: {
    onAgree() {
      const self = this as unknown as { resolve: PrivacyResolve | null };
      self.resolve?.({ event: "agree", buttonId: "privacy-agree" });
      self.resolve = null;
      this.setData({ shown: false, refused: false });
    },
    onRefuse() {
      const self = this as unknown as { resolve: PrivacyResolve | null };
      self.resolve?.({ event: "disagree" });
      self.resolve = null;
      this.setData({ refused: true });
    },
    onClose() {
      this.setData({ shown: false, refused: false });
    },
    onOpenContract() {
      wx.openPrivacyContract?.({});
    },
  },
});
