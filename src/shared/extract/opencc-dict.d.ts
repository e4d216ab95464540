/** opencc-js's dictionaries: each a string of "traditional simplified" pairs joined by "|". */
declare module 'opencc-js/dict/*' {
  const pairs: string;
  export default pairs;
}
