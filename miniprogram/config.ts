// Where the mini-program finds the API. Change `apiBase` to your server before building:
// in development the address of `npm start` (tick 「不校验合法域名」 in WeChat DevTools), in
// production the API's HTTPS address, which must also be a request domain (request 合法域名) in
// the mini-program's admin console.

export const config = {
  /** The API's base URL, without a trailing slash. */
  apiBase: "http://127.0.0.1:3000",
};
