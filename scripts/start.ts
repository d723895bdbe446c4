// Placeholder entry until the API lands: prints how to assess from the command line.
console.log("政策通·电商：API 尚在建设中。可先用 `npm run assess -- facts.json` 进行测评。");
