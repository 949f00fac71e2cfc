import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

/**
 * The CJK font bulletins are set in: Noto Sans SC (SIL Open Font License 1.1), shipped by the
 * npm package @expo-google-fonts/noto-sans-sc, so `npm install` brings it and nothing is fetched
 * at run time. Its TrueType outlines subset cleanly, and the text stays searchable.
 */
function fontFile(weight: '400Regular' | '700Bold'): string {
  const root = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  const file = join(root, weight, `NotoSansSC_${weight}.ttf`);
  if (!existsSync(file)) throw new Error(`The bulletin font is missing: ${file} (run npm install)`);
  return file;
}

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The regular and bold faces, read once per process. */
export function cjkFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= { regular: readFileSync(fontFile('400Regular')), bold: readFileSync(fontFile('700Bold')) };
  return fonts;
}
