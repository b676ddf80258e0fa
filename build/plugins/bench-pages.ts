import type { Plugin } from 'vite';

/**
 * Reference pages for `npm run bench`, emitted only in sandbox builds (the shipped extension
 * does not carry them): a blank extension page (same origin, no script), the floor every figure
 * is divided by; and the least any page that shows stored data can do: one async script that
 * reads storage.session and adds a line.
 */
export function benchPages(enabled: boolean): Plugin {
  return {
    name: 'bench-pages',
    generateBundle() {
      if (!enabled) return;
      const page = (title: string, body: string) =>
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title>${body}</html>\n`;
      this.emitFile({ type: 'asset', fileName: 'bench/blank.html', source: page('blank', '<p elementtiming="blank">.</p>') });
      this.emitFile({
        type: 'asset',
        fileName: 'bench/stored.html',
        source: page('stored', '<script async src="stored.js"></script><body></body>'),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'bench/stored.js',
        source:
          "chrome.storage.session.get('ticketCache').then(() => {\n" +
          "  const line = document.createElement('p');\n" +
          "  line.setAttribute('elementtiming', 'stored');\n" +
          "  line.textContent = '.';\n" +
          '  document.documentElement.append(line);\n' +
          '});\n',
      });
    },
  };
}
