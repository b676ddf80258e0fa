/** The element each page renders into (#app in its index.html); the body if it is missing. */
export function appContainer(): HTMLElement {
  return document.getElementById('app') ?? document.body;
}
