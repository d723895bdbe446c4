// 政策通·电商: the app itself holds nothing; each page gets the API client from utils/wx-adapter.ts,
// which signs in (wx.login) on the first call that needs it.

App({});
