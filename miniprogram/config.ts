// Where the mini-program finds the API, one address per version of the mini-program WeChat runs
// (wx.getAccountInfoSync().miniProgram.envVersion): `develop` in WeChat DevTools and on a preview
// (the address of `npm start`; tick 「不校验合法域名」), `trial` for the 体验版 testers use, `release`
// for the published version. `trial` and `release` must be HTTPS addresses added as request and
// uploadFile 合法域名 in the mini-program's admin console. Change them here, nowhere else.

export type EnvVersion = "develop" | "trial" | "release";

export interface EnvConfig {
  /** The API's base URL, without a trailing slash. */
  apiBase: string;
}

export const environments: Record<EnvVersion, EnvConfig> = {
  develop: { apiBase: "http://127.0.0.1:3000" },
  trial: { apiBase: "https://api-test.zibo-ecommerce.example.gov.cn" },
  release: { apiBase: "https://api.zibo-ecommerce.example.gov.cn" },
};

/** The settings for a version; anything unknown is treated as the published one. */
export function configFor(envVersion: string | undefined): EnvConfig {
  return envVersion === "develop" || envVersion === "trial" ? environments[envVersion] : environments.release;
}
