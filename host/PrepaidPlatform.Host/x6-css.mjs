// Writes X6's stylesheet (kept in its package as a JavaScript string) to wwwroot/lib/x6/x6.css. The page links it and
// the designer turns X6's own insertion off (Config.autoInsertCSS), since the CSP refuses inline <style> elements.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const source = readFileSync('node_modules/@antv/x6/es/style/raw.js', 'utf8');
const match = /content\s*=\s*`([\s\S]*)`/.exec(source);
if (!match) {
  throw new Error('@antv/x6 es/style/raw.js no longer holds the stylesheet as a template string');
}
mkdirSync('wwwroot/lib/x6', { recursive: true });
writeFileSync('wwwroot/lib/x6/x6.css', match[1]);
