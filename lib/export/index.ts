/** What Crossover writes to files: the assessment (JSON), the portfolio (CSV), and their names. */
export { assessmentJson, ASSESSMENT_FILE_TYPE } from "./json";
export { portfolioCsv, CSV_FILE_TYPE, UTF8_BOM } from "./csv";
export { assessmentFileName, portfolioCsvFileName, titleSlug } from "./file-names";
export { qrCode, type QrCode } from "./qr";
